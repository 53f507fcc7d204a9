/**
 * The staff endpoints: room settings, roles, wait-list control, bans and
 * mutes. Bodies are the protocol's own types, so the server and the
 * client agree on them by construction.
 */
import { z } from 'zod';
import {
  decodeEntities,
  parsePlugTime,
  type BanBody,
  type BoothLockBody,
  type BoothMoveBody,
  type MuteBody,
  type RoomUpdateBody,
  type StaffUpdateBody,
  type WaitlistBanBody,
} from '../protocol';
import { request } from './client';
import { parsed } from './parse';

export async function updateRoom(body: RoomUpdateBody): Promise<void> {
  await request('POST', 'rooms/update', body);
}

/** Role 0 takes someone off the staff, which has its own endpoint. */
export async function setRole(body: StaffUpdateBody): Promise<void> {
  if (body.roleID === 0) await request('DELETE', `staff/${body.userID}`);
  else await request('POST', 'staff/update', body);
}

export async function lockWaitlist(body: BoothLockBody): Promise<void> {
  await request('PUT', 'booth/lock', body);
}

export async function cycleWaitlist(shouldCycle: boolean): Promise<void> {
  await request('PUT', 'booth/cycle', { shouldCycle });
}

export async function addDJ(id: number): Promise<void> {
  await request('POST', 'booth/add', { id });
}

export async function removeDJ(id: number): Promise<void> {
  await request('DELETE', `booth/remove/${id}`);
}

export async function moveDJ(body: BoothMoveBody): Promise<void> {
  await request('POST', 'booth/move', body);
}

export async function waitlistBan(body: WaitlistBanBody): Promise<void> {
  await request('POST', 'booth/waitlistban', body);
}

export async function ban(body: BanBody): Promise<void> {
  await request('POST', 'bans/add', body);
}

export async function unban(userID: number): Promise<void> {
  await request('DELETE', `bans/${userID}`);
}

export async function mute(body: MuteBody): Promise<void> {
  await request('POST', 'mutes', body);
}

export async function unmute(userID: number): Promise<void> {
  await request('DELETE', `mutes/${userID}`);
}

const banSchema = z
  .object({
    id: z.number().int(),
    username: z.string().nullish(),
    moderator: z.string().nullish(),
    reason: z.number().int().nullish(),
    duration: z.string().nullish(),
    timestamp: z.string().nullish(),
    secondsLeft: z.number().nullish(),
  })
  .transform((b) => ({
    userID: b.id,
    username: decodeEntities(b.username ?? ''),
    moderator: decodeEntities(b.moderator ?? ''),
    reason: b.reason ?? null,
    duration: b.duration ?? null,
    at: b.timestamp ? parsePlugTime(b.timestamp) : null,
    secondsLeft: b.secondsLeft ?? null,
  }));

export type Ban = z.output<typeof banSchema>;

export async function getBans(): Promise<Ban[]> {
  return parsed(z.array(banSchema), await request('GET', 'bans'), 'ban list');
}
