import { describe, expect, it } from 'vitest';
import { cutToBytes, prepareChat } from './message';

describe('prepareChat', () => {
  it('escapes before measuring, and cuts even inside an entity', () => {
    const text = `${'a'.repeat(248)}<b`;
    expect(prepareChat(text)).toBe(`${'a'.repeat(248)}&l`);
  });

  it('drops newlines and blank lines', () => {
    expect(prepareChat('a\nb')).toBeNull();
    expect(prepareChat('a\rb')).toBeNull();
    expect(prepareChat('   ')).toBeNull();
  });
});

describe('cutToBytes', () => {
  it('never splits a code point', () => {
    expect(cutToBytes('😀😀', 7)).toBe('😀');
    expect(cutToBytes('😀😀', 8)).toBe('😀😀');
  });
});
