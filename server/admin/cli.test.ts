import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { online } from '../test/accounts';
import { testServer, type TestServer } from '../test/harness';
import { sendAdminCommand } from './client';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `server/admin.ts` as `npm run admin` does, against `dbPath`. */
function cli(dbPath: string, ...args: string[]): Promise<Run> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'server/admin.ts', ...args],
    {
      env: { ...process.env, WOOTROOM_DB: dbPath },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const run: Run = { code: null, stdout: '', stderr: '' };
  child.stdout.on('data', (chunk: Buffer) => (run.stdout += chunk));
  child.stderr.on('data', (chunk: Buffer) => (run.stderr += chunk));
  return new Promise((resolve) =>
    child.once('close', (code) => resolve({ ...run, code })),
  );
}

let server: TestServer;
let dbPath: string;
beforeAll(async () => {
  server = await testServer();
  dbPath = join(server.dir, 'room.db');
});
afterAll(() => server.close());

describe('the admin command line', () => {
  it('reaches the running server through a 0600 socket', async () => {
    expect(server.adminSocket).toBe(`${dbPath}.admin.sock`);
    expect(statSync(`${dbPath}.admin.sock`).mode & 0o777).toBe(0o600);

    const user = await online(server, 'lobby');
    const run = await cli(dbPath, 'broadcast', 'Hello', 'everyone');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/sent/);
    expect((await user.socket.next('plugMessage')).p).toBe('Hello everyone');
  }, 20_000);

  it('lists commands, and fails clearly on bad input or no server', async () => {
    const [help, unknown, badArgs, noUser, noServer] = await Promise.all([
      cli(dbPath, 'help'),
      cli(dbPath, 'reboot'),
      cli(dbPath, 'maintenance', 'sideways'),
      cli(dbPath, 'rename', 'nobody-at-all', 'someone'),
      cli(join(server.dir, 'elsewhere.db'), 'update'),
    ]);
    expect(help.code).toBe(0);
    for (const name of ['broadcast', 'maintenance-alert', 'rename']) {
      expect(help.stdout).toContain(name);
    }
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toMatch(/unknown command "reboot"/);
    expect(badArgs.code).not.toBe(0);
    expect(badArgs.stderr).toMatch(/usage: maintenance on\|off/);
    expect(noUser.code).toBe(1);
    expect(noUser.stderr).toMatch(/No user named "nobody-at-all"/);
    expect(noServer.code).toBe(1);
    expect(noServer.stderr).toMatch(/no Wootroom server is running/);
  }, 30_000);

  it('leaves the socket to the server already on the database', async () => {
    const second = await testServer({ dbPath });
    expect(second.adminSocket).toBeNull();
    await second.close();
    expect((await cli(dbPath, 'update')).code).toBe(0);
  }, 20_000);

  it('replaces a socket file left by a crashed server', async () => {
    const path = join(server.dir, 'crashed.sock');
    // A process killed while listening leaves its socket file behind.
    const listenAndDie = [
      "require('node:net').createServer().listen(process.argv[1], () =>",
      "  process.kill(process.pid, 'SIGKILL'));",
    ].join('\n');
    spawnSync(process.execPath, ['-e', listenAndDie, path]);
    expect(statSync(path).isSocket()).toBe(true);

    const fresh = await testServer({ adminSocket: path });
    expect(fresh.adminSocket).toBe(path);
    const reply = await sendAdminCommand(path, { command: 'help', args: [] });
    expect(reply.ok).toBe(true);
    await fresh.close();
  });

  it('removes its socket when the server stops', async () => {
    const other = await testServer();
    const path = other.adminSocket ?? '';
    expect(existsSync(path)).toBe(true);
    await other.close();
    expect(existsSync(path)).toBe(false);
  });
});
