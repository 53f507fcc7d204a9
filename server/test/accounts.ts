/** Helpers for account tests: users with a socket, and PUT requests. */
import type { RunningServer } from '../app';
import { signedUp, type Client } from './harness';
import { TestSocket } from './socket';

export async function online(server: RunningServer, room?: string) {
  const member = await signedUp(server, room);
  const socket = await TestSocket.authed(
    server.url,
    await member.client.token(),
  );
  return { ...member, socket };
}

export type Online = Awaited<ReturnType<typeof online>>;

export const put = (client: Client, path: string, body: unknown) =>
  client.request('PUT', path, body);

export interface AdvanceP {
  c: number;
  h: string;
  p: number;
  m: { duration: number };
}

/** Puts the user in the empty booth and answers the play that starts. */
export async function startPlaying(dj: Online): Promise<AdvanceP> {
  await dj.client.post('booth');
  const advance = await dj.socket.next(
    'advance',
    (p) => (p as { c?: number }).c === dj.user.id,
  );
  return advance.p as AdvanceP;
}
