/**
 * The building blocks the event and REST schemas share: ids that may come
 * as strings, escaped text, plug timestamps, users and media.
 */
import { z } from 'zod';
import { normaliseRole } from './roles';
import { decodeEntities } from './text';
import { parsePlugTime } from './time';

export const id = z
  .union([z.number().int(), z.string().regex(/^-?\d+$/)])
  .transform(Number);

export const text = z.string().transform(decodeEntities);

export const plugTime = z.string().transform((value, ctx) => {
  const ms = parsePlugTime(value);
  if (ms === null) {
    ctx.addIssue({ code: 'custom', message: `bad timestamp ${value}` });
    return z.NEVER;
  }
  return ms;
});

export const userSchema = z
  .object({
    id,
    username: text.optional(),
    avatarID: z.string().nullish(),
    badge: z.string().nullish(),
    level: z.number().int().optional(),
    role: z.number().int().optional(),
    gRole: z.number().int().nullish(),
    joined: z.string().nullish(),
    language: z.string().nullish(),
    slug: z.string().nullish(),
    sub: z.number().int().nullish(),
    guest: z.boolean().optional(),
  })
  .transform((u) => ({
    id: u.id,
    username: u.username ?? '',
    avatarID: u.avatarID ?? 'default',
    badge: u.badge ?? null,
    level: u.level ?? 1,
    role: normaliseRole(u.role ?? 0),
    gRole: u.gRole ?? 0,
    joined: u.joined ? parsePlugTime(u.joined) : null,
    language: u.language ?? null,
    sub: u.sub ?? 0,
    guest: u.guest ?? false,
  }));

export type User = z.output<typeof userSchema>;
export type WireUser = z.input<typeof userSchema>;

export const mediaSchema = z
  .object({
    id,
    cid: z.string(),
    format: z.union([z.literal(1), z.literal(2)]),
    author: text,
    title: text,
    image: z.string(),
    duration: z.number().nonnegative(),
  })
  .transform((m) => ({ ...m }));

export type Media = z.output<typeof mediaSchema>;
export type WireMedia = z.input<typeof mediaSchema>;
