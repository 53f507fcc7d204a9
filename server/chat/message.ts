/** What the server does to a chat line before anyone sees it. */
import { CHAT_LIMIT_BYTES, escapeHtml } from '../../src/protocol';

const encoder = new TextEncoder();

/**
 * Cuts at a byte budget without splitting a code point. Like plug, the cut
 * may land inside an entity: the limit is on the escaped text.
 */
export function cutToBytes(text: string, limit: number): string {
  let used = 0;
  let end = 0;
  for (const char of text) {
    used += encoder.encode(char).length;
    if (used > limit) break;
    end += char.length;
  }
  return text.slice(0, end);
}

/** The escaped text to broadcast, or null when the line is dropped. */
export function prepareChat(raw: string): string | null {
  if (/[\r\n]/.test(raw)) return null;
  if (raw.trim() === '') return null;
  return cutToBytes(escapeHtml(raw), CHAT_LIMIT_BYTES);
}
