import { describe, expect, it } from 'vitest';
import { CHAT_LIMIT_BYTES, escapedLength } from '../protocol';
import { splitChat } from './splitChat';

describe('splitChat', () => {
  it('keeps a short line as it is', () => {
    expect(splitChat('hello there')).toEqual(['hello there']);
  });

  it('splits on newlines and drops empty lines', () => {
    expect(splitChat('one\n\ntwo\r\nthree\n   ')).toEqual([
      'one',
      'two',
      'three',
    ]);
  });

  it('cuts long text at word boundaries within the limit', () => {
    const words = Array.from({ length: 80 }, (_, i) => `word${i}`);
    const parts = splitChat(words.join(' '));

    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts)
      expect(escapedLength(part)).toBeLessThanOrEqual(CHAT_LIMIT_BYTES);
    expect(parts.join(' ')).toBe(words.join(' '));
  });

  it('measures the limit after escaping', () => {
    // 60 ampersands are 60 bytes raw but 300 escaped.
    const parts = splitChat('&'.repeat(60));

    expect(parts).toHaveLength(2);
    expect(parts[0]).toBe('&'.repeat(50));
    expect(parts[1]).toBe('&'.repeat(10));
  });

  it('never cuts inside a code point', () => {
    const text = '😀'.repeat(100); // 4 bytes each
    const parts = splitChat(text);

    expect(parts.join('')).toBe(text);
    for (const part of parts) {
      expect(escapedLength(part)).toBeLessThanOrEqual(CHAT_LIMIT_BYTES);
      expect(part).not.toMatch(/[\uD800-\uDBFF]$/);
    }
  });

  it('hard-cuts a single word longer than the limit', () => {
    const parts = splitChat(`short ${'x'.repeat(600)} tail`);
    expect(parts).toEqual([
      'short',
      'x'.repeat(250),
      'x'.repeat(250),
      `${'x'.repeat(100)} tail`,
    ]);
  });

  it('keeps every part of a long emote an emote', () => {
    const parts = splitChat(`/me ${'dances '.repeat(60)}`);

    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(part.startsWith('/me ')).toBe(true);
      expect(escapedLength(part)).toBeLessThanOrEqual(CHAT_LIMIT_BYTES);
    }
  });
});
