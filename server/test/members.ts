/**
 * Room members for moderation tests: each test gets its own room, so
 * locks, bans and settings never leak between tests sharing a server.
 */
import { ROLE } from '../../src/protocol';
import { Client, HOST, signedUp, type TestServer } from './harness';
import { TestSocket } from './socket';

let rooms = 0;

export interface Member {
  client: Client;
  user: { id: number; username: string };
  socket: TestSocket;
}

/** A new room hosted by the seeded host account. */
export async function freshRoom(server: TestServer): Promise<string> {
  rooms += 1;
  const slug = `room-${rooms}`;
  const { store } = server.app;
  const lobby = await store.rooms.bySlug('lobby');
  const hostID = lobby?.hostID ?? 0;
  const room = await store.rooms.create({
    slug,
    name: `Room ${rooms}`,
    hostID,
  });
  await store.rooms.setRole(room.id, hostID, ROLE.host);
  return slug;
}

async function connect(server: TestServer, client: Client) {
  return TestSocket.authed(server.url, await client.token());
}

/** A signed-up user in `slug` with a live socket, optionally given a role. */
export async function member(
  server: TestServer,
  slug: string,
  role: number = ROLE.user,
): Promise<Member> {
  const { client, user } = await signedUp(server, slug);
  if (role !== ROLE.user) await setRole(server, slug, user.id, role);
  return { client, user, socket: await connect(server, client) };
}

/** The seeded host, in `slug`, with a live socket. */
export async function host(server: TestServer, slug: string): Promise<Member> {
  const client = new Client(server.url);
  const reply = await client.logIn(HOST.email, HOST.password);
  const user = reply.body.data[0] as Member['user'];
  await client.post('rooms/join', { slug });
  return { client, user, socket: await connect(server, client) };
}

export async function setRole(
  server: TestServer,
  slug: string,
  userID: number,
  role: number,
): Promise<void> {
  const room = await server.app.store.rooms.bySlug(slug);
  await server.app.store.rooms.setRole(room?.id ?? 0, userID, role);
}

/** Text of every chat line this socket has received and not yet taken. */
export function chatTexts(socket: TestSocket): string[] {
  return socket.events
    .filter((e) => e.a === 'chat')
    .map((e) => (e.p as { message: string }).message);
}

/** Lets frames in flight land, then forgets them: a test sees what follows. */
export async function settle(...members: Member[]): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 30));
  for (const m of members) m.socket.events.length = 0;
}
