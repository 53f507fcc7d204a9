/**
 * Room roles. Managers hand out resident DJ and bouncer, co-hosts also
 * manager, the host also co-host. The host hands the room over by giving
 * someone the host role, becoming a co-host in the same step.
 */
import {
  escapeHtml,
  maxAssignableRole,
  ROLE,
  ROLE_NAMES,
  serverEvent,
  staffUpdateBody,
  type RoomRole,
} from '../../src/protocol';
import { requireUser } from '../auth/sessions';
import type { AppContext } from '../context';
import { fail } from '../http/envelope';
import type { Api, Caller } from '../http/router';
import { requireRoom } from '../rooms/routes';
import type { UserRecord } from '../store/store';
import { roomUser } from '../users/present';
import {
  idParam,
  moderator,
  requireStaff,
  requireTarget,
  type Staff,
} from './access';

type Change = { user: UserRecord; role: number };

function announce(app: AppContext, staff: Staff, changes: Change[]): void {
  const { slug } = staff.room.record;
  const u = changes.map(({ user, role }) => ({
    n: escapeHtml(user.username),
    i: user.id,
    p: role,
  }));
  app.broadcast.publish({ room: slug }, [
    serverEvent('modStaff', { ...moderator(staff.user), u }, slug),
  ]);
  app.logs.for('room').info('staff changed', {
    room: slug,
    user: staff.user.id,
    changes: u.map((c) => `${c.i}:${c.p}`).join(','),
  });
}

async function handOver(app: AppContext, staff: Staff, userID: number) {
  const { record } = staff.room;
  if (record.hostID !== staff.user.id) {
    throw fail('notAuthorized', 'Only the host can hand the room over');
  }
  const target = await requireTarget(app, staff, userID);

  const { rooms } = app.store;
  await rooms.setRole(record.id, userID, ROLE.host);
  await rooms.setRole(record.id, staff.user.id, ROLE.cohost);
  await rooms.update(record.id, { hostID: userID });
  record.hostID = userID;
  announce(app, staff, [
    { user: staff.user, role: ROLE.cohost },
    { user: target.user, role: ROLE.host },
  ]);
}

async function setRole(
  app: AppContext,
  caller: Caller,
  userID: number,
  role: RoomRole,
): Promise<unknown[]> {
  const staff = await requireStaff(app, caller, 'setStaff');
  if (role === ROLE.host) {
    await handOver(app, staff, userID);
    return [];
  }
  const most = maxAssignableRole(staff.role);
  if (role > most) {
    const name = ROLE_NAMES[most as RoomRole];
    throw fail('notAuthorized', `You can give roles up to ${name} only`);
  }
  const target = await requireTarget(app, staff, userID);

  await app.store.rooms.setRole(staff.room.record.id, userID, role);
  announce(app, staff, [{ user: target.user, role }]);
  return [];
}

export function staffRoleRoutes(api: Api, app: AppContext): void {
  api.get('/_/staff', async (caller) => {
    const room = requireRoom(app, requireUser(caller));
    const roles = await app.store.rooms.staff(room.record.id);
    const users = await app.store.users.byIds([...roles.keys()]);
    return users
      .map((user) => roomUser(user, roles.get(user.id) ?? 0))
      .sort((a, b) => (b.role ?? 0) - (a.role ?? 0));
  });

  api.post('/_/staff/update', staffUpdateBody, async (caller) =>
    setRole(app, caller, caller.body.userID, caller.body.roleID),
  );

  api.delete('/_/staff/:id', async (caller) =>
    setRole(app, caller, idParam(caller.params.id), ROLE.user),
  );
}
