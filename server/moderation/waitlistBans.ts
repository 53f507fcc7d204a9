/**
 * Wait-list bans: the user is taken out of the booth and refused on
 * `POST booth` (and on a moderator's `booth/add`) until the ban ends.
 */
import {
  escapeHtml,
  serverEvent,
  WAITLIST_BAN_DURATIONS,
  waitlistBanBody,
} from '../../src/protocol';
import type { AppContext } from '../context';
import { fail } from '../http/envelope';
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

function remaining(seconds: number): string {
  if (seconds < 0) return 'for good';
  const minutes = Math.ceil(seconds / 60);
  if (minutes <= 60) return `for ${minutes} more minute(s)`;
  return `for ${Math.ceil(minutes / 60)} more hour(s)`;
}

export async function refuseWaitlistBanned(
  app: AppContext,
  room: LiveRoom,
  userID: number,
  who: 'You are' | 'That user is',
): Promise<void> {
  const now = app.clock.now();
  const { sanctions } = app.store;
  const ban = await sanctions.get(room.record.id, 'waitlistBan', userID, now);
  if (!ban) return;

  const left = remaining(secondsLeft(ban, now));
  throw fail('notAuthorized', `${who} banned from the wait list ${left}`);
}

export function waitlistBanRoutes(api: Api, app: AppContext): void {
  api.post('/_/booth/waitlistban', waitlistBanBody, async (caller) => {
    const staff = await requireStaff(app, caller, 'waitlistBan');
    const { userID, reason, duration } = caller.body;
    requireForeverRight(staff, duration);
    const target = await requireTarget(app, staff, userID);

    const seconds = WAITLIST_BAN_DURATIONS[duration];
    const kind = 'waitlistBan';
    await impose(app, staff, { kind, userID, reason, duration, seconds });

    const { room } = staff;
    const { slug } = room.record;
    const t = escapeHtml(target.user.username);
    const p = { ...moderator(staff.user), t, ti: userID, d: duration };
    app.broadcast.publish({ room: slug }, [
      serverEvent('modWaitlistBan', p, slug),
    ]);
    await room.booth.leave(userID);
    return [];
  });

  api.get('/_/booth/waitlistban', async (caller) => {
    const { room } = await requireStaff(app, caller, 'waitlistBan');
    return listed(app, room.record.id, 'waitlistBan');
  });

  api.delete('/_/booth/waitlistban/:id', async (caller) => {
    const staff = await requireStaff(app, caller, 'unban');
    const userID = idParam(caller.params.id);
    await lift(
      app,
      staff,
      'waitlistBan',
      userID,
      'That user is not banned from the wait list',
    );
    return [];
  });
}
