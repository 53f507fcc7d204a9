import { describe, expect, it } from 'vitest';
import { ROLE } from '../protocol';
import { hasPowers, powersOver } from './powers';

describe('powersOver', () => {
  it('gives a plain user nothing over anyone', () => {
    const powers = powersOver(ROLE.user, ROLE.user, false);
    expect(hasPowers(powers)).toBe(false);
    expect(powers.skip).toBe(false);
  });

  it('lets a bouncer moderate users but not ban forever or set roles', () => {
    const powers = powersOver(ROLE.bouncer, ROLE.residentDJ, false);
    expect(powers).toMatchObject({
      addDJ: true,
      removeDJ: true,
      moveDJ: false,
      mute: true,
      ban: true,
      banForever: false,
      waitlistBan: true,
      roles: [],
    });
  });

  it('lets a manager ban forever and hand out roles up to bouncer', () => {
    const powers = powersOver(ROLE.manager, ROLE.user, false);
    expect(powers.banForever).toBe(true);
    expect(powers.moveDJ).toBe(true);
    expect(powers.roles).toEqual([ROLE.user, ROLE.residentDJ, ROLE.bouncer]);
  });

  it('lets the host hand out co-host but not host', () => {
    expect(powersOver(ROLE.host, ROLE.manager, false).roles.at(-1)).toBe(
      ROLE.cohost,
    );
  });

  it('gives nobody power over an equal or higher role, or themselves', () => {
    expect(hasPowers(powersOver(ROLE.manager, ROLE.manager, false))).toBe(
      false,
    );
    expect(hasPowers(powersOver(ROLE.manager, ROLE.cohost, false))).toBe(false);
    expect(hasPowers(powersOver(ROLE.host, ROLE.host, true))).toBe(false);
  });
});
