import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedUp, testServer, type TestServer } from '../test/harness';

let server: TestServer;
beforeAll(async () => {
  server = await testServer();
});
afterAll(() => server.close());

describe('error envelopes', () => {
  it('answers success in the plug envelope', async () => {
    const { client } = await signedUp(server);
    const reply = await client.get('users/me');
    expect(reply.body).toMatchObject({
      status: 'ok',
      meta: {},
      time: server.clock.now(),
    });
    expect(Array.isArray(reply.body.data)).toBe(true);
  });

  it('refuses bad JSON without changing anything', async () => {
    const { client } = await signedUp(server);
    const reply = await client.post('rooms/join', '{"slug": "lob');
    expect(reply.http).toBe(400);
    expect(reply.body).toEqual({
      status: 'requestError',
      data: ['Invalid JSON'],
    });
    expect((await client.get('rooms/state')).body.status).toBe('notInRoom');
  });

  it('refuses a body that is not sent as JSON, changing nothing', async () => {
    const email = 'plain-text@wootroom.test';
    const body = JSON.stringify({
      email,
      username: 'plain',
      password: 'p'.repeat(9),
    });
    for (const type of ['text/plain', undefined]) {
      const response = await fetch(`${server.url}_/users/signup`, {
        method: 'POST',
        headers: type ? { 'content-type': type } : {},
        body,
      });
      expect(response.status).toBe(415);
      expect(await response.json()).toEqual({
        status: 'requestError',
        data: ['Send the body as application/json'],
      });
    }
    const { client } = await signedUp(server);
    const login = await client.logIn(email, 'p'.repeat(9));
    expect(login.body.status).toBe('badLogin');
  });

  it('refuses an oversized body with 413', async () => {
    const { client } = await signedUp(server);
    const reply = await client.post('rooms/join', { slug: 'x'.repeat(20_000) });
    expect(reply.http).toBe(413);
    expect(reply.body.status).toBe('requestError');
  });

  it('names an unknown field and a wrongly typed one', async () => {
    const { client } = await signedUp(server);
    const unknown = await client.post('rooms/join', {
      slug: 'lobby',
      admin: true,
    });
    expect(unknown.http).toBe(400);
    expect(unknown.body).toEqual({
      status: 'requestError',
      data: [expect.stringContaining('admin')],
    });

    const wrongType = await client.post('rooms/join', { slug: 42 });
    expect(wrongType.body).toEqual({
      status: 'requestError',
      data: [expect.stringContaining('slug')],
    });
    expect((await client.get('rooms/state')).body.status).toBe('notInRoom');
  });

  it('answers an unknown route with 404 notFound', async () => {
    const { client } = await signedUp(server);
    for (const [method, path] of [
      ['GET', 'nope'],
      ['POST', 'users/me'],
    ] as const) {
      const reply = await client.request(method, path);
      expect(reply.http).toBe(404);
      expect(reply.body.status).toBe('notFound');
    }
  });

  it('accepts an empty JSON body on GET and DELETE, as real clients send', async () => {
    const { client } = await signedUp(server, 'lobby');
    expect((await client.request('DELETE', 'booth')).body.status).toBe(
      'userNotInBooth',
    );
    expect((await client.request('POST', 'booth')).body.status).toBe('ok');
  });

  it('hides a crash behind serverError and logs it once', async () => {
    const { client } = await signedUp(server);
    const users = server.app.store.users;
    const original = users.byIds;
    users.byIds = () => Promise.reject(new Error('disk on fire'));
    const before = server.logLines.length;

    const reply = await client.post('users/bulk', { ids: [1] });
    users.byIds = original;

    expect(reply.http).toBe(500);
    expect(reply.body).toEqual({ status: 'serverError', data: [] });
    const logged = server.logLines.slice(before);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/ERROR \[http\].*disk on fire/);
    expect(logged[0]).not.toContain('\n');
  });

  it('refuses a write from another site', async () => {
    const response = await fetch(`${server.url}_/users/signup`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: 'http://evil.test',
      },
      body: JSON.stringify({
        email: 'x@y.test',
        username: 'xyz',
        password: 'long-enough',
      }),
    });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { status: string }).status).toBe(
      'notAuthorized',
    );
  });
});
