/**
 * Request bodies for every REST endpoint. They are strict: the server
 * refuses unknown fields rather than guessing what was meant, and names the
 * field that is wrong.
 */
import { z } from 'zod';

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

/** Staff bodies: ban and mute reasons are 1-5, durations the wire codes. */
const reason = z.number().int().min(1).max(5);

/** The longest slow mode a room can set, in seconds. */
export const MAX_SLOW_MODE = 300;

/** Any subset; `slowMode` (seconds between lines) is Wootroom's own. */
export const roomUpdateBody = z.strictObject({
  name: z.string().trim().min(1).max(64).optional(),
  description: z.string().max(1000).optional(),
  welcome: z.string().max(500).optional(),
  minChatLevel: z.number().int().min(1).max(3).optional(),
  slowMode: z.number().int().min(0).max(MAX_SLOW_MODE).optional(),
});

export const staffUpdateBody = z.strictObject({
  userID: id,
  roleID: z.literal([0, 1000, 2000, 3000, 4000, 5000]),
});

export const boothLockBody = z.strictObject({
  isLocked: z.boolean(),
  removeAllDJs: z.boolean().default(false),
});

export const boothCycleBody = z.strictObject({ shouldCycle: z.boolean() });

export const boothAddBody = z.strictObject({ id });

/** `position` is 0-based; past the end means last. */
export const boothMoveBody = z.strictObject({
  userID: id,
  position: z.number().int().nonnegative(),
});

export const banBody = z.strictObject({
  userID: id,
  reason,
  duration: z.enum(['h', 'd', 'f']),
});

export const muteBody = z.strictObject({
  userID: id,
  reason,
  duration: z.enum(['s', 'm', 'l']),
});

export const waitlistBanBody = z.strictObject({
  userID: id,
  reason,
  duration: z.enum(['s', 'm', 'l', 'f']),
});

export type RoomUpdateBody = z.input<typeof roomUpdateBody>;
export type StaffUpdateBody = z.input<typeof staffUpdateBody>;
export type BoothLockBody = z.input<typeof boothLockBody>;
export type BoothCycleBody = z.input<typeof boothCycleBody>;
export type BoothAddBody = z.input<typeof boothAddBody>;
export type BoothMoveBody = z.input<typeof boothMoveBody>;
export type BanBody = z.input<typeof banBody>;
export type MuteBody = z.input<typeof muteBody>;
export type WaitlistBanBody = z.input<typeof waitlistBanBody>;

export const bulkUsersBody = z.strictObject({
  ids: z.array(id).max(500),
});

export type BulkUsersBody = z.input<typeof bulkUsersBody>;

/** Avatars and badges a user may pick; the client draws these ids. */
export const AVATAR_IDS = Array.from(
  { length: 15 },
  (_, i) => `base${String(i + 1).padStart(2, '0')}`,
);
export const BADGE_IDS = [
  'headphones',
  'vinyl',
  'speaker',
  'star',
  'heart',
  'bolt',
  'crown',
  'moon',
] as const;

export const giftBody = z.strictObject({
  id,
  amount: z.number().int().min(1).max(1000),
});

/** `friends` and `friends/ignore` both name the other user by id. */
export const friendBody = z.strictObject({ id });

/** plug sent the store product id along; a name change is free here. */
export const usernameBody = z.strictObject({
  username: signupBody.shape.username,
  id: z.union([z.number(), z.string().max(64)]).optional(),
});

export const avatarBody = z.strictObject({
  id: z.string().refine((value) => AVATAR_IDS.includes(value), {
    message: 'not an avatar id',
  }),
});

/** `null` takes the badge off. */
export const badgeBody = z.strictObject({
  id: z.enum(BADGE_IDS).nullable(),
});

export type GiftBody = z.input<typeof giftBody>;
export type FriendBody = z.input<typeof friendBody>;
export type UsernameBody = z.input<typeof usernameBody>;
export type AvatarBody = z.input<typeof avatarBody>;
export type BadgeBody = z.input<typeof badgeBody>;
