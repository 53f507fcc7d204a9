/**
 * Splits what a user typed into chat lines the server will take whole. The
 * server drops any message with a newline and silently cuts one longer than
 * 250 bytes after HTML-escaping (even mid-entity), so each line is cut at
 * word boundaries by its escaped size, and never inside a code point.
 */
import { CHAT_LIMIT_BYTES, escapedLength, isEmote } from '../protocol';

const EMOTE_PREFIX_LENGTH = 4;

/** Cuts one word that is too long on its own, by code point. */
function splitWord(word: string, limit: number): string[] {
  const parts: string[] = [];
  let part = '';
  let size = 0;

  for (const char of word) {
    const cost = escapedLength(char);
    if (size + cost > limit && part) {
      parts.push(part);
      part = '';
      size = 0;
    }
    part += char;
    size += cost;
  }

  if (part) parts.push(part);
  return parts;
}

function splitLine(line: string, limit: number): string[] {
  if (escapedLength(line) <= limit) return [line];

  const parts: string[] = [];
  let current = '';
  for (const word of line.split(/\s+/).filter(Boolean)) {
    const joined = current ? `${current} ${word}` : word;
    if (escapedLength(joined) <= limit) {
      current = joined;
      continue;
    }

    if (current) parts.push(current);
    const pieces =
      escapedLength(word) <= limit ? [word] : splitWord(word, limit);
    current = pieces.pop() ?? '';
    parts.push(...pieces);
  }

  if (current) parts.push(current);
  return parts;
}

export function splitChat(text: string, limit = CHAT_LIMIT_BYTES): string[] {
  const lines = text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '');

  return lines.flatMap((line) => {
    if (!isEmote(line)) return splitLine(line, limit);

    // Each part of a long emote stays an emote.
    const prefix = line.slice(0, EMOTE_PREFIX_LENGTH);
    const rest = line.slice(EMOTE_PREFIX_LENGTH);
    return splitLine(rest, limit - EMOTE_PREFIX_LENGTH).map(
      (part) => prefix + part,
    );
  });
}
