/**
 * Every server-to-client socket event: one schema per action, validating the
 * wire payload and turning it into a single normalised event. The schemas
 * accept every shape real servers sent (string or number ids, 0-5 roles, null
 * badges, `{}` advances, ...); the output is one closed union, `RoomEvent`.
 *
 * The server imports the same table and types its frames with `WirePayload`,
 * so both sides agree on the wire by construction.
 */
import { z } from 'zod';
import { normaliseRole } from './roles';
import { decodeEntities, isEmote, stripEmote } from './text';
import { parsePlugTime } from './time';

const id = z
  .union([z.number().int(), z.string().regex(/^-?\d+$/)])
  .transform(Number);

const text = z.string().transform(decodeEntities);

const plugTime = z.string().transform((value, ctx) => {
  const ms = parsePlugTime(value);
  if (ms === null) {
    ctx.addIssue({ code: 'custom', message: `bad timestamp ${value}` });
    return z.NEVER;
  }
  return ms;
});

const moderated = { m: text, mi: id };

function moderator(p: { m: string; mi: number }) {
  return { moderator: p.m, moderatorID: p.mi };
}

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

const play = z.object({
  c: id,
  d: z.array(id),
  h: z.string().min(1),
  m: mediaSchema,
  p: id,
  t: plugTime,
});

const advance = z.union([play, z.object({}).strict()]).transform((p) =>
  'h' in p
    ? {
        type: 'advance' as const,
        play: {
          historyID: p.h,
          djID: p.c,
          media: p.m,
          playlistID: p.p,
          startedAt: p.t,
        },
        waitlist: p.d,
      }
    : { type: 'advance' as const, play: null, waitlist: [] },
);

export type Play = NonNullable<z.output<typeof advance>['play']>;

const empty = z.object({}).passthrough();
const banDuration = z.enum(['h', 'd', 'f']);
const signal = <T extends string>(type: T) => empty.transform(() => ({ type }));

const roomMeta = <T extends string, K extends string>(
  type: T,
  key: K,
  value: z.ZodType<string | number>,
) =>
  z
    .object({ [key]: value, u: id } as Record<K, typeof value> & {
      u: typeof id;
    })
    .transform((p) => ({
      type,
      value: (p as Record<K, string | number>)[key],
      userID: (p as { u: number }).u,
    }));

