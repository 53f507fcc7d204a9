/**
 * Your account: totals and notifications from `users/me`, friends, gifts,
 * avatar, badge and name. Answers are validated like the room's.
 */
import { z } from 'zod';
import {
  decodeEntities,
  parsePlugTime,
  userSchema,
  type GiftBody,
} from '../protocol';
import type { Account } from '../room/state';
import { request, requestOne } from './client';
import { parsed } from './parse';

const notificationSchema = z.object({
  id: z.number().int(),
  action: z.string(),
  value: z.union([z.string(), z.number()]).transform(String),
  timestamp: z.string().nullish(),
});

export type Notification = z.output<typeof notificationSchema>;

const meSchema = z.object({
  pp: z.number().optional(),
  xp: z.number().optional(),
  level: z.number().int().optional(),
  // One odd entry must not hide the others.
  notifications: z.array(z.unknown()).optional(),
});

export interface MyAccount {
  user: z.output<typeof userSchema>;
  account: Account;
  notifications: Notification[];
}

export async function getMyAccount(): Promise<MyAccount> {
  const raw = await requestOne('GET', 'users/me');
  const user = parsed(userSchema, raw, 'user');
  const extra = parsed(meSchema, raw, 'user');
  const notifications = (extra.notifications ?? []).flatMap((entry) => {
    const result = notificationSchema.safeParse(entry);
    return result.success ? [result.data] : [];
  });

  return {
    user,
    account: { level: user.level, xp: extra.xp ?? 0, pp: extra.pp ?? 0 },
    notifications,
  };
}

export async function dismissNotification(id: number): Promise<void> {
  await request('DELETE', `notifications/${id}`);
}

const inviteSchema = z
  .object({
    id: z.number().int(),
    username: z.string().transform(decodeEntities),
    timestamp: z.string().nullish(),
  })
  .transform((invite) => ({
    id: invite.id,
    username: invite.username,
    at: invite.timestamp ? parsePlugTime(invite.timestamp) : null,
  }));

export type FriendInvite = z.output<typeof inviteSchema>;

export async function getFriendInvites(): Promise<FriendInvite[]> {
  return parsed(
    z.array(inviteSchema),
    await request('GET', 'friends/invites'),
    'friend request list',
  );
}

/** Sends a friend request, or accepts one from that user. */
export async function addFriend(id: number): Promise<void> {
  await request('POST', 'friends', { id });
}

export async function ignoreFriendRequest(id: number): Promise<void> {
  await request('PUT', 'friends/ignore', { id });
}

export async function sendGift(body: GiftBody): Promise<void> {
  await request('POST', 'gifts', body);
}

export async function setAvatar(id: string): Promise<void> {
  await request('PUT', 'users/avatar', { id });
}

/** `null` takes the badge off. */
export async function setBadge(id: string | null): Promise<void> {
  await request('PUT', 'users/badge', { id });
}

export async function buyUsername(username: string): Promise<void> {
  await request('POST', 'store/purchase/username', { username });
}
