/**
 * SIGKILL mid-session, while members chat and a play is on air, then a
 * restart on the same database and port. Members come back through their
 * own reconnect loop; accounts, the room and playlists must survive and
 * the SQLite file must pass its integrity check.
 */
import Database from 'better-sqlite3';
import { sleep } from '../crowd';
import type { Member } from '../member';
import { Rest } from '../rest';
import { withTimeout } from '../server';
import { percentile } from '../stats';
import { measureWindow, type FaultRun, type Outcome } from './context';

const BACK_TIMEOUT_MS = 40_000;
const SAMPLE = 5;

interface Durable {
  playlists: string[];
  history: number;
}

export async function crash(run: FaultRun): Promise<Outcome> {
  const { server, traffic, members } = run;
  const sample = members.slice(0, SAMPLE);
  const before = await durable(sample);
  const onAir = await playOnAir(members[0]);

  await server.stop('SIGKILL');
  const killedAt = performance.now();
  const restartMs = await server.start();
  const startedAt = performance.now();
  const integrity = integrityCheck(server.dbPath);

  const backAt = new Map<Member, number>();
  traffic.onEcho = (member) => {
    if (!backAt.has(member)) backAt.set(member, performance.now());
  };
  const allBack = withTimeout(
    (async () => {
      while (backAt.size < members.length) await sleep(20);
    })(),
    BACK_TIMEOUT_MS,
    'not every member came back',
  ).catch(() => null);
  await allBack;
  const back = [...backAt.values()].map((at) => at - startedAt);
  const lastBack = Math.max(...back);

  const after = await durable(sample);
  const logins = await logInAgain(server.url, sample);
  const resumed = await playOnAir(members[0]);
  const window = await measureWindow(traffic, 3000);

  const kept =
    JSON.stringify(after.playlists) === JSON.stringify(before.playlists);
  const pass =
    backAt.size === members.length &&
    integrity === 'ok' &&
    kept &&
    after.history >= before.history &&
    logins === sample.length &&
    window.lost === 0;
  const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  return {
    scenario: '(a) SIGKILL mid-session, restart on the same file',
    pass,
    figure:
      `${backAt.size} of ${members.length} members back and chatting ` +
      `${secs(lastBack)} after the restart (median ` +
      `${secs(
        percentile(
          back.sort((a, b) => a - b),
          50,
        ),
      )}; ` +
      `${secs(lastBack + startedAt - killedAt)} after the kill; the restart took ` +
      `${secs(restartMs)}); integrity_check ${integrity}; ` +
      `${kept ? 'playlists kept' : 'PLAYLISTS CHANGED'}, ` +
      `${after.history} of ${before.history} history rows, ` +
      `${logins} of ${sample.length} password logins ok; ` +
      `the play on air ${onAir && resumed === onAir ? 'resumed' : 'was not resumed'}; ` +
      `${window.lost} of ${window.expected} lost after`,
  };
}

async function durable(sample: readonly Member[]): Promise<Durable> {
  const playlists: string[] = [];
  for (const member of sample) {
    const answer = await member.rest.ok('GET', 'playlists');
    playlists.push(JSON.stringify(answer.data));
  }
  const history = await sample[0]?.rest.ok('GET', 'rooms/history');
  return { playlists, history: history?.data.length ?? 0 };
}

async function playOnAir(member: Member | undefined): Promise<string | null> {
  const state = await member?.rest.get('rooms/state');
  const room = state?.data[0] as
    { playback?: { historyID?: string } } | undefined;
  return room?.playback?.historyID || null;
}

/** The plug login flow with each member's password, on a fresh session. */
async function logInAgain(base: string, sample: readonly Member[]) {
  let ok = 0;
  for (const member of sample) {
    const rest = new Rest(base, member.rest.localAddress);
    const init = await rest.ok('GET', 'mobile/init');
    const { c: csrf } = init.data[0] as { c: string };
    const login = await rest.post('auth/login', {
      csrf,
      email: `${member.username}@bench.test`,
      password: `bench-password-${member.index}`,
    });
    if (login.status === 'ok') ok += 1;
  }
  return ok;
}

export function integrityCheck(path: string): string {
  const db = new Database(path, { readonly: true });
  try {
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    return rows.map((row) => row.integrity_check).join('; ');
  } finally {
    db.close();
  }
}
