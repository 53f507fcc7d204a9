/**
 * A user outside the measured crowd, on a plain socket it controls itself:
 * it can stop reading, send garbage, or never authenticate.
 */
import { readFile } from 'node:fs/promises';
import { WebSocket } from 'ws';
import { encodeAuth } from '../../src/protocol';
import { Rest } from './rest';
import { withTimeout } from './server';

export interface Outsider {
  rest: Rest;
  ws: WebSocket;
}

/** Opens a socket from `localAddress`, without authenticating. */
export async function openSocket(
  base: string,
  localAddress: string,
): Promise<WebSocket> {
  const url = base.replace(/^http/, 'ws') + 'socket';
  const ws = new WebSocket(url, { localAddress });
  const opened = new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  await withTimeout(opened, 5000, 'a socket did not open');
  return ws;
}

/** Signs up, authenticates a socket and joins the lobby. */
export async function outsider(
  base: string,
  name: string,
  address: string,
): Promise<Outsider> {
  const rest = new Rest(base, address);
  await rest.ok('POST', 'users/signup', {
    email: `${name}@bench.test`,
    username: name,
    password: `bench-password-${name}`,
  });
  const token = (await rest.ok('GET', 'auth/token')).data[0] as string;

  const ws = await openSocket(base, address);
  const acked = new Promise((resolve) =>
    ws.on('message', (data) => {
      if (String(data).includes('"ack"')) resolve(true);
    }),
  );
  ws.send(encodeAuth(token));
  await withTimeout(acked, 5000, `${name} got no ack`);
  await rest.ok('POST', 'rooms/join', { slug: 'lobby' });
  return { rest, ws };
}

/** Send and receive queues of loopback TCP sockets, from /proc/net/tcp. */
export async function tcpQueues(
  address: string,
  port: number,
): Promise<{ serverSend: number; clientReceive: number }> {
  const text = await readFile('/proc/net/tcp', 'utf8');
  const server = `0100007F:${hexPort(port)}`;
  const client = `${hexAddress(address)}:`;
  let serverSend = 0;
  let clientReceive = 0;
  for (const line of text.split('\n').slice(1)) {
    const [, local = '', remote = '', , queues = ''] = line.trim().split(/\s+/);
    const [tx = '0', rx = '0'] = queues.split(':');
    if (local === server && remote.startsWith(client)) {
      serverSend += parseInt(tx, 16);
    } else if (local.startsWith(client) && remote === server) {
      clientReceive += parseInt(rx, 16);
    }
  }
  return { serverSend, clientReceive };
}

const hexPort = (port: number) =>
  port.toString(16).toUpperCase().padStart(4, '0');

/** /proc/net/tcp writes IPv4 addresses as little-endian hex. */
function hexAddress(address: string): string {
  return address
    .split('.')
    .reverse()
    .map((part) => Number(part).toString(16).toUpperCase().padStart(2, '0'))
    .join('');
}
