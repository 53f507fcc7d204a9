/** Room roles, global roles, and what each may do. */

export const ROLE = {
  user: 0,
  residentDJ: 1000,
  bouncer: 2000,
  manager: 3000,
  cohost: 4000,
  host: 5000,
} as const;

export const GLOBAL_ROLE = {
  none: 0,
  promoter: 500,
  plot: 750,
  volunteer: 2000,
  siteModerator: 2500,
  brandAmbassador: 3000,
  leader: 4000,
  admin: 5000,
} as const;

export type RoomRole = (typeof ROLE)[keyof typeof ROLE];

export const ROLE_NAMES: Record<RoomRole, string> = {
  0: 'User',
  1000: 'Resident DJ',
  2000: 'Bouncer',
  3000: 'Manager',
  4000: 'Co-host',
  5000: 'Host',
};

/** Older servers sent roles 0-5; current ones 0-5000. */
export function normaliseRole(role: number): number {
  return role > 0 && role <= 5 ? role * 1000 : role;
}

/** Promoters and plot members get nothing extra in a room. */
export function effectiveRole(role: number, gRole: number | null): number {
  const global = gRole ?? 0;
  return global >= GLOBAL_ROLE.volunteer ? Math.max(role, global) : role;
}

/** The least role each staff action needs. */
export const PERMISSION = {
  joinLockedWaitlist: ROLE.residentDJ,
  deleteChat: ROLE.bouncer,
  addDJ: ROLE.bouncer,
  removeDJ: ROLE.bouncer,
  skip: ROLE.bouncer,
  ban: ROLE.bouncer,
  mute: ROLE.bouncer,
  waitlistBan: ROLE.bouncer,
  lockWaitlist: ROLE.manager,
  cycleWaitlist: ROLE.manager,
  moveDJ: ROLE.manager,
  unban: ROLE.manager,
  setStaff: ROLE.manager,
  editRoom: ROLE.cohost,
} as const;

export type Permission = keyof typeof PERMISSION;

export function can(role: number, action: Permission): boolean {
  return role >= PERMISSION[action];
}

/** Nobody acts on a user whose role is equal or higher. */
export function outranks(actorRole: number, targetRole: number): boolean {
  return actorRole > targetRole;
}

/**
 * The highest role an actor may hand out: managers set resident DJs and
 * bouncers, co-hosts also managers, the host also co-hosts.
 */
export function maxAssignableRole(actorRole: number): number {
  if (actorRole >= ROLE.host) return ROLE.cohost;
  if (actorRole >= ROLE.cohost) return ROLE.manager;
  if (actorRole >= ROLE.manager) return ROLE.bouncer;
  return -1;
}

export const BAN_DURATIONS = { h: 3600, d: 86400, f: -1 } as const;
export type BanDuration = keyof typeof BAN_DURATIONS;

export const MUTE_DURATIONS = { s: 15 * 60, m: 30 * 60, l: 45 * 60 } as const;
export type MuteDuration = keyof typeof MUTE_DURATIONS;

export const WAITLIST_BAN_DURATIONS = {
  s: 15 * 60,
  m: 3600,
  l: 86400,
  f: -1,
} as const;
export type WaitlistBanDuration = keyof typeof WAITLIST_BAN_DURATIONS;

export const BAN_REASONS: Record<number, string> = {
  1: 'Spamming or trolling',
  2: 'Verbal abuse or harassment',
  3: 'Playing offensive videos/songs',
  4: 'Repeatedly playing an inappropriate genre',
  5: 'Negative attitude',
};

export const MUTE_REASONS: Record<number, string> = {
  1: 'Violating community rules',
  2: 'Verbal abuse or harassment',
  3: 'Spamming or trolling',
  4: 'Offensive language',
  5: 'Negative attitude',
};
