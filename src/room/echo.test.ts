import { describe, expect, it } from 'vitest';
import { matchEcho } from './echo';

const lines = [
  { localId: 'a', text: 'can anyone hear me' },
  { localId: 'b', text: 'back again' },
  { localId: 'c', text: '/me waves' },
];

describe('matchEcho', () => {
  it('confirms the line with the same text, not the oldest', () => {
    expect(matchEcho(lines, { text: 'back again', emote: false })).toBe('b');
  });

  it('matches emotes by their text without the prefix', () => {
    expect(matchEcho(lines, { text: 'waves', emote: true })).toBe('c');
  });

  it('matches a line the server cut short', () => {
    expect(matchEcho(lines, { text: 'back ag', emote: false })).toBe('b');
  });

  it('falls back to the oldest line when the server changed the text', () => {
    expect(matchEcho(lines, { text: 'b*ck ag*in', emote: false })).toBe('a');
  });

  it('has nothing to confirm when nothing is on its way', () => {
    expect(matchEcho([], { text: 'x', emote: false })).toBeUndefined();
  });
});
