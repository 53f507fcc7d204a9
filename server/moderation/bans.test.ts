import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE } from '../../src/protocol';
import { testServer, type TestServer } from '../test/harness';
import { freshRoom, member, type Member } from '../test/members';

let server: TestServer;
beforeAll(async () => {
  server = await testServer();
});
afterAll(() => server.close());

const join = (m: Member, slug: string) => m.client.post('rooms/join', { slug });

describe('bans', () => {
  it('bans for an hour: modBan to the room, ban to the user, who leaves', async () => {
    const slug = await freshRoom(server);
    const bouncer = await member(server, slug, ROLE.bouncer);
    const user = await member(server, slug);
    const watcher = await member(server, slug);
    const closed = new Promise((resolve) =>
      user.socket.ws.once('close', resolve),
    );

    const reply = await bouncer.client.post('bans/add', {
      userID: user.user.id,
      reason: 1,
      duration: 'h',
    });
    expect(reply.body.status).toBe('ok');
    expect((await watcher.socket.next('modBan')).p).toEqual({
      m: bouncer.user.username,
      mi: bouncer.user.id,
      t: user.user.username,
      d: 'h',
    });
    expect(await user.socket.next('ban')).toEqual({
      a: 'ban',
      p: { t: 'ban', d: 'h', r: 1 },
      s: 'dashboard',
    });
    expect((await watcher.socket.next('userLeave')).p).toBe(user.user.id);
    await closed;

    const refused = await join(user, slug);
    expect(refused.http).toBe(403);
    expect(refused.body).toEqual({ status: 'ban', data: [{ e: 3600 }] });
    server.clock.advance(30 * 60_000);
    expect((await join(user, slug)).body.data).toEqual([{ e: 1800 }]);
    server.clock.advance(30 * 60_000);
    expect((await join(user, slug)).body.status).toBe('ok');
  });

  it('takes a banned DJ out of the booth', async () => {
    const slug = await freshRoom(server);
    const bouncer = await member(server, slug, ROLE.bouncer);
    const dj = await member(server, slug);
    await dj.client.post('booth');
    await bouncer.socket.next('advance');

    const ban = { userID: dj.user.id, reason: 3, duration: 'd' };
    await bouncer.client.post('bans/add', ban);
    expect((await bouncer.socket.next('advance')).p).toEqual({});
  });

  it('keeps forever bans and unbanning to managers', async () => {
    const slug = await freshRoom(server);
    const bouncer = await member(server, slug, ROLE.bouncer);
    const manager = await member(server, slug, ROLE.manager);
    const user = await member(server, slug);
    const forever = { userID: user.user.id, reason: 2, duration: 'f' };

    const early = await bouncer.client.post('bans/add', forever);
    expect(early.http).toBe(403);
    expect(early.body.status).toBe('notAuthorized');
    expect(await user.socket.got('ban', 0)).toBe(false);

    expect((await manager.client.post('bans/add', forever)).body.status).toBe(
      'ok',
    );
    expect((await join(user, slug)).body.data).toEqual([{ e: -1 }]);

    expect((await bouncer.client.get('bans')).http).toBe(403);
    const list = await manager.client.get('bans');
    expect(list.body.data).toEqual([
      expect.objectContaining({
        id: user.user.id,
        username: user.user.username,
        moderator: manager.user.username,
        moderatorID: manager.user.id,
        reason: 2,
        duration: 'f',
        secondsLeft: -1,
      }),
    ]);

    expect((await bouncer.client.delete(`bans/${user.user.id}`)).http).toBe(
      403,
    );
    expect((await manager.client.delete(`bans/${user.user.id}`)).body).toEqual(
      expect.objectContaining({ status: 'ok' }),
    );
    expect((await join(user, slug)).body.status).toBe('ok');
    const again = await manager.client.delete(`bans/${user.user.id}`);
    expect(again.body.status).toBe('notFound');
  });

  it('refuses banning equal or higher staff and unknown users', async () => {
    const slug = await freshRoom(server);
    const bouncer = await member(server, slug, ROLE.bouncer);
    const peer = await member(server, slug, ROLE.bouncer);
    const user = await member(server, slug);

    const equal = await bouncer.client.post('bans/add', {
      userID: peer.user.id,
      reason: 1,
      duration: 'h',
    });
    expect(equal.http).toBe(403);
    expect(equal.body.status).toBe('notAuthorized');

    const plain = await user.client.post('bans/add', {
      userID: peer.user.id,
      reason: 1,
      duration: 'h',
    });
    expect(plain.http).toBe(403);

    const nobody = await bouncer.client.post('bans/add', {
      userID: 999_999,
      reason: 1,
      duration: 'h',
    });
    expect(nobody.http).toBe(404);
    expect(await peer.socket.got('modBan', 0)).toBe(false);
  });
});
