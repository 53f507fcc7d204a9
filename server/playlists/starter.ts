import { randomInt } from 'node:crypto';
import { CATALOG } from '../catalog';
import type { NewMedia, Store } from '../store/store';

export const STARTER_NAME = 'Starter picks';

/** Shuffled per user so two new DJs do not play the same song in turn. */
function shuffled(items: readonly NewMedia[]): NewMedia[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [copy[i], copy[j]] = [copy[j] as NewMedia, copy[i] as NewMedia];
  }
  return copy;
}

/** The new account's first playlist, which is therefore its active one. */
export function createStarterPlaylist(store: Store, userID: number) {
  return store.playlists.create(userID, STARTER_NAME, shuffled(CATALOG));
}
