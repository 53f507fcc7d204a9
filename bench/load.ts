/**
 * `npm run bench:load`: chat fan-out, REST latency, memory and CPU of a
 * real server child on 127.0.0.1, first with 10 users (the reference),
 * then with BENCH_USERS (200) for BENCH_SECONDS (30). Loss must be 0 and
 * no refusals are expected at this pace; the run fails otherwise.
 */
import { runPhase, type PhaseResult } from './live/phase';
import { closeAgents } from './live/rest';
import { count, mib, ms, say, table } from './live/stats';
import { load, machine } from './report';

const USERS = Number(process.env.BENCH_USERS ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const REFERENCE_USERS = 10;
const REFERENCE_SECONDS = 10;
const SEED = 20260301;

function rows(phases: readonly PhaseResult[]): string[][] {
  const each = (fn: (p: PhaseResult) => string) => phases.map(fn);
  const pct = (cpuMs: number, p: PhaseResult) =>
    `${((cpuMs / p.wallMs) * 100).toFixed(0)}%`;
  return [
    ['time to sign up and connect', ...each((p) => ms(p.onlineMs))],
    ['measured for', ...each((p) => `${p.seconds} s`)],
    ['chat lines sent', ...each((p) => count(p.fanOut.lines))],
    ['deliveries expected', ...each((p) => count(p.fanOut.expected))],
    ['deliveries lost', ...each((p) => count(p.fanOut.lost))],
    ['fan-out p50', ...each((p) => ms(p.fanOut.p50))],
    ['fan-out p95', ...each((p) => ms(p.fanOut.p95))],
    ['fan-out p99', ...each((p) => ms(p.fanOut.p99))],
    ['fan-out max', ...each((p) => ms(p.fanOut.max))],
    ['plays (votes on each)', ...each((p) => count(p.plays))],
    ['socket refusals', ...each((p) => p.refusals)],
    ['REST failures', ...each((p) => p.restFailures)],
    ['rooms/state requests', ...each((p) => count(p.state.requests))],
    ['rooms/state p50', ...each((p) => ms(p.state.p50))],
    ['rooms/state p95', ...each((p) => ms(p.state.p95))],
    ['rooms/state max', ...each((p) => ms(p.state.max))],
    ['server RSS before -> after', ...each((p) => p.rss.map(mib).join(' -> '))],
    [
      'server heap before -> after',
      ...each((p) => p.heap.map(mib).join(' -> ')),
    ],
    ['server CPU (one core)', ...each((p) => pct(p.serverCpuMs, p))],
    ['bench client CPU (one core)', ...each((p) => pct(p.benchCpuMs, p))],
    ['server warnings logged', ...each((p) => count(p.serverWarnings))],
  ];
}

function problems(phases: readonly PhaseResult[]): string[] {
  return phases.flatMap((p) => [
    ...(p.fanOut.lost === 0 ? [] : [`${p.users} users: ${p.fanOut.lost} lost`]),
    ...(p.refusals === '0' ? [] : [`${p.users} users: refused ${p.refusals}`]),
    ...(p.restFailures === '0'
      ? []
      : [`${p.users} users: REST ${p.restFailures}`]),
  ]);
}

async function main() {
  const began = performance.now();
  say('# Wootroom load: one room, real server child on 127.0.0.1');
  say();
  say(machine());
  say(`at the start: ${load()}`);

  const phases: PhaseResult[] = [];
  for (const [users, seconds] of [
    [REFERENCE_USERS, REFERENCE_SECONDS],
    [USERS, SECONDS],
  ] as const) {
    say(`${users} users for ${seconds} s...`);
    phases.push(await runPhase(users, seconds, SEED));
  }

  say();
  const head = ['', ...phases.map((p) => `${p.users} users`)];
  say(table(head, rows(phases)));
  say();
  say(`at the end: ${load()}`);
  say(`whole run ${((performance.now() - began) / 1000).toFixed(0)} s`);

  const found = problems(phases);
  for (const problem of found) say(`FAIL ${problem}`);
  process.exitCode = found.length === 0 ? 0 : 1;
}

await main().finally(closeAgents);
