/**
 * Frames in the other direction, and the server's side of framing.
 * `auth` and `chat` are the only actions a client ever sends.
 */
import { z } from 'zod';
import type { WireAction, WirePayload } from './events';

export type ClientFrame =
  { a: 'auth'; p: string; t: number } | { a: 'chat'; p: string; t: number };

const unixNow = () => Math.floor(Date.now() / 1000);

export function encodeAuth(token: string, t = unixNow()): string {
  return JSON.stringify({ a: 'auth', p: token, t } satisfies ClientFrame);
}

export function encodeChat(message: string, t = unixNow()): string {
  return JSON.stringify({ a: 'chat', p: message, t } satisfies ClientFrame);
}

export const clientFrameSchema = z.object({
  a: z.enum(['auth', 'chat']),
  p: z.string(),
  t: z.number(),
});

/** One event as the server puts it on the wire. */
export type ServerEvent = {
  [A in WireAction]: { a: A; p: WirePayload<A>; s: string };
}[WireAction];

export function serverEvent<A extends WireAction>(
  a: A,
  p: WirePayload<A>,
  s: string,
): ServerEvent {
  return { a, p, s } as ServerEvent;
}

export function encodeServerFrame(events: readonly ServerEvent[]): string {
  return JSON.stringify(events);
}
