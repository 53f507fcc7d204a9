/**
 * The REST side of the protocol: the envelope every answer comes in, the
 * status codes clients key on, and the room snapshot.
 */
import { z } from 'zod';
import { mediaSchema, userSchema } from './schemas';
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
      /** Seconds between one user's chat lines; not every server has it. */
      slowMode: z.number().int().nonnegative().optional(),
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
      room: {
        ...s.meta,
        favorite: s.meta.favorite ?? false,
        slowMode: s.meta.slowMode ?? 0,
      },
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
