/**
 * One load phase: a fresh server, `users` members in the lobby, a few of
 * them DJing, everyone chatting and voting for `seconds`, then figures.
 */
import { signUpMembers, sleep, waitUntilLive } from './crowd';
import type { FanOutSummary } from './fanout';
import type { Member } from './member';
import { ServerChild } from './server';
import { percentile } from './stats';
import { describeCounts, Traffic } from './traffic';

export interface PhaseResult {
  users: number;
  seconds: number;
  onlineMs: number;
  fanOut: FanOutSummary;
  plays: number;
  refusals: string;
  restFailures: string;
  state: { requests: number; p50: number; p95: number; max: number };
  rss: [number, number];
  heap: [number, number];
  serverCpuMs: number;
  benchCpuMs: number;
  wallMs: number;
  serverWarnings: number;
}

const DRAIN_MS = 2000;
const STATE_EVERY_MS = 500;

export async function runPhase(
  users: number,
  seconds: number,
  seed: number,
): Promise<PhaseResult> {
  const server = new ServerChild();
  try {
    await server.start(0);
    const traffic = new Traffic({ seed });
    const began = performance.now();
    const members = await signUpMembers(server.url, users, traffic.hooks, 'L');
    await connectAll(members);
    const onlineMs = performance.now() - began;

    const rss0 = server.rssMiB();
    const heap0 = await server.heapMiB();
    const cpu0 = server.cpuMs();
    const bench0 = process.cpuUsage();
    const started = performance.now();

    traffic.start(members);
    const djs = members.slice(0, Math.min(5, Math.ceil(users / 4)));
    for (const dj of djs) await dj.rest.ok('POST', 'booth');
    const state = await probeState(members, seconds * 1000);
    traffic.stop();
    await sleep(DRAIN_MS);

    const benchCpu = process.cpuUsage(bench0);
    const sorted = state.sort((a, b) => a - b);
    const result: PhaseResult = {
      users,
      seconds,
      onlineMs,
      fanOut: traffic.book.window.summary(),
      plays: traffic.plays.size,
      refusals: describeCounts(traffic.refusals),
      restFailures: describeCounts(traffic.restFailures),
      state: {
        requests: sorted.length,
        p50: percentile(sorted, 50),
        p95: percentile(sorted, 95),
        max: sorted.at(-1) ?? NaN,
      },
      rss: [rss0, server.rssMiB()],
      heap: [heap0, await server.heapMiB()],
      serverCpuMs: server.cpuMs() - cpu0,
      benchCpuMs: (benchCpu.user + benchCpu.system) / 1000,
      wallMs: performance.now() - started,
      serverWarnings: server.problems.length,
    };
    for (const member of members) member.stop();
    return result;
  } finally {
    await server.dispose();
  }
}

async function connectAll(members: readonly Member[]): Promise<void> {
  for (const member of members) {
    member.connect();
    // Spread the openings a little, as page loads would be.
    await sleep(5);
  }
  const { live } = await waitUntilLive(members, 30_000);
  if (live < members.length) {
    throw new Error(`[bench] only ${live} of ${members.length} got online`);
  }
}

/** Times GET rooms/state from a different member every half second. */
async function probeState(members: readonly Member[], forMs: number) {
  const latencies: number[] = [];
  const until = performance.now() + forMs;
  for (let i = 0; performance.now() < until; i++) {
    const member = members[i % members.length];
    const answer = await member?.rest.get('rooms/state');
    if (answer?.status === 'ok') latencies.push(answer.ms);
    await sleep(
      Math.max(0, Math.min(STATE_EVERY_MS, until - performance.now())),
    );
  }
  return latencies;
}
