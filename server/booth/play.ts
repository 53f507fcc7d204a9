/** The play on air: what the booth knows beyond its history row. */
import { formatPlugTime, type WirePayload } from '../../src/protocol';
import type { MediaRecord, Score } from '../store/store';
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
