/**
 * Decides whether a chat line goes out. Muted users and users below the
 * room's minimum chat level are dropped silently, as plug did. Everyone
 * has a small burst allowance refilled at one line a second (the pace the
 * protocol calls safe); past it a line is dropped with `floodChat`. In slow
 * mode, users without a room role also wait `slowMode` seconds between
 * lines, or get `rateLimit`. Refused lines still spend allowance, so a
 * flood stays refused while it goes on.
 *
 * Pace is kept per user, not per socket, and outlives the socket: were it
 * dropped on close, reconnecting would restore the burst and end the slow
 * mode wait. Entries are pruned once they no longer change any answer.
 */
import { MAX_SLOW_MODE, ROLE, serverEvent } from '../../src/protocol';
import type { AppContext } from '../context';
import type { LiveRoom } from '../rooms/rooms';
import type { UserRecord } from '../store/store';

export const CHAT_BURST = 5;
export const CHAT_REFILL_MS = 1000;

/** Past this, a user's last line no longer holds them in any slow mode. */
const SLOW_MODE_MAX_MS = MAX_SLOW_MODE * 1000;

interface Pace {
  tokens: number;
  refilledAt: number;
  lastLine: number;
}

export class ChatGate {
  private readonly pace = new Map<number, Pace>();
  private swept: number;

  constructor(private readonly app: AppContext) {
    this.swept = app.clock.now();
  }

  async admit(user: UserRecord, room: LiveRoom): Promise<boolean> {
    const { record } = room;
    const role = await this.app.rooms.roleOf(room, user);
    const staff = role >= ROLE.residentDJ;
    if (!staff && user.level < record.minChatLevel) return false;
    const { clock, store } = this.app;
    const mute = await store.sanctions.get(
      record.id,
      'mute',
      user.id,
      clock.now(),
    );
    if (mute) return false;

    // Read after the awaits, so lines handled concurrently see time only
    // move forward.
    const now = clock.now();
    this.sweep(now);
    const pace = this.refill(user.id, now);
    if (pace.tokens < 1) return this.refuse(user.id, 'floodChat', record.slug);
    pace.tokens -= 1;

    const wait = staff ? 0 : record.slowMode * 1000;
    if (now - pace.lastLine < wait) {
      return this.refuse(user.id, 'rateLimit', record.slug);
    }
    pace.lastLine = now;
    return true;
  }

  /**
   * Drops users whose allowance is full again and whose last line is older
   * than any slow mode: a fresh entry would answer them the same way.
   */
  private sweep(now: number): void {
    if (now - this.swept < SLOW_MODE_MAX_MS) return;
    this.swept = now;
    for (const [userID, pace] of this.pace) {
      const earned = (now - pace.refilledAt) / CHAT_REFILL_MS;
      const full = pace.tokens + earned >= CHAT_BURST;
      if (full && now - pace.lastLine >= SLOW_MODE_MAX_MS) {
        this.pace.delete(userID);
      }
    }
  }

  private refill(userID: number, now: number): Pace {
    const pace = this.pace.get(userID) ?? {
      tokens: CHAT_BURST,
      refilledAt: now,
      lastLine: -Infinity,
    };
    const earned = (now - pace.refilledAt) / CHAT_REFILL_MS;
    pace.tokens = Math.min(CHAT_BURST, pace.tokens + earned);
    pace.refilledAt = now;
    this.pace.set(userID, pace);
    return pace;
  }

  private refuse(
    userID: number,
    action: 'floodChat' | 'rateLimit',
    slug: string,
  ): false {
    this.app.broadcast.publish({ user: userID }, [
      serverEvent(action, {}, slug),
    ]);
    this.app.logs.for('room').debug(`chat refused: ${action}`, {
      room: slug,
      user: userID,
    });
    return false;
  }
}
