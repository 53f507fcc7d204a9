import { describe, expect, it } from 'vitest';
import { roomSlugFromPath } from './slug';

describe('roomSlugFromPath', () => {
  it('takes the first path segment', () => {
    expect(roomSlugFromPath('/chill-lounge')).toBe('chill-lounge');
    expect(roomSlugFromPath('/chill-lounge/extra')).toBe('chill-lounge');
  });

  it('falls back to the lobby', () => {
    expect(roomSlugFromPath('/')).toBe('lobby');
    expect(roomSlugFromPath('/Not A Slug!')).toBe('lobby');
  });
});
