import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  account,
  Client,
  HOST,
  signedUp,
  testServer,
  type TestServer,
} from '../test/harness';

let server: TestServer;
beforeAll(async () => {
  server = await testServer();
});
afterAll(() => server.close());

describe('signup', () => {
  it('creates the user and logs the session in', async () => {
    const client = new Client(server.url);
    const details = account('new');
    const reply = await client.post('users/signup', details);

    expect(reply.http).toBe(200);
    expect(reply.body.status).toBe('ok');
    expect(reply.setCookie).toMatch(
      /^session=[\w-]+; Path=\/; HttpOnly; SameSite=Lax$/,
    );
    expect(reply.body.data[0]).toMatchObject({
      username: details.username,
      email: details.email,
    });

    const me = await client.get('users/me');
    expect(me.body.data[0]).toMatchObject({ username: details.username });
  });

  it('refuses a taken email or username with a clear message', async () => {
    const { details } = await signedUp(server);
    const client = new Client(server.url);

    const sameEmail = await client.post('users/signup', {
      ...account(),
      email: details.email,
    });
    expect(sameEmail.http).toBe(400);
    expect(sameEmail.body).toEqual({
      status: 'requestError',
      data: [expect.stringMatching(/email/)],
    });

    const sameName = await client.post('users/signup', {
      ...account(),
      username: details.username.toUpperCase(),
    });
    expect(sameName.body).toEqual({
      status: 'requestError',
      data: [expect.stringMatching(/username/)],
    });
  });

  it('never stores the password in clear', async () => {
    const { details, user } = await signedUp(server);
    const stored = await server.app.store.users.byId(user.id);
    expect(stored?.passwordHash).not.toContain(details.password);
    expect(stored?.passwordHash).toMatch(/^scrypt\$/);
  });
});

describe('login', () => {
  it('keeps the mobile/init session id and sets it again', async () => {
    const client = new Client(server.url);
    const init = await client.get('mobile/init');
    const first = client.cookie;
    expect(init.body.data[0]).toMatchObject({
      c: expect.any(String),
      t: expect.any(String),
    });

    const { c } = init.body.data[0] as { c: string };
    const login = await client.post('auth/login', { csrf: c, ...HOST_LOGIN });
    expect(login.http).toBe(200);
    expect(login.setCookie).toContain(`session=${first}`);

    const token = await client.get('auth/token');
    expect(token.body.data[0]).toMatch(/^[\w-]{20,}$/);
  });

  it('refuses a wrong csrf token', async () => {
    const client = new Client(server.url);
    await client.get('mobile/init');
    const reply = await client.post('auth/login', {
      csrf: 'nope',
      ...HOST_LOGIN,
    });
    expect(reply.http).toBe(403);
    expect(reply.body.status).toBe('csrfTokenInvalid');
  });

  it('refuses login without a session from mobile/init', async () => {
    const reply = await new Client(server.url).post('auth/login', {
      csrf: 'x',
      ...HOST_LOGIN,
    });
    expect(reply.body.status).toBe('csrfTokenInvalid');
  });

  it('refuses a wrong password and an unknown email alike', async () => {
    const client = new Client(server.url);
    const wrong = await client.logIn(HOST.email, 'not-the-password');
    const unknown = await client.logIn('nobody@wootroom.test', 'whatever-pass');

    for (const reply of [wrong, unknown]) {
      expect(reply.http).toBe(401);
      expect(reply.body).toEqual({
        status: 'badLogin',
        data: [expect.any(String)],
      });
    }
    expect((await client.get('auth/token')).body.status).toBe('notAuthorized');
  });

  it('logs out with DELETE auth/session', async () => {
    const client = new Client(server.url);
    await client.logIn(HOST.email, HOST.password);
    const cookie = client.cookie;

    expect((await client.delete('auth/session')).body.status).toBe('ok');
    client.cookie = cookie;
    expect((await client.get('users/me')).body.status).toBe('notAuthorized');
  });

  it('works with plug-login, the library real clients log in with', async () => {
    const require = createRequire(import.meta.url);
    const plugLogin = require('plug-login') as PlugLogin;
    const result = await plugLogin.user(HOST.email, HOST.password, {
      host: server.url,
      authToken: true,
    });
    expect(result.token).toMatch(/^[\w-]{20,}$/);
    expect(result.cookie).toMatch(/^session=/);
  });
});

describe('users', () => {
  it('answers users/:id and users/bulk', async () => {
    const a = await signedUp(server);
    const b = await signedUp(server);

    const one = await a.client.get(`users/${b.user.id}`);
    expect(one.body.data[0]).toMatchObject({
      id: b.user.id,
      username: b.user.username,
    });
    expect(one.body.data[0]).not.toHaveProperty('email');

    const bulk = await a.client.post('users/bulk', {
      ids: [a.user.id, b.user.id],
    });
    expect(bulk.body.data.map((u) => (u as { id: number }).id).sort()).toEqual(
      [a.user.id, b.user.id].sort(),
    );
    expect((await a.client.get('users/999999')).body.status).toBe('notFound');
  });
});

const HOST_LOGIN = { email: HOST.email, password: HOST.password };

interface PlugLogin {
  user(
    email: string,
    password: string,
    options: { host: string; authToken: boolean },
  ): Promise<{ token: string; cookie: string }>;
}

describe('session lifetime', () => {
  // Runs last in this file: it moves the shared clock a month ahead.
  it('expires a session after 30 days', async () => {
    const { client } = await signedUp(server);
    server.clock.advance(29 * 24 * 3600_000);
    expect((await client.get('users/me')).body.status).toBe('ok');

    server.clock.advance(2 * 24 * 3600_000);
    expect((await client.get('users/me')).body.status).toBe('notAuthorized');
  });
});
