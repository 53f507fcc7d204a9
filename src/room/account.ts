/** Your own level, XP and PP, kept current by account-wide events. */
import type { RoomEventOf } from '../protocol';
import { addNotice } from './lines';
import type { Account, RoomState } from './state';

const number = new Intl.NumberFormat('en');

function setAccount(state: RoomState, changes: Partial<Account>): RoomState {
  const account = state.account
    ? { ...state.account, ...changes }
    : { level: 1, xp: 0, pp: 0, ...changes };
  const level = changes.level;
  if (level === undefined) return { ...state, account };

  // Your level also shows wherever you are listed as a user.
  const me = state.me ? { ...state.me, level } : null;
  const inRoom = me && state.users.get(me.id);
  const users = inRoom
    ? state.users.set(inRoom.id, { ...inRoom, level })
    : state.users;
  return { ...state, account, me, users };
}

export function earn(state: RoomState, event: RoomEventOf<'earn'>): RoomState {
  const { xp, pp, level } = event;
  const next = setAccount(state, { xp, pp, level });
  return addNotice(
    next,
    'info',
    `You have ${number.format(pp)} PP and ${number.format(xp)} XP`,
  );
}

export function gift(state: RoomState, event: RoomEventOf<'gift'>): RoomState {
  const next = setAccount(state, { pp: event.pp });
  return addNotice(
    next,
    'success',
    `You got a gift: you now have ${number.format(event.pp)} PP`,
  );
}

export function levelUp(
  state: RoomState,
  event: RoomEventOf<'levelUp'>,
): RoomState {
  const next = setAccount(state, { level: event.level });
  return addNotice(next, 'success', `You reached level ${event.level}`);
}
