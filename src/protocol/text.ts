/**
 * Text as it crosses the wire. The server HTML-escapes every piece of user
 * text (chat, names, room meta, media titles); the client decodes it exactly
 * once and renders it as plain text, never as HTML.
 */

const ENTITY = /&(lt|gt|quot|#34|#39|#x27|apos|amp);/g;
const DECODED: Record<string, string> = {
  lt: '<',
  gt: '>',
  quot: '"',
  '#34': '"',
  '#39': "'",
  '#x27': "'",
  apos: "'",
  amp: '&',
};

/**
 * Decodes the entities real servers emitted. A single pass with one regex
 * means `&amp;lt;` becomes `&lt;` and stays so: `&amp;` is in effect decoded
 * last, as the protocol requires.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (_, name: string) => DECODED[name] ?? '');
}

// Quotes as numeric entities: that is what plug.dj sent, and what the
// client libraries written against it decode.
const ESCAPE = /[&<>"']/g;
const ESCAPED: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&#34;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(ESCAPE, (ch) => ESCAPED[ch] ?? ch);
}

const encoder = new TextEncoder();

export function utf8Length(text: string): number {
  return encoder.encode(text).length;
}

/** What a message costs against the chat limit: bytes after escaping. */
export function escapedLength(text: string): number {
  return utf8Length(escapeHtml(text));
}

export const CHAT_LIMIT_BYTES = 250;

/** A chat line that starts with `/me ` or `/em ` is an emote. */
export function isEmote(text: string): boolean {
  return text.startsWith('/me ') || text.startsWith('/em ');
}

export function stripEmote(text: string): string {
  return isEmote(text) ? text.slice(4) : text;
}
