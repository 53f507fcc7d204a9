import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { online, put } from '../test/accounts';
import { signedUp, testServer, type TestServer } from '../test/harness';

let server: TestServer;
beforeAll(async () => {
  server = await testServer();
});
afterAll(() => server.close());

describe('name changes', () => {
  it('renames the user and tells their room', async () => {
    const watcher = await online(server, 'lobby');
    const user = await online(server, 'lobby');
    const reply = await user.client.post('store/purchase/username', {
      username: 'Fresh.Name',
      id: 1,
    });
    expect(reply.body.data[0]).toMatchObject({ username: 'Fresh.Name' });

    expect(await watcher.socket.next('nameChangedRoom')).toEqual({
      a: 'nameChangedRoom',
      p: { i: user.user.id, o: user.user.username, n: 'Fresh.Name' },
      s: 'lobby',
    });
    expect((await watcher.socket.next('userUpdate')).p).toEqual({
      i: user.user.id,
      username: 'Fresh.Name',
    });
    const me = (await user.client.get('users/me')).body.data[0];
    expect(me).toMatchObject({ username: 'Fresh.Name' });
  });

  it('refuses a taken or invalid name', async () => {
    const other = await signedUp(server);
    const { client } = await signedUp(server);
    const taken = await client.post('store/purchase/username', {
      username: other.user.username.toUpperCase(),
    });
    expect(taken.body).toEqual({
      status: 'requestError',
      data: ['That username is taken'],
    });
    for (const username of ['x', '<b>bold</b>', 'a'.repeat(25)]) {
      const bad = await client.post('store/purchase/username', { username });
      expect(bad.body.status).toBe('requestError');
    }
  });
});

describe('avatar and badge', () => {
  it('tells the room only the changed field', async () => {
    const watcher = await online(server, 'lobby');
    const user = await online(server, 'lobby');

    const avatar = await put(user.client, 'users/avatar', { id: 'base07' });
    expect(avatar.body.data[0]).toMatchObject({ avatarID: 'base07' });
    expect((await watcher.socket.next('userUpdate')).p).toEqual({
      i: user.user.id,
      avatarID: 'base07',
    });

    await put(user.client, 'users/badge', { id: 'vinyl' });
    expect((await watcher.socket.next('userUpdate')).p).toEqual({
      i: user.user.id,
      badge: 'vinyl',
    });
    await put(user.client, 'users/badge', { id: null });
    expect((await watcher.socket.next('userUpdate')).p).toEqual({
      i: user.user.id,
      badge: null,
    });
  });

  it('refuses ids outside the known sets', async () => {
    const { client } = await signedUp(server);
    for (const [path, id] of [
      ['users/avatar', 'base99'],
      ['users/avatar', '../x'],
      ['users/badge', 'admin'],
    ]) {
      expect((await put(client, path as string, { id })).body.status).toBe(
        'requestError',
      );
    }
  });
});

describe('notifications', () => {
  it('lists them in users/me and deletes only the owner’s', async () => {
    const { client, user } = await signedUp(server);
    const other = await signedUp(server);
    const notes = server.app.store.notifications;
    const first = await notes.add({
      userID: user.id,
      action: 'levelUp',
      value: '2',
      createdAt: server.clock.now(),
    });
    await notes.add({
      userID: user.id,
      action: 'gift',
      value: `someone\u28005`,
      createdAt: server.clock.now() + 1,
    });

    const me = (await client.get('users/me')).body.data[0] as {
      notifications: { action: string; id: number }[];
    };
    expect(me.notifications.map((n) => n.action)).toEqual(['gift', 'levelUp']);

    const foreign = await other.client.delete(`notifications/${first.id}`);
    expect(foreign.body.status).toBe('notFound');
    expect((await client.delete(`notifications/${first.id}`)).body.status).toBe(
      'ok',
    );
    const after = (await client.get('users/me')).body.data[0] as {
      notifications: unknown[];
    };
    expect(after.notifications).toHaveLength(1);
    expect((await client.delete('notifications/nope')).body.status).toBe(
      'notFound',
    );
  });
});
