import { describe, expect, it } from 'vitest';
import {
  decodeEntities,
  escapeHtml,
  escapedLength,
  isEmote,
  stripEmote,
} from './text';
import { formatPlugTime, parsePlugTime } from './time';

describe('decodeEntities', () => {
  it('decodes every form real servers sent', () => {
    expect(decodeEntities('&lt;&gt;&amp;&#34;&quot;&#39;')).toBe(`<>&""'`);
  });

  it('decodes only once, so an escaped entity stays visible', () => {
    expect(decodeEntities('&amp;lt;b&amp;gt;')).toBe('&lt;b&gt;');
  });

  it('leaves unknown entities and bare ampersands alone', () => {
    expect(decodeEntities('fish &chips; &copy; a & b')).toBe(
      'fish &chips; &copy; a & b',
    );
  });
});

describe('escapeHtml', () => {
  it('round-trips through decodeEntities', () => {
    const text = `<script>alert("x" & 'y')</script>`;
    expect(decodeEntities(escapeHtml(text))).toBe(text);
  });

  it('charges five bytes for an ampersand against the limit', () => {
    expect(escapedLength('&')).toBe(5);
    expect(escapedLength('é')).toBe(2);
  });
});

describe('emotes', () => {
  it.each([
    ['/me waves', true],
    ['/em waves', true],
    ['/meow', false],
    ['hello /me', false],
  ])('%s is an emote: %s', (text, expected) => {
    expect(isEmote(text)).toBe(expected);
  });

  it('strips only the command', () => {
    expect(stripEmote('/me waves')).toBe('waves');
    expect(stripEmote('/meow')).toBe('/meow');
  });
});

describe('plug timestamps', () => {
  it.each([
    ['2015-04-18 00:25:14.899831', Date.UTC(2015, 3, 18, 0, 25, 14, 899)],
    ['2015-04-18 00:25:14.123', Date.UTC(2015, 3, 18, 0, 25, 14, 123)],
    ['2015-04-18 00:25:14', Date.UTC(2015, 3, 18, 0, 25, 14)],
  ])('reads %s as UTC', (text, ms) => {
    expect(parsePlugTime(text)).toBe(ms);
  });

  it('refuses text that is not a timestamp', () => {
    expect(parsePlugTime('yesterday')).toBeNull();
    expect(parsePlugTime('2015-13-45 99:99:99')).toBeNull();
  });

  it('formats in the six-digit form and reads back the same instant', () => {
    const ms = Date.UTC(2026, 10, 30, 21, 59, 1, 809);
    expect(formatPlugTime(ms)).toBe('2026-11-30 21:59:01.809000');
    expect(parsePlugTime(formatPlugTime(ms))).toBe(ms);
  });
});
