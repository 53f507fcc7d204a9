import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roomStateSchema } from '../../src/protocol';
import {
  Client,
  hostClient,
  signedUp,
  testServer,
  type TestServer,
} from '../test/harness';
import { TestSocket } from '../test/socket';

let server: TestServer;
beforeAll(async () => {
  server = await testServer();
});
afterAll(() => server.close());

describe('rooms', () => {
  it('answers rooms/state in the documented shape, with the caller in it', async () => {
    const { client, user } = await signedUp(server, 'lobby');
    const reply = await client.get('rooms/state');

    expect(reply.body.status).toBe('ok');
    const state = roomStateSchema.parse(reply.body.data[0]);
    expect(state.room).toMatchObject({
      slug: 'lobby',
      name: 'Lobby',
      hostName: 'host',
    });
    expect(state.users.map((u) => u.id)).toContain(user.id);
    expect(state.role).toBe(0);
    expect(state.play).toBeNull();
  });

  it('gives the host role 5000 in the lobby', async () => {
    const { client } = await hostClient(server);
    const state = roomStateSchema.parse(
      (await client.get('rooms/state')).body.data[0],
    );
    expect(state.role).toBe(5000);
  });

  it('refuses an unknown room and room calls outside a room', async () => {
    const { client } = await signedUp(server);

    const unknown = await client.post('rooms/join', { slug: 'no-such-room' });
    expect(unknown.http).toBe(404);
    expect(unknown.body.status).toBe('notFound');

    for (const path of ['rooms/state', 'rooms/history']) {
      const reply = await client.get(path);
      expect(reply.body).toEqual({
        status: 'notInRoom',
        data: [expect.any(String)],
      });
    }
  });

  it('requires a login', async () => {
    const reply = await new Client(server.url).post('rooms/join', {
      slug: 'lobby',
    });
    expect(reply.body.status).toBe('notAuthorized');
  });

  it('tells the room who joins and who leaves when their socket closes', async () => {
    const watcher = await signedUp(server, 'lobby');
    const watching = await TestSocket.authed(
      server.url,
      await watcher.client.token(),
    );

    const visitor = await signedUp(server);
    const visiting = await TestSocket.authed(
      server.url,
      await visitor.client.token(),
    );
    await visitor.client.post('rooms/join', { slug: 'lobby' });

    const join = await watching.next('userJoin');
    expect(join).toMatchObject({
      s: 'lobby',
      p: { id: visitor.user.id, guest: false },
    });
    expect(await visiting.got('userJoin')).toBe(false);

    await visiting.close();
    const leave = await watching.next('userLeave');
    expect(leave).toEqual({ a: 'userLeave', p: visitor.user.id, s: 'lobby' });
    await watching.close();
  });

  it('lets a user rejoin the room they are in without a second userJoin', async () => {
    const watcher = await signedUp(server, 'lobby');
    const watching = await TestSocket.authed(
      server.url,
      await watcher.client.token(),
    );
    const visitor = await signedUp(server, 'lobby');
    await watching.next('userJoin');

    const again = await visitor.client.post('rooms/join', { slug: 'lobby' });
    expect(again.body.status).toBe('ok');
    expect(await watching.got('userJoin')).toBe(false);
    await watching.close();
  });

  it('moves a user between rooms: userLeave in the old one, out of its booth', async () => {
    const lobby = await server.app.store.rooms.bySlug('lobby');
    await server.app.store.rooms.create({
      slug: 'den',
      name: 'Den',
      hostID: lobby?.hostID ?? 1,
    });
    const watcher = await signedUp(server, 'lobby');
    const watching = await TestSocket.authed(
      server.url,
      await watcher.client.token(),
    );
    const mover = await signedUp(server, 'lobby');
    await mover.client.post('booth');
    await watching.next(
      'advance',
      (p) => (p as { c?: number }).c === mover.user.id,
    );

    await mover.client.post('rooms/join', { slug: 'den' });
    expect((await watching.next('userLeave')).p).toBe(mover.user.id);
    expect((await watching.next('advance')).p).toEqual({});

    const state = (await mover.client.get('rooms/state')).body.data[0];
    expect(roomStateSchema.parse(state).room.slug).toBe('den');
    await watching.close();
  });
});
