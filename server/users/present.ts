/** User records as the wire shows them: names escaped, times in plug form. */
import {
  escapeHtml,
  formatPlugTime,
  type WirePayload,
} from '../../src/protocol';
import type { UserRecord } from '../store/store';

export type WireUser = WirePayload<'userJoin'>;

export function wireUser(user: UserRecord, role: number): WireUser {
  return {
    ...roomUser(user, role),
    language: user.language,
    slug: user.username.toLowerCase(),
    guest: false,
  };
}

/** The stripped form `rooms/state` lists: no guest, language or slug. */
export function roomUser(user: UserRecord, role: number): WireUser {
  return {
    id: user.id,
    username: escapeHtml(user.username),
    avatarID: user.avatarID,
    badge: user.badge,
    level: user.level,
    role,
    gRole: user.gRole,
    joined: formatPlugTime(user.joinedAt),
    sub: user.sub,
  };
}

/** Only the account owner sees these. */
export function ownUser(user: UserRecord, role: number) {
  return {
    ...wireUser(user, role),
    email: user.email,
    pp: user.pp,
    xp: user.xp,
  };
}
