import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { online, put } from '../test/accounts';
import { testServer, type TestServer } from '../test/harness';

let server: TestServer;
beforeAll(async () => {
  server = await testServer();
});
afterAll(() => server.close());

const ids = (data: unknown[]) => data.map((u) => (u as { id: number }).id);

describe('friends', () => {
  it('asks, and befriends when the other side asks back', async () => {
    const ann = await online(server, 'lobby');
    const bob = await online(server);

    const asked = await ann.client.post('friends', { id: bob.user.id });
    expect(asked.body.data[0]).toMatchObject({ outcome: 'requested' });
    expect(await bob.socket.next('friendRequest')).toEqual({
      a: 'friendRequest',
      p: ann.user.username,
      s: 'dashboard',
    });
    const invites = (await bob.client.get('friends/invites')).body.data;
    expect(invites).toEqual([
      expect.objectContaining({
        id: ann.user.id,
        username: ann.user.username,
        timestamp: expect.any(String),
      }),
    ]);

    const back = await bob.client.post('friends', { id: ann.user.id });
    expect(back.body.data[0]).toMatchObject({ outcome: 'accepted' });
    expect((await ann.socket.next('friendAccept')).p).toBe(bob.user.username);

    const bobsFriends = (await bob.client.get('friends')).body.data;
    expect(ids(bobsFriends)).toEqual([ann.user.id]);
    expect(bobsFriends[0]).toMatchObject({ room: { slug: 'lobby' } });
    expect(ids((await ann.client.get('friends')).body.data)).toEqual([
      bob.user.id,
    ]);
    expect((await bob.client.get('friends/invites')).body.data).toEqual([]);
  });

  it('does not ping again on a repeated request', async () => {
    const ann = await online(server);
    const bob = await online(server);
    await ann.client.post('friends', { id: bob.user.id });
    await bob.socket.next('friendRequest');

    const again = await ann.client.post('friends', { id: bob.user.id });
    expect(again.body.data[0]).toMatchObject({ outcome: 'unchanged' });
    expect(await bob.socket.got('friendRequest')).toBe(false);
  });

  it('ignores a request without telling its sender', async () => {
    const ann = await online(server);
    const bob = await online(server);
    await ann.client.post('friends', { id: bob.user.id });

    const ignored = await put(bob.client, 'friends/ignore', {
      id: ann.user.id,
    });
    expect(ignored.body.status).toBe('ok');
    expect((await bob.client.get('friends/invites')).body.data).toEqual([]);
    expect(await ann.socket.got('friendAccept')).toBe(false);

    const twice = await put(bob.client, 'friends/ignore', { id: ann.user.id });
    expect(twice.body.status).toBe('notFound');
    // Bob can still change his mind and accept.
    await bob.client.post('friends', { id: ann.user.id });
    expect((await ann.socket.next('friendAccept')).p).toBe(bob.user.username);
  });

  it('removes a friend on both sides', async () => {
    const ann = await online(server);
    const bob = await online(server);
    await ann.client.post('friends', { id: bob.user.id });
    await bob.client.post('friends', { id: ann.user.id });

    expect(
      (await ann.client.delete(`friends/${bob.user.id}`)).body.status,
    ).toBe('ok');
    expect((await bob.client.get('friends')).body.data).toEqual([]);
    expect((await ann.client.get('friends')).body.data).toEqual([]);
    expect(
      (await ann.client.delete(`friends/${bob.user.id}`)).body.status,
    ).toBe('notFound');
  });

  it('refuses yourself and unknown users', async () => {
    const ann = await online(server);
    const self = await ann.client.post('friends', { id: ann.user.id });
    expect(self.body.status).toBe('requestError');
    const nobody = await ann.client.post('friends', { id: 999_999 });
    expect(nobody.body.status).toBe('notFound');
    expect((await ann.client.post('friends', { id: 'x' })).body.status).toBe(
      'requestError',
    );
  });
});
