/**
 * `npm run bench:faults`: fault scenarios against a real server child on
 * 127.0.0.1, each bounded in time: a client that stops reading, a client
 * sending garbage, sockets that never authenticate, and a SIGKILL with a
 * restart on the same database. Prints one table; fails if any fails.
 */
import { signUpMembers, sleep, waitUntilLive } from './live/crowd';
import { crash, integrityCheck } from './live/faults/crash';
import {
  measureWindow,
  type FaultRun,
  type Outcome,
} from './live/faults/context';
import { garbage } from './live/faults/garbage';
import {
  HALF_OPEN_WAIT_MS,
  judgeHalfOpen,
  openHalfOpen,
} from './live/faults/halfOpen';
import { silentClient } from './live/faults/silent';
import { closeAgents } from './live/rest';
import { ServerChild } from './live/server';
import { ms, say, table } from './live/stats';
import { Traffic } from './live/traffic';
import { load, machine } from './report';

const USERS = Number(process.env.BENCH_USERS ?? 50);
const SEED = 20260302;

async function setUp(server: ServerChild): Promise<FaultRun> {
  // Long lines put more bytes through, which a silent client must absorb.
  const traffic = new Traffic({ seed: SEED, lineLength: 200 });
  const members = await signUpMembers(server.url, USERS, traffic.hooks, 'F');
  for (const member of members) member.connect();
  const { live } = await waitUntilLive(members, 20_000);
  if (live < members.length) throw new Error(`[bench] only ${live} online`);

  traffic.start(members);
  for (const dj of members.slice(0, 3)) await dj.rest.ok('POST', 'booth');
  const reference = await measureWindow(traffic, 6000);
  return { server, traffic, members, reference };
}

/** SIGTERM after all that: a clean exit and a sound file. */
async function cleanStop(server: ServerChild): Promise<Outcome> {
  const code = await server.stop('SIGTERM');
  const integrity = integrityCheck(server.dbPath);
  return {
    scenario: 'SIGTERM at the end',
    pass: code === 0 && integrity === 'ok',
    figure:
      `exit code ${String(code)}; integrity_check ${integrity}; ` +
      `${server.problems.length} server log lines at warn or above`,
  };
}

async function main() {
  const began = performance.now();
  say('# Wootroom faults: real server child on 127.0.0.1');
  say();
  say(machine());
  say(`at the start: ${load()}`);

  const server = new ServerChild();
  const outcomes: Outcome[] = [];
  try {
    await server.start(0);
    const half = await openHalfOpen(server);
    const run = await setUp(server);
    say(
      `${USERS} members online; reference fan-out p95 ${ms(run.reference.p95)}`,
    );

    outcomes.push(await silentClient(run));
    outcomes.push(await garbage(run));
    await sleep(
      Math.max(0, half.openedAt + HALF_OPEN_WAIT_MS - performance.now()),
    );
    outcomes.push(judgeHalfOpen(half, server.isRunning()));
    outcomes.push(await crash(run));

    run.traffic.stop();
    for (const member of run.members) member.stop();
    outcomes.push(await cleanStop(server));
  } finally {
    await server.dispose();
    closeAgents();
  }

  say();
  say(
    table(
      ['scenario', 'result', 'figure'],
      outcomes.map((o) => [o.scenario, o.pass ? 'pass' : 'FAIL', o.figure]),
    ),
  );
  say();
  say(`at the end: ${load()}`);
  say(`whole run ${((performance.now() - began) / 1000).toFixed(0)} s`);
  process.exitCode = outcomes.every((o) => o.pass) ? 0 : 1;
}

await main();
