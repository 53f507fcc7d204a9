/**
 * One member sends 1,000 malformed socket frames and 1,000 bad REST
 * bodies as fast as it can. The server must drop them, stay up, and serve
 * everyone else as before.
 */
import type { WebSocket } from 'ws';
import { sleep } from '../crowd';
import { outsider } from '../outsider';
import type { Rest } from '../rest';
import { FanOut } from '../fanout';
import { count, ms } from '../stats';
import { bump, describeCounts } from '../traffic';
import {
  compare,
  measureWindow,
  unchanged,
  type FaultRun,
  type Outcome,
} from './context';

const FRAMES = 1000;
const BODIES = 1000;
const ADDRESS = '127.0.0.50';

const BAD_FRAMES: readonly (string | Buffer)[] = [
  '{"a":"chat"',
  'not json',
  '[]',
  'null',
  '{"a":"chat","p":5,"t":1}',
  '{"a":"auth","p":{},"t":1}',
  '{"a":"vote","p":"1","t":1}',
  '{"a":"chat","p":"line\\nbreak","t":"x"}',
  JSON.stringify({ a: 'chat', p: '\u0000'.repeat(300), t: 1 }),
  Buffer.from([0xff, 0x00, 0x13]),
];

const BAD_BODIES: readonly [string, string][] = [
  ['votes', '{"direction":'],
  ['votes', '{"direction":7,"historyID":""}'],
  ['rooms/join', '{"slug":5}'],
  ['rooms/join', '{"slug":"lobby","extra":true}'],
  ['booth/skip', '[1,2,3]'],
  ['grabs', '"just a string"'],
  ['users/signup', '{"email":1}'],
  ['votes', 'x'.repeat(20 * 1024)],
];

export async function garbage(run: FaultRun): Promise<Outcome> {
  const { server, traffic } = run;
  const abuser = await outsider(server.url, 'bgarbage', ADDRESS);
  const answers = new Map<string, number>();
  const closes: number[] = [];
  abuser.ws.on('close', (code) => closes.push(code));

  const started = performance.now();
  const burst = new FanOut();
  traffic.book.window = burst;
  await Promise.all([sendFrames(abuser.ws), sendBodies(abuser.rest, answers)]);
  const tookMs = performance.now() - started;
  traffic.book.window = new FanOut();
  const after = await measureWindow(traffic, 3000);
  const during = burst.summary();

  const alive = server.isRunning();
  const check = await run.members[0]?.rest.get('rooms/state');
  abuser.ws.terminate();
  const pass =
    alive &&
    check?.status === 'ok' &&
    during.lost === 0 &&
    unchanged(after, run.reference);
  return {
    scenario: `(c) ${count(FRAMES)} malformed frames, ${count(BODIES)} bad bodies`,
    pass,
    figure:
      `sent in ${(tookMs / 1000).toFixed(1)} s; REST answers: ` +
      `${describeCounts(answers)}; its socket ${socketFate(closes)}; ` +
      `server ${alive ? 'up' : 'DOWN'}; during the burst others' ` +
      `fan-out p95 ${ms(during.p95)}, max ${ms(during.max)}, ` +
      `${during.lost} of ${during.expected} lost; after it: ` +
      compare(after, run.reference),
  };
}

async function sendFrames(ws: WebSocket): Promise<void> {
  for (let i = 0; i < FRAMES; i++) {
    const frame = BAD_FRAMES[i % BAD_FRAMES.length] ?? '';
    ws.send(frame, { binary: typeof frame !== 'string' });
    if (i % 100 === 99) await sleep(10);
  }
}

async function sendBodies(
  rest: Rest,
  answers: Map<string, number>,
): Promise<void> {
  const inFlight = 10;
  let next = 0;
  const worker = async () => {
    while (next < BODIES) {
      const [path, body] = BAD_BODIES[next++ % BAD_BODIES.length] ?? ['', ''];
      const answer = await rest.request('POST', path, body).catch(() => null);
      bump(answers, answer ? `${answer.http} ${answer.status}` : 'no answer');
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
}

function socketFate(closes: readonly number[]): string {
  return closes.length === 0 ? 'stayed open' : `was closed (${closes[0]})`;
}
