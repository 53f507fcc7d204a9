/** Who is in the room, and what is known about them. */
import { MUTE_DURATIONS, ROLE, type RoomEventOf, type User } from '../protocol';
import { appendSystemLine } from './lines';
import type { RoomState } from './state';

type UserChanges = Partial<
  Pick<User, 'username' | 'level' | 'avatarID' | 'badge' | 'guest'>
>;

/** Applies changes to every copy of the user the state holds. */
function patchUser(
  state: RoomState,
  id: number,
  changes: UserChanges,
): RoomState {
  const patch = (user: User | null) =>
    user?.id === id ? { ...user, ...changes } : user;
  const inRoom = state.users.get(id);

  return {
    ...state,
    users: inRoom
      ? state.users.set(id, { ...inRoom, ...changes })
      : state.users,
    me: patch(state.me),
    playDJ: patch(state.playDJ),
  };
}

export function userJoin(
  state: RoomState,
  event: RoomEventOf<'userJoin'>,
): RoomState {
  const { user } = event;
  if (user.guest) return { ...state, guests: state.guests + 1 };

  const playDJ = state.playDJ?.id === user.id ? user : state.playDJ;
  return { ...state, users: state.users.set(user.id, user), playDJ };
}

export function userLeave(
  state: RoomState,
  event: RoomEventOf<'userLeave'>,
): RoomState {
  // Guests all leave as id 0.
  if (event.userID === 0)
    return { ...state, guests: Math.max(0, state.guests - 1) };

  const { userID } = event;
  const grabbed = state.grabs.includes(userID);
  // Nothing to forget about someone the room does not know.
  if (!state.users.has(userID) && !state.votes.has(userID) && !grabbed)
    return state;

  return {
    ...state,
    users: state.users.delete(userID),
    votes: state.votes.delete(userID),
    grabs: grabbed ? state.grabs.filter((id) => id !== userID) : state.grabs,
  };
}

export function userUpdate(
  state: RoomState,
  event: RoomEventOf<'userUpdate'>,
): RoomState {
  const changes: UserChanges = {};
  for (const [key, value] of Object.entries(event.changes)) {
    if (value !== undefined) Object.assign(changes, { [key]: value });
  }
  return patchUser(state, event.userID, changes);
}

export function nameChangedRoom(
  state: RoomState,
  event: RoomEventOf<'nameChangedRoom'>,
): RoomState {
  const renamed = patchUser(state, event.userID, { username: event.to });
  return appendSystemLine(renamed, `${event.from} is now known as ${event.to}`);
}

const ROLE_PHRASES: Record<number, string> = {
  [ROLE.residentDJ]: 'a resident DJ',
  [ROLE.bouncer]: 'a bouncer',
  [ROLE.manager]: 'a manager',
  [ROLE.cohost]: 'a co-host',
  [ROLE.host]: 'the host',
};

function staffLine(username: string, role: number): string {
  if (role === ROLE.user) return `removed ${username} from the staff`;
  return `made ${username} ${ROLE_PHRASES[role] ?? `role ${role}`}`;
}

/** Tracks mutes so the user list can show them; `o` lifts a mute. */
export function modMute(
  state: RoomState,
  event: RoomEventOf<'modMute'>,
): RoomState {
  const mutes = { ...state.mutes };
  if (event.duration === 'o') delete mutes[event.userID];
  else mutes[event.userID] = MUTE_DURATIONS[event.duration];
  return { ...state, mutes };
}

/** A mute ran out on the client's clock; the server sends nothing for it. */
export function muteExpired(state: RoomState, userID: number): RoomState {
  if (!(userID in state.mutes)) return state;
  const mutes = { ...state.mutes };
  delete mutes[userID];
  return { ...state, mutes };
}

export function modStaff(
  state: RoomState,
  event: RoomEventOf<'modStaff'>,
): RoomState {
  let next = state;

  for (const change of event.changes) {
    const inRoom = next.users.get(change.userID);
    const users = inRoom
      ? next.users.set(change.userID, { ...inRoom, role: change.role })
      : next.users;
    const mine = next.me?.id === change.userID;
    next = { ...next, users, role: mine ? change.role : next.role };

    const what = staffLine(change.username, change.role);
    next = appendSystemLine(next, `${event.moderator} ${what}`);
  }
  return next;
}
