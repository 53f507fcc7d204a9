/**
 * The level curve and what a play is worth.
 *
 * Going from level n to n + 1 costs 10 * n xp, so reaching level n takes
 * 5 * n * (n - 1) xp in all: level 2 at 10 xp, 3 at 30, 5 at 100, 10 at
 * 450, 20 at 1,900. Early levels come within an evening; later ones take
 * weeks of listening. There is no top level.
 */

export interface Earning {
  xp: number;
  pp: number;
}

/** Each user in the room from the start to the end of a play. */
export const LISTEN_REWARD: Earning = { xp: 1, pp: 1 };
/** The DJ, per woot standing when the play ends. */
export const WOOT_REWARD: Earning = { xp: 1, pp: 1 };
/** The DJ, per listener who grabbed the play. */
export const GRAB_REWARD: Earning = { xp: 2, pp: 2 };

export function xpForLevel(level: number): number {
  return 5 * level * (level - 1);
}

export function levelForXp(xp: number): number {
  // Inverse of xpForLevel; the loops only correct floating-point error.
  let level = Math.max(1, Math.floor((1 + Math.sqrt(1 + (4 * xp) / 5)) / 2));
  while (xpForLevel(level + 1) <= xp) level += 1;
  while (level > 1 && xpForLevel(level) > xp) level -= 1;
  return level;
}

export function times(earning: Earning, count: number): Earning {
  return { xp: earning.xp * count, pp: earning.pp * count };
}

export function plus(a: Earning, b: Earning): Earning {
  return { xp: a.xp + b.xp, pp: a.pp + b.pp };
}
