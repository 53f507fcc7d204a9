import { describe, expect, it } from 'vitest';
import { levelForXp, xpForLevel } from './levels';

describe('level curve', () => {
  it('starts at level 1 and reaches 2 at 10 xp, 3 at 30, 10 at 450', () => {
    expect(levelForXp(0)).toBe(1);
    expect(levelForXp(9)).toBe(1);
    expect(levelForXp(10)).toBe(2);
    expect(levelForXp(29)).toBe(2);
    expect(levelForXp(30)).toBe(3);
    expect(levelForXp(450)).toBe(10);
  });

  it('agrees with xpForLevel at every boundary', () => {
    for (let level = 1; level <= 200; level++) {
      expect(levelForXp(xpForLevel(level))).toBe(level);
      if (level > 1) expect(levelForXp(xpForLevel(level) - 1)).toBe(level - 1);
    }
  });
});
