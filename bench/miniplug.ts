/**
 * The reference peer: miniplug 2.0.3, unchanged, as a plug.dj bot would run
 * it. Its `connect()` logs in over HTTP and opens plug.dj's own socket
 * address, so it is not called. Instead the bench does what `connect()`
 * would, with nothing leaving this machine:
 *
 * - a real plug-socket (the module miniplug loads) connects to a WebSocket
 *   server started here on 127.0.0.1;
 * - that socket becomes `mp.ws` and `connected` is emitted with our user,
 *   so every plugin attaches its socket handlers;
 * - `roomState` is emitted with the session's snapshot, as `join()` does;
 * - each frame goes to plug-socket's `onmessage`, which parses it and emits
 *   each action on the socket, exactly as for a message off the wire.
 *
 * miniplug's REST host is the same loopback server, and miniplug refuses
 * REST calls until `connect()` has run, so none is ever made. Only the
 * friend events ask for one (miniplug looks the friend up); each such
 * lookup is refused at once by that guard and counted here.
 */
import { once, type EventEmitter } from 'node:events';
import { Agent } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { WebSocketServer } from 'ws';
import type { Recording } from './frames';
import { mix, type RoomSummary, type Runner } from './runners';

/** A `ws` 5 client socket with plug-socket's additions. */
interface PlugSocket extends EventEmitter {
  /** plug-socket's frame handler: JSON.parse, then one emit per action. */
  readonly onmessage: ((event: { data: string }) => void) | undefined;
  close(): void;
}

interface PlugSocketOptions {
  url: string;
  origin: string;
  /** Closes the socket after this long without a frame. */
  timeout: number;
}

interface Miniplug {
  ws?: PlugSocket;
  connected?: unknown;
  emit(event: 'connected' | 'roomState', payload: unknown): boolean;
  users(): unknown[];
  guests(): number;
  waitlist(): unknown[];
  historyEntry(): { id: string; media: { id: number } } | null;
  score(): { positive: number; negative: number; grabs: number };
}

const require = createRequire(import.meta.url);
const miniplugPath = require.resolve('miniplug');
const createMiniplug = require(miniplugPath) as (options: {
  host: string;
  agent: Agent;
}) => Miniplug;
const plugSocket = createRequire(miniplugPath)('plug-socket') as (
  token: undefined,
  options: PlugSocketOptions,
) => PlugSocket;

const NOT_CONNECTED = 'No connection available';
const HOUR = 3_600_000;

export interface MiniplugRunner extends Runner {
  /** REST lookups miniplug asked for and refused itself, so far. */
  readonly refused: () => number;
}

export async function miniplugRunner(
  recording: Recording,
): Promise<MiniplugRunner> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  let refused = 0;
  process.on('unhandledRejection', (reason) => {
    if (reason instanceof Error && reason.message.startsWith(NOT_CONNECTED)) {
      refused += 1;
      return;
    }
    throw reason;
  });

  const mp = createMiniplug({ host: origin, agent: new Agent() });
  const ws = plugSocket(undefined, {
    url: `ws://127.0.0.1:${port}/socket`,
    origin,
    // Between passes no frame arrives; without this plug-socket would close
    // the socket for want of a heartbeat.
    timeout: HOUR,
  });
  await once(ws, 'open');
  if (mp.connected) throw new Error('[bench] miniplug must not be connected');

  // Counts what was handled; stands in for the debug listener that
  // `connect()` puts on the same event.
  let actions = 0;
  ws.on('action', () => {
    actions += 1;
  });
  mp.ws = ws;
  mp.emit('connected', { ...recording.me });

  const onmessage = ws.onmessage;
  if (!onmessage) throw new Error('[bench] plug-socket has no onmessage');

  return {
    name: 'miniplug 2.0.3 handlers',
    refused: () => refused,
    reset() {
      mp.emit('roomState', JSON.parse(recording.snapshot));
    },
    run(frames) {
      actions = 0;
      for (const raw of frames) onmessage({ data: raw });
      return { events: actions, checksum: miniplugChecksum(mp) };
    },
    summary: (): RoomSummary => ({
      users: mp.users().length,
      guests: mp.guests(),
      waitlist: mp.waitlist().length,
      historyID: mp.historyEntry()?.id ?? null,
    }),
    async close() {
      ws.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

function miniplugChecksum(mp: Miniplug): number {
  const score = mp.score();
  return mix([
    mp.users().length,
    mp.guests(),
    mp.waitlist().length,
    mp.historyEntry()?.media.id ?? 0,
    score.positive,
    score.negative,
    score.grabs,
  ]);
}
