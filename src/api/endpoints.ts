/**
 * One function per REST endpoint the client uses. Answers that feed state
 * are validated with the protocol schemas, so a server quirk shows up here
 * and not as a crash in a view.
 */
import { z } from 'zod';
import {
  roomStateSchema,
  userSchema,
  type GrabBody,
  type RoomSnapshot,
  type SkipBody,
  type User,
  type VoteBody,
} from '../protocol';
import { request, requestOne } from './client';
import { parsed } from './parse';

export const playlistSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  active: z.boolean(),
  count: z.number().int(),
});

export type Playlist = z.output<typeof playlistSchema>;

export async function getMe(): Promise<User> {
  return parsed(userSchema, await requestOne('GET', 'users/me'), 'user');
}

export async function getUser(id: number): Promise<User> {
  return parsed(userSchema, await requestOne('GET', `users/${id}`), 'user');
}

export async function getSocketToken(): Promise<string> {
  return parsed(
    z.string().min(1),
    await requestOne('GET', 'auth/token'),
    'token',
  );
}

export async function joinRoom(slug: string): Promise<void> {
  await request('POST', 'rooms/join', { slug });
}

export async function getRoomState(): Promise<RoomSnapshot> {
  return parsed(
    roomStateSchema,
    await requestOne('GET', 'rooms/state'),
    'room state',
  );
}

export async function getPlaylists(): Promise<Playlist[]> {
  return parsed(
    z.array(playlistSchema),
    await request('GET', 'playlists'),
    'playlist list',
  );
}

export interface Credentials {
  email: string;
  password: string;
}

export async function logIn({ email, password }: Credentials): Promise<void> {
  const init = await requestOne('GET', 'mobile/init');
  const { c: csrf } = parsed(z.object({ c: z.string() }), init, 'csrf token');
  await request('POST', 'auth/login', { csrf, email, password });
}

export async function signUp(
  body: Credentials & { username: string },
): Promise<void> {
  await request('POST', 'users/signup', body);
}

export async function logOut(): Promise<void> {
  await request('DELETE', 'auth/session');
}

export async function vote(body: VoteBody): Promise<void> {
  await request('POST', 'votes', body);
}

export async function grab(body: GrabBody): Promise<void> {
  await request('POST', 'grabs', body);
}

export async function joinWaitlist(): Promise<void> {
  await request('POST', 'booth');
}

export async function leaveWaitlist(): Promise<void> {
  await request('DELETE', 'booth');
}

export async function skipPlay(body: SkipBody): Promise<void> {
  await request('POST', 'booth/skip', body);
}

export async function deleteChat(cid: string): Promise<void> {
  await request('DELETE', `chat/${encodeURIComponent(cid)}`);
}
