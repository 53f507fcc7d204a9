/**
 * `npm run bench`: one million recorded frames through the client's decode
 * and reduce, next to JSON.parse alone (the floor) and miniplug's own event
 * handling (a real peer), all in this process on the same frames. See
 * bench/README.md for the method.
 */
import { recordSession, type Recording } from './frames';
import { miniplugRunner, type MiniplugRunner } from './miniplug';
import { count, load, machine, rows, table, type Timing } from './report';
import {
  decodeOnlyRunner,
  jsonParseRunner,
  wootroomRunner,
  type Runner,
  type WootroomRunner,
} from './runners';

const FRAMES = Number(process.env.BENCH_FRAMES ?? 1_000_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const WARMUP_FRAMES = Math.min(FRAMES, 100_000);
const SEED = 20261130;

function say(text = ''): void {
  process.stdout.write(`${text}\n`);
}

function fail(problem: string): never {
  throw new Error(`[bench] ${problem}`);
}

function timePass(runner: Runner, frames: readonly string[], checks: Checks) {
  runner.reset();
  const started = process.hrtime.bigint();
  const pass = runner.run(frames);
  const ns = Number(process.hrtime.bigint() - started);

  if (pass.events !== checks.events)
    fail(`${runner.name} handled ${pass.events} events, not ${checks.events}`);
  const first = checks.checksums.get(runner.name) ?? pass.checksum;
  if (pass.checksum !== first)
    fail(`${runner.name} ended in a different state from one pass to the next`);
  checks.checksums.set(runner.name, pass.checksum);
  return ns;
}

interface Checks {
  events: number;
  checksums: Map<string, number>;
}

async function main() {
  const began = performance.now();
  say('# Wootroom client benchmark');
  say();
  say(machine());
  say(`at the start: ${load()}`);

  const recording = recordSession(FRAMES, SEED);
  describe(recording, performance.now() - began);

  const wootroom = wootroomRunner(recording);
  const miniplug = await miniplugRunner(recording);
  const runners: Runner[] = [
    jsonParseRunner(),
    decodeOnlyRunner(),
    wootroom,
    miniplug,
  ];
  const checks: Checks = { events: recording.events, checksums: new Map() };

  const warmup = recording.frames.slice(0, WARMUP_FRAMES);
  for (const runner of runners) {
    runner.reset();
    runner.run(warmup);
  }

  const timings: Timing[] = runners.map((r) => ({
    runner: r.name,
    passes: [],
  }));
  for (let round = 1; round <= ROUNDS; round++) {
    say(`round ${round}/${ROUNDS}...`);
    runners.forEach((runner, i) => {
      timings[i]?.passes.push(timePass(runner, recording.frames, checks));
    });
  }

  say();
  say(table(rows(timings, FRAMES, recording.events)));
  say();
  say('checks:');
  check(recording, wootroom, miniplug);
  await miniplug.close?.();
  say(
    `- miniplug: the ${count(friends(recording))} friend events per pass ` +
      'make it look the friend up over REST; it refuses each lookup itself ' +
      `(not connected; ${count(miniplug.refused())} refused so far, the ` +
      'rest wait in its back-off queue), so nothing is sent',
  );

  const seconds = (performance.now() - began) / 1000;
  const peak = Math.round(process.resourceUsage().maxRSS / 1024);
  say();
  say(`done in ${seconds.toFixed(0)} s, peak memory ${peak} MiB`);
  say(`at the end: ${load()}`);
}

function describe(recording: Recording, ms: number) {
  const mb = (recording.bytes / 1e6).toFixed(0);
  say();
  say(
    `session: ${count(FRAMES)} frames (${mb} MB), ` +
      `${count(recording.events)} events; seed ${SEED}, ` +
      `recorded in ${(ms / 1000).toFixed(1)} s`,
  );
  say(
    `  ${count(recording.batched)} frames carry several events, ` +
      `${count(recording.heartbeats)} are heartbeats; ` +
      `${count(recording.otherRoom)} events are for another room`,
  );
  say(
    `method: ${ROUNDS} timed passes per runner, interleaved, after a ` +
      `${count(WARMUP_FRAMES)}-frame warm-up; figures are medians`,
  );
  say();
}

function friends(recording: Recording): number {
  const { actions } = recording;
  return (
    (actions.get('friendRequest') ?? 0) + (actions.get('friendAccept') ?? 0)
  );
}

function check(
  recording: Recording,
  wootroom: WootroomRunner,
  miniplug: MiniplugRunner,
) {
  const unexpected = [...wootroom.drops.keys()].filter(
    (reason) => !reason.startsWith('event for another room'),
  );
  if (unexpected.length > 0) fail(`decoder dropped events: ${unexpected}`);
  const dropped = [...wootroom.drops.values()].reduce((a, b) => a + b, 0);
  if (dropped !== recording.otherRoom)
    fail(`decoder dropped ${dropped} events, not ${recording.otherRoom}`);

  const ours = wootroom.summary();
  const theirs = miniplug.summary();
  if (!ours || JSON.stringify(ours) !== JSON.stringify(theirs))
    fail(`the clients disagree on the room: ${JSON.stringify([ours, theirs])}`);

  say(
    `- every runner handled all ${count(recording.events)} events in every ` +
      'pass, and each of its passes ended in the same state (checksum)',
  );
  say(
    `- wootroom dropped exactly the ${count(dropped)} events for another ` +
      'room, nothing else',
  );
  say(
    '- wootroom and miniplug end in the same room: ' +
      `${ours.users} users, ${ours.guests} guests, ${ours.waitlist} waiting, ` +
      'the same song',
  );
}

main().then(
  // miniplug's refused lookups wait in its request back-off queue for
  // seconds each; nothing is left to do, so do not wait for them.
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : error}\n`);
    process.exit(1);
  },
);
