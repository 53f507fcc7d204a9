/**
 * What a play earns when it ends: the DJ gets xp and pp for each woot and
 * grab, and every listener who was in the room for the whole play gets a
 * little for listening. A play counts as listened to only once it has been
 * on air for half its length or five minutes, whichever comes first, so
 * hopping on and off the booth earns the room nothing.
 */
import type { PlayObserver } from '../booth/observer';
import type { Play } from '../booth/play';
import type { Logger } from '../log';
import type { RoomRecord, Score } from '../store/store';
import { credit } from './earnings';
import {
  GRAB_REWARD,
  LISTEN_REWARD,
  plus,
  times,
  WOOT_REWARD,
  type Earning,
} from './levels';
import type { AccountDeps } from './notifications';

const LISTENED_CAP_MS = 5 * 60_000;

export interface PlayOutcome {
  play: Play;
  score: Score;
  /** In the room when the play started. */
  audience: ReadonlySet<number>;
  /** In the room when it ended. */
  present: readonly number[];
  endedAt: number;
}

export function playEarnings(outcome: PlayOutcome): Map<number, Earning> {
  const { play, score, audience, present, endedAt } = outcome;
  const earnings = new Map<number, Earning>();

  // A DJ grabbing their own play earns nothing by it.
  const grabs = [...play.grabs].filter((id) => id !== play.djID).length;
  const dj = plus(
    times(WOOT_REWARD, score.positive),
    times(GRAB_REWARD, grabs),
  );
  if (dj.xp > 0 || dj.pp > 0) earnings.set(play.djID, dj);

  const needed = Math.min(play.media.duration * 500, LISTENED_CAP_MS);
  if (endedAt - play.startedAt < needed) return earnings;
  for (const userID of present) {
    if (userID === play.djID || !audience.has(userID)) continue;
    earnings.set(userID, LISTEN_REWARD);
  }
  return earnings;
}

export class PlayRewards implements PlayObserver {
  private readonly audiences = new Map<string, Set<number>>();

  constructor(private readonly deps: AccountDeps & { log: Logger }) {}

  started(_room: RoomRecord, play: Play, present: readonly number[]): void {
    this.audiences.set(play.historyID, new Set(present));
  }

  async ended(
    room: RoomRecord,
    play: Play,
    score: Score,
    present: readonly number[],
  ): Promise<void> {
    const audience = this.audiences.get(play.historyID) ?? new Set<number>();
    this.audiences.delete(play.historyID);
    const endedAt = this.deps.clock.now();
    const earnings = playEarnings({ play, score, audience, present, endedAt });

    for (const [userID, earning] of earnings) {
      try {
        await credit(this.deps, userID, earning, room.slug);
      } catch (error) {
        this.deps.log.error(`crediting a play failed: ${String(error)}`, {
          room: room.slug,
          user: userID,
        });
      }
    }
  }
}
