/**
 * The REST side of the protocol: the envelope every answer comes in, the
 * status codes clients key on, request bodies, and the room snapshot.
 * Request schemas are strict: the server refuses unknown fields rather than
 * guessing what was meant.
 */
import { z } from 'zod';
import { mediaSchema, userSchema } from './events';
import { normaliseRole } from './roles';
import { decodeEntities } from './text';
import { parsePlugTime } from './time';

export interface OkEnvelope<T> {
  data: T[];
  meta: Record<string, unknown>;
  status: 'ok';
  time: number;
}

export interface ErrorEnvelope {
  data: unknown[];
  status: ErrorCode;
}

export const ERROR_CODES = [
  'notAuthorized',
  'requestError',
  'notFound',
  'ban',
  'roomCapacity',
  'noValidPlaylist',
  'roomMismatch',
  'boothFull',
  'userNotInBooth',
  'badLogin',
  'csrfTokenInvalid',
  'csrfTokenExpired',
  'maintenanceMode',
  'notInRoom',
  'floodAPI',
  'serverError',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

const id = z.number().int().nonnegative();
const historyID = z.string().min(1).max(64);

export const signupBody = z.strictObject({
  email: z.string().trim().toLowerCase().email().max(254),
  username: z
    .string()
    .trim()
    .min(2)
    .max(24)
    .regex(/^[\p{L}\p{N}_.-]+$/u, 'letters, digits, _ . - only'),
  password: z.string().min(8).max(256),
});

export const loginBody = z.strictObject({
  csrf: z.string().min(1).max(256),
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().max(256),
});

export const joinRoomBody = z.strictObject({
  slug: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[a-z0-9-]+$/),
});

export const voteBody = z.strictObject({
  direction: z.union([z.literal(1), z.literal(-1)]),
  historyID,
});

export const grabBody = z.strictObject({
  playlistID: id,
  historyID,
});

export const skipBody = z.strictObject({
  userID: id,
  historyID,
});

export type SignupBody = z.input<typeof signupBody>;
export type LoginBody = z.input<typeof loginBody>;
export type VoteBody = z.input<typeof voteBody>;
export type GrabBody = z.input<typeof grabBody>;
export type SkipBody = z.input<typeof skipBody>;

const nullableText = z
  .string()
  .nullish()
  .transform((s) => decodeEntities(s ?? ''));

const idKeyed = <T extends z.ZodType>(value: T) =>
  z.record(z.string().regex(/^\d+$/), value).transform((record) => {
    const map: Record<number, z.output<T>> = {};
    for (const [key, v] of Object.entries(record)) map[Number(key)] = v;
    return map;
  });

export const roomStateSchema = z
  .object({
    booth: z.object({
      currentDJ: id.nullable(),
      isLocked: z.boolean(),
      shouldCycle: z.boolean(),
      waitingDJs: z.array(id),
    }),
    meta: z.object({
      id,
      name: nullableText,
      slug: z.string(),
      description: nullableText,
      welcome: nullableText,
      hostID: id,
      hostName: nullableText,
      minChatLevel: z.number().int(),
      population: z.number().int(),
      guests: z.number().int(),
      favorite: z.boolean().optional(),
    }),
    playback: z.object({
      historyID: z.string().nullable(),
      media: mediaSchema.nullable(),
      playlistID: id.nullable(),
      startTime: z.string().nullable(),
    }),
    users: z.array(userSchema),
    votes: idKeyed(z.union([z.literal(1), z.literal(-1)])),
    grabs: idKeyed(z.literal(1)),
    mutes: idKeyed(z.number()),
    role: z.number().int(),
  })
  .transform((s) => {
    const { historyID: h, media, playlistID, startTime } = s.playback;
    const started = startTime ? parsePlugTime(startTime) : null;
    const play =
      h && media && s.booth.currentDJ !== null && started !== null
        ? {
            historyID: h,
            djID: s.booth.currentDJ,
            media,
            playlistID: playlistID ?? 0,
            startedAt: started,
          }
        : null;

    return {
      room: { ...s.meta, favorite: s.meta.favorite ?? false },
      booth: {
        isLocked: s.booth.isLocked,
        shouldCycle: s.booth.shouldCycle,
        waitlist: s.booth.waitingDJs,
      },
      play,
      users: s.users,
      votes: s.votes,
      grabs: Object.keys(s.grabs).map(Number),
      mutes: s.mutes,
      role: normaliseRole(s.role),
    };
  });

export type RoomSnapshot = z.output<typeof roomStateSchema>;
export type WireRoomState = z.input<typeof roomStateSchema>;

export const bulkUsersBody = z.strictObject({
  ids: z.array(id).max(500),
});

export type BulkUsersBody = z.input<typeof bulkUsersBody>;
