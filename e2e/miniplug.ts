/**
 * miniplug, a plug.dj client library written for the real plug.dj, pointed
 * at our server. It hard-codes plug.dj's socket address and an https agent,
 * so we hand it an http agent and wrap the socket module it loads to aim at
 * our /socket instead. Nothing else of it is changed.
 */
import { Agent } from 'node:http';
import { createRequire } from 'node:module';

type SocketFactory = (token?: string, options?: object) => unknown;

export interface MiniplugUser {
  id: number;
  username: string;
}

export interface MiniplugChat {
  message: string;
  cid: string;
  user?: MiniplugUser;
}

export interface Miniplug {
  connect(credentials: { email: string; password: string }): Promise<Miniplug>;
  join(slug: string): Promise<{ slug: string; name: string }>;
  chat(text: string): Promise<MiniplugChat>;
  me(): MiniplugUser | null;
  on(event: string, listener: (...args: never[]) => void): void;
  ws: { close(): void; once(event: string, cb: () => void): void };
}

const require = createRequire(import.meta.url);
const miniplugPath = require.resolve('miniplug');
const socketPath = createRequire(miniplugPath).resolve('plug-socket');

let target = { url: '', origin: '' };

const original = require(socketPath) as SocketFactory;
const cached = require.cache[socketPath];
if (!cached) throw new Error('plug-socket did not load');
cached.exports = ((token, options) =>
  original(token, { ...options, ...target })) satisfies SocketFactory;

const createMiniplug = require('miniplug') as (options: {
  host: string;
  agent: Agent;
}) => Miniplug;

export function miniplugFor(server: { url: string; wsUrl: string }) {
  target = { url: server.wsUrl, origin: server.url };
  return createMiniplug({ host: server.url, agent: new Agent() });
}
