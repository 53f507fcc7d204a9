/** The play on air: what the booth knows beyond its history row. */
import { randomUUID } from 'node:crypto';
import { formatPlugTime, type WirePayload } from '../../src/protocol';
import type { MediaRecord, Score, Store } from '../store/store';
import { wireMedia } from '../playlists/present';

export interface Play {
  historyID: string;
  djID: number;
  playlistID: number;
  media: MediaRecord;
  startedAt: number;
  votes: Map<number, 1 | -1>;
  grabs: Set<number>;
}

export function advancePayload(
  play: Play | null,
  waitlist: readonly number[],
): WirePayload<'advance'> {
  if (!play) return {};
  return {
    c: play.djID,
    d: [...waitlist],
    h: play.historyID,
    m: wireMedia(play.media),
    p: play.playlistID,
    t: formatPlugTime(play.startedAt),
  };
}

export function scoreOf(
  play: Play,
  listeners: number,
  skipped: boolean,
): Score {
  const votes = [...play.votes.values()];
  return {
    positive: votes.filter((v) => v === 1).length,
    negative: votes.filter((v) => v === -1).length,
    grabs: play.grabs.size,
    listeners,
    skipped: skipped ? 1 : 0,
  };
}

export interface NextMedia {
  playlistID: number;
  media: MediaRecord;
}

/** The first item of the user's active playlist, if there is one. */
export async function nextMedia(
  store: Store,
  userID: number,
): Promise<NextMedia | null> {
  const active = await store.playlists.active(userID);
  if (!active || active.count === 0) return null;

  const [media] = await store.playlists.media(active.id);
  return media ? { playlistID: active.id, media } : null;
}

/** A new play, written to the room's history as it starts. */
export async function startPlay(
  store: Store,
  roomID: number,
  djID: number,
  next: NextMedia,
  now: number,
): Promise<Play> {
  const play: Play = {
    historyID: randomUUID(),
    djID,
    ...next,
    startedAt: now,
    votes: new Map(),
    grabs: new Set(),
  };
  await store.history.add({
    id: play.historyID,
    roomID,
    userID: djID,
    playlistID: play.playlistID,
    media: play.media,
    startedAt: now,
    score: scoreOf(play, 0, false),
  });
  return play;
}
