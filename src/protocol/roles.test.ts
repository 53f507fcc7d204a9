import { describe, expect, it } from 'vitest';
import {
  GLOBAL_ROLE,
  ROLE,
  can,
  effectiveRole,
  maxAssignableRole,
  normaliseRole,
  outranks,
} from './roles';

describe('roles', () => {
  it('scales the old 0-5 roles to 0-5000 and leaves new ones', () => {
    expect([0, 1, 2, 3, 4, 5].map(normaliseRole)).toEqual([
      0, 1000, 2000, 3000, 4000, 5000,
    ]);
    expect(normaliseRole(3000)).toBe(3000);
  });

  it('gives promoters and plot members nothing extra', () => {
    expect(effectiveRole(ROLE.user, GLOBAL_ROLE.promoter)).toBe(ROLE.user);
    expect(effectiveRole(ROLE.user, GLOBAL_ROLE.plot)).toBe(ROLE.user);
  });

  it('lets site staff act with their global role', () => {
    expect(effectiveRole(ROLE.user, GLOBAL_ROLE.siteModerator)).toBe(2500);
    expect(effectiveRole(ROLE.manager, null)).toBe(ROLE.manager);
  });

  it('checks each action against its least role', () => {
    expect(can(ROLE.residentDJ, 'skip')).toBe(false);
    expect(can(ROLE.bouncer, 'skip')).toBe(true);
    expect(can(ROLE.bouncer, 'moveDJ')).toBe(false);
    expect(can(ROLE.cohost, 'editRoom')).toBe(true);
  });

  it('never lets anyone act on an equal or higher role', () => {
    expect(outranks(ROLE.bouncer, ROLE.bouncer)).toBe(false);
    expect(outranks(ROLE.manager, ROLE.bouncer)).toBe(true);
  });

  it('limits which roles each rank may hand out', () => {
    expect(maxAssignableRole(ROLE.bouncer)).toBe(-1);
    expect(maxAssignableRole(ROLE.manager)).toBe(ROLE.bouncer);
    expect(maxAssignableRole(ROLE.cohost)).toBe(ROLE.manager);
    expect(maxAssignableRole(ROLE.host)).toBe(ROLE.cohost);
  });
});
