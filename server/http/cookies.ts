/**
 * The `session` cookie. Values are base64url, so they survive both encoded
 * and raw (miniplug sends the value unencoded) cookie handling.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse, serialize } from 'cookie';

export const SESSION_COOKIE = 'session';
const SESSION_VALUE = /^[A-Za-z0-9_-]{20,100}$/;

export function readSessionCookie(req: IncomingMessage): string | null {
  const header = req.headers.cookie;
  if (!header) return null;

  const value = parse(header)[SESSION_COOKIE];
  return value && SESSION_VALUE.test(value) ? value : null;
}

export function setSessionCookie(res: ServerResponse, value: string): void {
  res.setHeader(
    'set-cookie',
    serialize(SESSION_COOKIE, value, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
    }),
  );
}

export function clearSessionCookie(res: ServerResponse): void {
  res.setHeader(
    'set-cookie',
    serialize(SESSION_COOKIE, '', {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      maxAge: 0,
    }),
  );
}
