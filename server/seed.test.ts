import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Client, HOST, testServer, type TestServer } from './test/harness';

let server: TestServer | null = null;
afterEach(async () => {
  vi.restoreAllMocks();
  await server?.close();
  server = null;
});

describe('first start', () => {
  it('creates the lobby and a host who can log in with the given password', async () => {
    server = await testServer();
    const client = new Client(server.url);
    expect((await client.logIn(HOST.email, HOST.password)).body.status).toBe(
      'ok',
    );

    await client.post('rooms/join', { slug: 'lobby' });
    const state = (await client.get('rooms/state')).body.data[0] as {
      meta: { name: string; hostName: string };
      role: number;
    };
    expect(state.meta).toMatchObject({ name: 'Lobby', hostName: 'host' });
    expect(state.role).toBe(5000);
  });

  it('keeps the database file readable by its owner only', async () => {
    server = await testServer();
    const mode = statSync(join(server.dir, 'room.db')).mode & 0o777;
    expect(mode.toString(8)).toBe('600');
  });

  it('lowercases a host email given in capitals, as log-in does', async () => {
    server = await testServer({ hostEmail: '  Boss@Example.COM ' });
    const client = new Client(server.url);
    const reply = await client.logIn('boss@example.com', HOST.password);
    expect(reply.body.status).toBe('ok');
  });

  it('refuses to start with a host password a sign-up would refuse', async () => {
    await expect(testServer({ hostPassword: 'short' })).rejects.toThrow(
      'WOOTROOM_HOST_PASSWORD must be at least 8 characters',
    );
  });

  it('prints a generated password once, and only on the first start', async () => {
    const printed: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      printed.push(String(chunk));
      return true;
    });

    server = await testServer({ hostPassword: undefined });
    const line = printed.find((l) => l.includes('password'));
    const password = /password (\S+)/.exec(line ?? '')?.[1] ?? '';
    expect(password.length).toBeGreaterThanOrEqual(12);

    const client = new Client(server.url);
    expect((await client.logIn(HOST.email, password)).body.status).toBe('ok');
  });

  it('does not seed again over an existing database', async () => {
    server = await testServer();
    const dbPath = `${server.dir}/room.db`;
    await server.app.store.close();

    const again = await testServer({
      dbPath,
      hostPassword: 'another-password',
    });
    const client = new Client(again.url);
    expect(
      (await client.logIn(HOST.email, 'another-password')).body.status,
    ).toBe('badLogin');
    expect((await client.logIn(HOST.email, HOST.password)).body.status).toBe(
      'ok',
    );
    await again.close();
  });
});
