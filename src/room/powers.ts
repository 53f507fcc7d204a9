/**
 * What an actor may do to one user, from the permission table: each staff
 * action needs its role, and nobody acts on an equal or higher role.
 */
import {
  can,
  maxAssignableRole,
  outranks,
  ROLE_NAMES,
  type RoomRole,
} from '../protocol';

export interface Powers {
  addDJ: boolean;
  removeDJ: boolean;
  moveDJ: boolean;
  skip: boolean;
  mute: boolean;
  ban: boolean;
  /** `f` bans, from the room and from the wait list, are for managers up. */
  banForever: boolean;
  waitlistBan: boolean;
  /** Roles the actor may give this user, lowest first; empty = none. */
  roles: RoomRole[];
}

const ALL_ROLES = Object.keys(ROLE_NAMES).map(Number) as RoomRole[];

export function powersOver(
  actorRole: number,
  targetRole: number,
  isSelf: boolean,
): Powers {
  const above = !isSelf && outranks(actorRole, targetRole);
  const may = (action: Parameters<typeof can>[1]) =>
    above && can(actorRole, action);
  const top = maxAssignableRole(actorRole);

  return {
    addDJ: may('addDJ'),
    removeDJ: may('removeDJ'),
    moveDJ: may('moveDJ'),
    // Skipping is about the play, not the DJ: any skipper may.
    skip: can(actorRole, 'skip'),
    mute: may('mute'),
    ban: may('ban'),
    banForever: may('ban') && can(actorRole, 'unban'),
    waitlistBan: may('waitlistBan'),
    roles: may('setStaff') ? ALL_ROLES.filter((role) => role <= top) : [],
  };
}

/** Whether any staff action at all is open to the actor over this user. */
export function hasPowers(powers: Powers): boolean {
  return (
    powers.addDJ ||
    powers.removeDJ ||
    powers.mute ||
    powers.ban ||
    powers.waitlistBan ||
    powers.roles.length > 0
  );
}
