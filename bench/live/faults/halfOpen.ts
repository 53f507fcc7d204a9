/**
 * Connections that never authenticate: sockets that open and stay quiet,
 * and a TCP connection that sends half an HTTP request. The server should
 * close them after a while (sockets: 30 s without auth).
 */
import { connect, type Socket } from 'node:net';
import type { WebSocket } from 'ws';
import { openSocket } from '../outsider';
import type { ServerChild } from '../server';
import type { Outcome } from './context';

const SOCKETS = 20;
const ADDRESS = '127.0.0.60';
export const HALF_OPEN_WAIT_MS = 35_000;

export interface HalfOpen {
  openedAt: number;
  closed: { code: number; afterMs: number }[];
  sockets: WebSocket[];
  raw: Socket;
  rawClosedAfterMs: number | null;
}

export async function openHalfOpen(server: ServerChild): Promise<HalfOpen> {
  const openedAt = performance.now();
  const sockets: WebSocket[] = [];
  const closed: HalfOpen['closed'] = [];
  for (let i = 0; i < SOCKETS; i++) {
    const ws = await openSocket(server.url, ADDRESS);
    ws.on('close', (code) =>
      closed.push({ code, afterMs: performance.now() - openedAt }),
    );
    sockets.push(ws);
  }

  const raw = connect({ host: '127.0.0.1', port: server.port });
  raw.on('error', () => {});
  raw.write(
    'GET /socket HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n',
  );
  const half: HalfOpen = {
    openedAt,
    closed,
    sockets,
    raw,
    rawClosedAfterMs: null,
  };
  raw.on('close', () => {
    half.rawClosedAfterMs = performance.now() - openedAt;
  });
  return half;
}

export function judgeHalfOpen(half: HalfOpen, serverUp: boolean): Outcome {
  const byTimeout = half.closed.filter((c) => c.code === 4001);
  const latest = Math.max(...half.closed.map((c) => c.afterMs));
  const raw =
    half.rawClosedAfterMs === null
      ? 'the half-sent HTTP request still open (not waited for longer)'
      : `the half-sent request closed after ${(half.rawClosedAfterMs / 1000).toFixed(0)} s`;
  for (const ws of half.sockets) ws.terminate();
  half.raw.destroy();

  return {
    scenario: `(d) ${SOCKETS} sockets never authenticate`,
    pass: byTimeout.length === SOCKETS && serverUp,
    figure:
      `${byTimeout.length} of ${SOCKETS} closed by the server (4001) ` +
      `within ${(latest / 1000).toFixed(1)} s; ${raw} ` +
      `at ${((performance.now() - half.openedAt) / 1000).toFixed(0)} s`,
  };
}