export const EVENT_SCHEMAS = {
  ack: z
    .union([z.string(), z.number()])
    .transform((p) => ({ type: 'ack' as const, accepted: String(p) === '1' })),

  advance,

  ban: z
    .object({ t: z.string().optional(), d: banDuration, r: z.number().int() })
    .transform((p) => ({
      type: 'ban' as const,
      duration: p.d,
      reason: p.r,
    })),

  chat: z
    .object({
      message: text,
      un: text,
      cid: z.string().min(1),
      uid: id,
      sub: z.number().int().optional(),
    })
    .transform((p) => ({
      type: 'chat' as const,
      cid: p.cid,
      userID: p.uid,
      username: p.un,
      text: stripEmote(p.message),
      emote: isEmote(p.message),
      sub: p.sub ?? 0,
    })),

  chatDelete: z.object({ c: z.string().min(1), mi: id }).transform((p) => ({
    type: 'chatDelete' as const,
    cid: p.c,
    moderatorID: p.mi,
  })),

  // The docs' example carried the flag under `c`; real servers used `f`.
  djListCycle: z
    .object({ ...moderated, f: z.boolean().optional(), c: z.boolean() })
    .partial({ c: true })
    .refine((p) => p.f !== undefined || p.c !== undefined)
    .transform((p) => ({
      type: 'djListCycle' as const,
      cycle: p.f ?? p.c ?? false,
      ...moderator(p),
    })),

  djListLocked: z
    .object({ ...moderated, f: z.boolean(), c: z.boolean().optional() })
    .transform((p) => ({
      type: 'djListLocked' as const,
      locked: p.f,
      cleared: p.c ?? false,
      ...moderator(p),
    })),

  djListUpdate: z
    .array(id)
    .transform((ids) => ({ type: 'djListUpdate' as const, waitlist: ids })),

  earn: z
    .object({
      xp: z.number(),
      pp: z.number(),
      level: z.number().int(),
    })
    .transform((p) => ({ type: 'earn' as const, ...p })),

  floodAPI: signal('floodAPI'),
  floodChat: signal('floodChat'),

  friendAccept: text.transform((username) => ({
    type: 'friendAccept' as const,
    username,
  })),

  friendRequest: text.transform((username) => ({
    type: 'friendRequest' as const,
    username,
  })),

  gift: z.number().transform((pp) => ({ type: 'gift' as const, pp })),

  gifted: z.object({ s: text, r: text }).transform((p) => ({
    type: 'gifted' as const,
    sender: p.s,
    recipient: p.r,
  })),

  grab: id.transform((userID) => ({ type: 'grab' as const, userID })),

  killSession: signal('killSession'),

  levelUp: z
    .number()
    .int()
    .transform((level) => ({ type: 'levelUp' as const, level })),

  modAddDJ: z.object({ ...moderated, t: text }).transform((p) => ({
    type: 'modAddDJ' as const,
    username: p.t,
    ...moderator(p),
  })),

  modBan: z
    .object({ ...moderated, t: text, d: banDuration })
    .transform((p) => ({
      type: 'modBan' as const,
      username: p.t,
      duration: p.d,
      ...moderator(p),
    })),

  modMoveDJ: z
    .object({
      ...moderated,
      u: text,
      o: z.number().int(),
      n: z.number().int(),
    })
    .transform((p) => ({
      type: 'modMoveDJ' as const,
      username: p.u,
      from: p.o,
      to: p.n,
      ...moderator(p),
    })),

  modMute: z
    .object({
      ...moderated,
      i: id,
      t: text,
      r: z.number().int(),
      d: z.enum(['s', 'm', 'l', 'o']),
    })
    .transform((p) => ({
      type: 'modMute' as const,
      userID: p.i,
      username: p.t,
      reason: p.r,
      duration: p.d,
      ...moderator(p),
    })),

  modRemoveDJ: z
    .object({ ...moderated, t: text, d: z.boolean().optional() })
    .transform((p) => ({
      type: 'modRemoveDJ' as const,
      username: p.t,
      fromBooth: p.d ?? false,
      ...moderator(p),
    })),

  modSkip: z
    .object(moderated)
    .transform((p) => ({ type: 'modSkip' as const, ...moderator(p) })),

  modStaff: z
    .object({
      ...moderated,
      u: z.array(z.object({ n: text, i: id, p: z.number().int() })),
    })
    .transform((p) => ({
      type: 'modStaff' as const,
      changes: p.u.map((u) => ({
        userID: u.i,
        username: u.n,
        role: normaliseRole(u.p),
      })),
      ...moderator(p),
    })),

  modWaitlistBan: z
    .object({
      ...moderated,
      t: text,
      ti: id,
      d: z.enum(['s', 'm', 'l', 'f']),
    })
    .transform((p) => ({
      type: 'modWaitlistBan' as const,
      userID: p.ti,
      username: p.t,
      duration: p.d,
      ...moderator(p),
    })),

  nameChanged: signal('nameChanged'),

  nameChangedRoom: z.object({ i: id, o: text, n: text }).transform((p) => ({
    type: 'nameChangedRoom' as const,
    userID: p.i,
    from: p.o,
    to: p.n,
  })),

  notify: z
    .object({
      action: z.string(),
      id: id,
      timestamp: plugTime,
      value: z.union([z.string(), z.number()]).transform(String),
    })
    .transform((p) => ({
      type: 'notify' as const,
      id: p.id,
      action: p.action,
      value: p.value,
      at: p.timestamp,
    })),

  playlistCycle: id.transform((playlistID) => ({
    type: 'playlistCycle' as const,
    playlistID,
  })),

  plugMaintenance: signal('plugMaintenance'),

  plugMaintenanceAlert: z
    .number()
    .nonnegative()
    .transform((minutes) => ({
      type: 'plugMaintenanceAlert' as const,
      minutes,
    })),

  plugMessage: text.transform((message) => ({
    type: 'plugMessage' as const,
    message,
  })),

  plugUpdate: signal('plugUpdate'),
  rateLimit: signal('rateLimit'),

  roomDescriptionUpdate: roomMeta('roomDescription', 'd', text),
  roomMinChatLevelUpdate: roomMeta('roomMinChatLevel', 'm', z.number().int()),
  roomNameUpdate: roomMeta('roomName', 'n', text),
  roomWelcomeUpdate: roomMeta('roomWelcome', 'w', text),

  skip: id.transform((userID) => ({ type: 'skip' as const, userID })),

  userJoin: userSchema.transform((user) => ({
    type: 'userJoin' as const,
    user,
  })),

  userLeave: id.transform((userID) => ({
    type: 'userLeave' as const,
    userID,
  })),

  userUpdate: z
    .object({
      i: id,
      username: text.optional(),
      level: z.number().int().optional(),
      avatarID: z.string().optional(),
      badge: z.string().nullable().optional(),
      guest: z.boolean().optional(),
    })
    .transform(({ i, ...changes }) => ({
      type: 'userUpdate' as const,
      userID: i,
      changes,
    })),

  vote: z
    .object({ i: id, v: z.union([z.literal(1), z.literal(-1)]) })
    .transform((p) => ({
      type: 'vote' as const,
      userID: p.i,
      direction: p.v,
    })),
} satisfies Record<string, z.ZodType>;

/** Short names some servers used for the room meta events. */
export const EVENT_ALIASES: Record<string, WireAction> = {
  roomDescription: 'roomDescriptionUpdate',
  roomMinChatLevel: 'roomMinChatLevelUpdate',
  roomName: 'roomNameUpdate',
  roomWelcome: 'roomWelcomeUpdate',
};

type Schemas = typeof EVENT_SCHEMAS;
export type WireAction = keyof Schemas;
export type WirePayload<A extends WireAction> = z.input<Schemas[A]>;
export type RoomEvent = { [A in WireAction]: z.output<Schemas[A]> }[WireAction];
export type RoomEventOf<T extends RoomEvent['type']> = Extract<
  RoomEvent,
  { type: T }
>;

export function isWireAction(action: string): action is WireAction {
  return Object.hasOwn(EVENT_SCHEMAS, action);
}
