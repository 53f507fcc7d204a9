/**
 * Who may act on whom. Every staff endpoint opens with `requireStaff`, and
 * every one that names a user checks it with `requireTarget`: nobody acts
 * on a user whose role, raised by a global role, is equal to or above theirs.
 */
import {
  can,
  escapeHtml,
  outranks,
  ROLE,
  type Permission,
} from '../../src/protocol';
import { requireUser } from '../auth/sessions';
import type { AppContext } from '../context';
import { fail } from '../http/envelope';
import type { Caller } from '../http/router';
import type { LiveRoom } from '../rooms/rooms';
import type { UserRecord } from '../store/store';

export interface Staff {
  user: UserRecord;
  room: LiveRoom;
  role: number;
}

export interface Target {
  user: UserRecord;
  role: number;
}

export async function requireStaff(
  app: AppContext,
  caller: Caller,
  action: Permission,
): Promise<Staff> {
  const user = requireUser(caller);
  // Not `requireRoom`: room routes import this module for their refusals.
  const room = app.rooms.roomOf(user.id);
  if (!room) throw fail('notInRoom', 'You are not in a room');
  const role = await app.rooms.roleOf(room, user);
  if (!can(role, action)) {
    throw fail('notAuthorized', 'Your room role does not allow that');
  }
  return { user, room, role };
}

/** The named user, if the moderator outranks them in this room. */
export async function requireTarget(
  app: AppContext,
  staff: Staff,
  userID: number,
): Promise<Target> {
  const user = await app.store.users.byId(userID);
  if (!user) throw fail('notFound', 'No user with that id');

  const role = await app.rooms.roleOf(staff.room, user);
  if (!outranks(staff.role, role)) {
    throw fail(
      'notAuthorized',
      'You cannot act on a user whose role is equal to or above yours',
    );
  }
  return { user, role };
}

/** Bouncers ban for a while; only managers and above ban forever. */
export function requireForeverRight(staff: Staff, duration: string): void {
  if (duration !== 'f' || staff.role >= ROLE.manager) return;
  throw fail('notAuthorized', 'Only managers and above may ban forever');
}

/** A numeric `:id` route parameter, or a clear refusal. */
export function idParam(value: string | undefined): number {
  const id = Number(value);
  if (!/^\d+$/.test(value ?? '') || !Number.isSafeInteger(id)) {
    throw fail('requestError', 'The user id must be a number');
  }
  return id;
}

/** The `m` and `mi` fields every moderation event carries. */
export function moderator(user: UserRecord) {
  return { m: escapeHtml(user.username), mi: user.id };
}

/** One info line per staff action, with the ids an operator needs. */
export function audit(
  app: AppContext,
  staff: Staff,
  action: string,
  target: number | null = null,
): void {
  const room = staff.room.record.slug;
  app.logs.for('room').info(action, { room, user: staff.user.id, target });
}
