/** Reads derived from room state; pure, shared by the reducer and views. */
import { effectiveRole, ROLE, type User } from '../protocol';
import type { RoomState, Score } from './state';

/** Yourself may be missing from the room's user list; look there too. */
export function userByID(state: RoomState, id: number): User | null {
  const user = state.users.get(id);
  if (user) return user;
  if (state.me?.id === id) return state.me;
  if (state.playDJ?.id === id) return state.playDJ;
  return null;
}

export function scoreOf(state: Pick<RoomState, 'votes' | 'grabs'>): Score {
  const votes = state.votes.values();
  return {
    woots: votes.filter((v) => v === 1).length,
    mehs: votes.filter((v) => v === -1).length,
    grabs: state.grabs.length,
  };
}

export function myRole(state: RoomState): number {
  return effectiveRole(state.role, state.me?.gRole ?? 0);
}

export function myVote(state: RoomState): 1 | -1 | 0 {
  return state.me ? (state.votes.get(state.me.id) ?? 0) : 0;
}

export function iGrabbed(state: RoomState): boolean {
  return state.me !== null && state.grabs.includes(state.me.id);
}

/** 1-based, or 0 when you are not waiting. */
export function myWaitlistPosition(state: RoomState): number {
  return state.me ? state.booth.waitlist.indexOf(state.me.id) + 1 : 0;
}

export function amDJ(state: RoomState): boolean {
  return state.me !== null && state.play?.djID === state.me.id;
}

/** Room users, staff first, then by name. */
export function sortedUsers(state: Pick<RoomState, 'users'>): User[] {
  return [...state.users.values()].sort(
    (a, b) => b.role - a.role || a.username.localeCompare(b.username),
  );
}

/** Room staff are exempt from slow mode and the minimum chat level. */
export function chatsFreely(state: RoomState): boolean {
  return myRole(state) >= ROLE.residentDJ;
}

/** Seconds you must leave between chat lines; 0 = no limit. */
export function mySlowMode(state: RoomState): number {
  return chatsFreely(state) ? 0 : state.slowMode;
}
