/**
 * Room bans. A banned user gets `ban` on the dashboard, leaves the room and
 * has their sockets closed by the hub; `rooms/join` then refuses them with
 * the seconds left until the ban ends.
 */
import {
  BAN_DURATIONS,
  banBody,
  escapeHtml,
  serverEvent,
} from '../../src/protocol';
import type { AppContext } from '../context';
import { ApiError } from '../http/envelope';
import type { Api } from '../http/router';
import type { LiveRoom } from '../rooms/rooms';
import {
  idParam,
  moderator,
  requireForeverRight,
  requireStaff,
  requireTarget,
} from './access';
import { impose, lift, listed, secondsLeft } from './sanctions';

/** plug's ban refusal carries `[{e: seconds left}]`, -1 for forever. */
class BannedError extends ApiError {
  constructor(private readonly left: number) {
    super('ban', 'You are banned from this room');
  }

  override get data(): unknown[] {
    return [{ e: this.left }];
  }
}

export async function refuseBanned(
  app: AppContext,
  room: LiveRoom,
  userID: number,
): Promise<void> {
  const now = app.clock.now();
  const ban = await app.store.sanctions.get(room.record.id, 'ban', userID, now);
  if (ban) throw new BannedError(secondsLeft(ban, now));
}

export function banRoutes(api: Api, app: AppContext): void {
  api.post('/_/bans/add', banBody, async (caller) => {
    const staff = await requireStaff(app, caller, 'ban');
    const { userID, reason, duration } = caller.body;
    requireForeverRight(staff, duration);
    const target = await requireTarget(app, staff, userID);

    const seconds = BAN_DURATIONS[duration];
    await impose(app, staff, {
      kind: 'ban',
      userID,
      reason,
      duration,
      seconds,
    });

    const { slug } = staff.room.record;
    const t = escapeHtml(target.user.username);
    app.broadcast.publish({ room: slug }, [
      serverEvent('modBan', { ...moderator(staff.user), t, d: duration }, slug),
    ]);
    if (app.rooms.roomOf(userID) !== staff.room) return [];

    // The hub closes the user's sockets once this event is delivered.
    app.broadcast.publish({ user: userID }, [
      serverEvent('ban', { t: 'ban', d: duration, r: reason }, 'dashboard'),
    ]);
    await app.rooms.leave(userID);
    return [];
  });

  api.get('/_/bans', async (caller) => {
    const { room } = await requireStaff(app, caller, 'unban');
    return listed(app, room.record.id, 'ban');
  });

  api.delete('/_/bans/:id', async (caller) => {
    const staff = await requireStaff(app, caller, 'unban');
    const userID = idParam(caller.params.id);
    await lift(app, staff, 'ban', userID, 'That user is not banned here');
    return [];
  });
}
