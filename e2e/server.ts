/**
 * Starts the real room server, as `npm start` runs it, on a free loopback
 * port with a fresh SQLite file, and stops it again. Every test gets its
 * own, so no test sees another's room.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitForReady } from '../server/ready';

export interface RunningServer {
  url: string;
  wsUrl: string;
  host: { email: string; password: string };
  dbFile: string;
  stop(): Promise<void>;
}

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

  const url = await waitForReady(child, 20_000);
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
