/**
 * Staff control of the booth: adding, removing and moving DJs (bouncers
 * add and remove; managers move), and locking or cycling the wait list.
 */
import {
  boothAddBody,
  boothCycleBody,
  boothLockBody,
  boothMoveBody,
  escapeHtml,
  serverEvent,
} from '../../src/protocol';
import type { AppContext } from '../context';
import { fail } from '../http/envelope';
import type { Api } from '../http/router';
import {
  audit,
  idParam,
  moderator,
  requireStaff,
  requireTarget,
} from '../moderation/access';
import { refuseWaitlistBanned } from '../moderation/waitlistBans';

export function boothModRoutes(api: Api, app: AppContext): void {
  api.post('/_/booth/add', boothAddBody, async (caller) => {
    const staff = await requireStaff(app, caller, 'addDJ');
    const { room } = staff;
    const target = await requireTarget(app, staff, caller.body.id);
    if (app.rooms.roomOf(target.user.id) !== room) {
      throw fail('requestError', 'That user is not in this room');
    }
    await refuseWaitlistBanned(app, room, target.user.id, 'That user is');

    const t = escapeHtml(target.user.username);
    const { slug } = room.record;
    const announce = { ...moderator(staff.user), t };
    await room.booth.add(
      target.user.id,
      serverEvent('modAddDJ', announce, slug),
    );
    audit(app, staff, 'mod added DJ', target.user.id);
    return [];
  });

  api.delete('/_/booth/remove/:id', async (caller) => {
    const staff = await requireStaff(app, caller, 'removeDJ');
    const target = await requireTarget(app, staff, idParam(caller.params.id));

    const t = escapeHtml(target.user.username);
    const { slug } = staff.room.record;
    const mod = moderator(staff.user);
    await staff.room.booth.remove(target.user.id, (d) =>
      serverEvent('modRemoveDJ', { ...mod, t, d }, slug),
    );
    audit(app, staff, 'mod removed DJ', target.user.id);
    return [];
  });

  api.post('/_/booth/move', boothMoveBody, async (caller) => {
    const staff = await requireStaff(app, caller, 'moveDJ');
    const { userID, position } = caller.body;
    const target = await requireTarget(app, staff, userID);

    const u = escapeHtml(target.user.username);
    const { slug } = staff.room.record;
    const mod = moderator(staff.user);
    await staff.room.booth.move(userID, position, (o, n) =>
      serverEvent('modMoveDJ', { ...mod, u, o, n }, slug),
    );
    audit(app, staff, 'mod moved DJ', userID);
    return [];
  });

  api.put('/_/booth/lock', boothLockBody, async (caller) => {
    const staff = await requireStaff(app, caller, 'lockWaitlist');
    const { user, room } = staff;
    const { isLocked, removeAllDJs } = caller.body;
    const { record } = room;
    await app.store.rooms.update(record.id, { isLocked });
    record.isLocked = isLocked;

    const p = { ...moderator(user), f: isLocked, c: removeAllDJs };
    await room.booth.lock(
      serverEvent('djListLocked', p, record.slug),
      removeAllDJs,
    );
    audit(app, staff, isLocked ? 'wait list locked' : 'wait list unlocked');
    return [];
  });

  api.put('/_/booth/cycle', boothCycleBody, async (caller) => {
    const staff = await requireStaff(app, caller, 'cycleWaitlist');
    const { user, room } = staff;
    const { shouldCycle } = caller.body;
    const { record } = room;
    await app.store.rooms.update(record.id, { shouldCycle });
    // The booth reads this same record when a play ends.
    record.shouldCycle = shouldCycle;

    const p = { ...moderator(user), f: shouldCycle };
    app.broadcast.publish({ room: record.slug }, [
      serverEvent('djListCycle', p, record.slug),
    ]);
    audit(app, staff, `wait list cycle ${shouldCycle ? 'on' : 'off'}`);
    return [];
  });
}
