/**
 * The REST flood limit, as router middleware. More than `limit` actions
 * (or `readLimit` reads) in a rolling `windowMs` from one caller (the user,
 * else the session, else the address) refuses everything from them with
 * `floodAPI` for `blockMs`. Reads have a budget of their own because every
 * page load spends four or five of them: a few quick reloads must not lock
 * anyone out, while a bot hammering actions still is. Chat deletion is
 * exempt: staff clean up spam in bursts. Callers are independent, so one
 * flooding user slows nobody else down.
 */
import type { IncomingMessage } from 'node:http';
import { fail } from './envelope';
import type { Caller, Middleware } from './router';

export interface FloodLimits {
  limit: number;
  readLimit: number;
  windowMs: number;
  blockMs: number;
}

export const REST_FLOOD: FloodLimits = {
  limit: 20,
  readLimit: 60,
  windowMs: 10_000,
  blockMs: 15_000,
};

export interface FloodGuardOptions {
  now: () => number;
  limits?: FloodLimits;
  /** Runs once when a logged-in caller is blocked. */
  onFlood?: (userID: number) => void;
}

const EXEMPT = /^\/_\/chat\/[^/]+$/;

function exempt(req: IncomingMessage): boolean {
  const path = (req.url ?? '').split('?')[0] ?? '';
  return req.method === 'DELETE' && EXEMPT.test(path);
}

function keyOf(req: IncomingMessage, caller: Caller): string {
  if (caller.user) return `user:${caller.user.id}`;
  if (caller.session) return `session:${caller.session.id}`;
  return `address:${req.socket.remoteAddress ?? ''}`;
}

function isRead(req: IncomingMessage): boolean {
  return req.method === 'GET' || req.method === 'HEAD';
}

const refusal = () => fail('floodAPI', 'Too many requests; wait a moment', 429);

export function floodGuard(options: FloodGuardOptions): Middleware {
  const { limit, readLimit, windowMs, blockMs } = options.limits ?? REST_FLOOD;
  const recent = new Map<string, number[]>();
  const blocked = new Map<string, number>();
  let swept = options.now();

  // Forgets callers who have gone quiet, so the maps stay small.
  const sweep = (now: number) => {
    if (now - swept < windowMs) return;
    swept = now;
    for (const [key, times] of recent) {
      if ((times.at(-1) ?? 0) <= now - windowMs) recent.delete(key);
    }
    for (const [key, until] of blocked) if (until <= now) blocked.delete(key);
  };

  return (req, caller) => {
    if (exempt(req)) return;
    const now = options.now();
    sweep(now);
    const key = keyOf(req, caller);
    if ((blocked.get(key) ?? -Infinity) > now) throw refusal();

    const read = isRead(req);
    const bucket = `${key}:${read ? 'read' : 'action'}`;
    const times = (recent.get(bucket) ?? []).filter((t) => t > now - windowMs);
    times.push(now);
    recent.set(bucket, times);
    if (times.length <= (read ? readLimit : limit)) return;

    recent.delete(bucket);
    blocked.set(key, now + blockMs);
    if (caller.user) options.onFlood?.(caller.user.id);
    throw refusal();
  };
}
