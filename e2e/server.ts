/**
 * Starts the real room server, as `npm start` runs it, on a free loopback
 * port with a fresh SQLite file, and stops it again. Every test gets its
 * own, so no test sees another's room.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningServer {
  url: string;
  wsUrl: string;
  host: { email: string; password: string };
  dbFile: string;
  stop(): Promise<void>;
}

const READY = /Wootroom is running at (http:\/\/\S+?)\/?$/m;

export async function startServer(): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'wootroom-e2e-'));
  const dbFile = join(dir, 'room.db');
  const host = { email: 'host@wootroom.test', password: 'host-password-1' };

  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      WOOTROOM_DB: dbFile,
      WOOTROOM_HOST_EMAIL: host.email,
      WOOTROOM_HOST_PASSWORD: host.password,
      WOOTROOM_LOG_LEVEL: process.env.WOOTROOM_LOG_LEVEL ?? 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  const url = await waitForUrl(child);
  return {
    url,
    wsUrl: `${url.replace(/^http/, 'ws')}/socket`,
    host,
    dbFile,
    stop: async () => {
      await stopChild(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => fail('did not start in 20 s'), 20_000);

    function fail(why: string) {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`room server ${why}:\n${output}`));
    }

    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = READY.exec(output);
      if (!match?.[1]) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      // Keep draining so a chatty server never blocks on a full pipe.
      child.stdout?.resume();
      child.stderr?.resume();
      resolve(match[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => fail(`exited with ${code}`));
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
