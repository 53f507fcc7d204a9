/**
 * Real servers for tests: port 0, a temporary SQLite file, a manual clock
 * and a quiet log. `Client` keeps a cookie jar the way a plug client does.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer, type ServerOptions } from '../app';
import { createLog } from '../log';
import { ManualClock } from './manualClock';

export const HOST = {
  email: 'host@wootroom.test',
  password: 'host-password-1',
};

export interface TestServer extends RunningServer {
  clock: ManualClock;
  dir: string;
  logLines: string[];
}

export async function testServer(
  options: Partial<ServerOptions> = {},
): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'wootroom-test-'));
  const clock = new ManualClock();
  const logLines: string[] = [];
  const server = await startServer({
    dbPath: join(dir, 'room.db'),
    port: 0,
    clock,
    log: createLog('warn', (line) => logLines.push(line)),
    hostEmail: HOST.email,
    hostPassword: HOST.password,
    distDir: join(dir, 'no-dist'),
    leaveGraceMs: 0,
    // Tests drive one host account through many requests on a clock that
    // never moves by itself; the flood tests turn the limit back on.
    restFlood: false,
    ...options,
  });

  return {
    ...server,
    clock,
    dir,
    logLines,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Envelope {
  status: string;
  data: unknown[];
  time?: number;
  meta?: object;
}

export interface Reply {
  http: number;
  body: Envelope;
  setCookie: string | null;
}

export class Client {
  cookie: string | null = null;

  constructor(readonly base: string) {}

  async request(method: string, path: string, body?: unknown): Promise<Reply> {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
    };
    if (this.cookie) headers.cookie = `session=${this.cookie}`;

    const response = await fetch(new URL(`_/${path}`, this.base), {
      method,
      headers,
      body:
        body === undefined
          ? undefined
          : typeof body === 'string'
            ? body
            : JSON.stringify(body),
    });
    const setCookie = response.headers.get('set-cookie');
    const value = /^session=([^;]*)/.exec(setCookie ?? '')?.[1];
    if (value) this.cookie = value;

    return {
      http: response.status,
      body: (await response.json()) as Envelope,
      setCookie,
    };
  }

  get = (path: string) => this.request('GET', path);
  post = (path: string, body?: unknown) => this.request('POST', path, body);
  delete = (path: string) => this.request('DELETE', path);

  /** The plug login flow: csrf from mobile/init, then auth/login. */
  async logIn(email: string, password: string): Promise<Reply> {
    const init = await this.get('mobile/init');
    const { c } = init.body.data[0] as { c: string };
    return this.post('auth/login', { csrf: c, email, password });
  }

  async token(): Promise<string> {
    const reply = await this.get('auth/token');
    return reply.body.data[0] as string;
  }
}

let accounts = 0;

export function account(prefix = 'user') {
  accounts += 1;
  return {
    email: `${prefix}${accounts}@wootroom.test`,
    username: `${prefix}${accounts}`,
    password: `password-${prefix}-${accounts}`,
  };
}

/** A new account, signed up and logged in; optionally already in a room. */
export async function signedUp(server: RunningServer, room?: string) {
  const details = account();
  const client = new Client(server.url);
  const reply = await client.post('users/signup', details);
  const user = reply.body.data[0] as { id: number; username: string };
  if (room) await client.post('rooms/join', { slug: room });
  return { client, user, details };
}

export async function hostClient(server: RunningServer, room = 'lobby') {
  const client = new Client(server.url);
  const reply = await client.logIn(HOST.email, HOST.password);
  const user = reply.body.data[0] as { id: number; username: string };
  await client.post('rooms/join', { slug: room });
  return { client, user };
}
