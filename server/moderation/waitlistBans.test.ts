import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE } from '../../src/protocol';
import { testServer, type TestServer } from '../test/harness';
import { freshRoom, member, settle } from '../test/members';

let server: TestServer;
beforeAll(async () => {
  server = await testServer();
});
afterAll(() => server.close());

describe('wait-list bans', () => {
  it('takes the user off the list and refuses them until it ends', async () => {
    const slug = await freshRoom(server);
    const bouncer = await member(server, slug, ROLE.bouncer);
    const dj = await member(server, slug);
    const user = await member(server, slug);
    await dj.client.post('booth');
    await user.client.post('booth');
    await bouncer.socket.next(
      'djListUpdate',
      (p) => (p as number[]).length === 1,
    );
    await settle(bouncer);

    const reply = await bouncer.client.post('booth/waitlistban', {
      userID: user.user.id,
      reason: 1,
      duration: 's',
    });
    expect(reply.body.status).toBe('ok');
    expect((await bouncer.socket.next('modWaitlistBan')).p).toEqual({
      m: bouncer.user.username,
      mi: bouncer.user.id,
      t: user.user.username,
      ti: user.user.id,
      d: 's',
    });
    expect((await bouncer.socket.next('djListUpdate')).p).toEqual([]);

    const refused = await user.client.post('booth');
    expect(refused.http).toBe(403);
    expect(refused.body).toEqual({
      status: 'notAuthorized',
      data: ['You are banned from the wait list for 15 more minute(s)'],
    });
    const added = await bouncer.client.post('booth/add', { id: user.user.id });
    expect(added.body.status).toBe('notAuthorized');

    const list = await bouncer.client.get('booth/waitlistban');
    expect(list.body.data).toEqual([
      expect.objectContaining({ id: user.user.id, duration: 's' }),
    ]);

    server.clock.advance(15 * 60_000);
    expect((await user.client.post('booth')).body.status).toBe('ok');
  });

  it('takes a banned DJ off the air', async () => {
    const slug = await freshRoom(server);
    const bouncer = await member(server, slug, ROLE.bouncer);
    const dj = await member(server, slug);
    await dj.client.post('booth');
    await bouncer.socket.next('advance');

    const ban = { userID: dj.user.id, reason: 4, duration: 'm' };
    await bouncer.client.post('booth/waitlistban', ban);
    await bouncer.socket.next('modWaitlistBan');
    expect((await bouncer.socket.next('advance')).p).toEqual({});
  });

  it('keeps forever bans and lifting them to managers', async () => {
    const slug = await freshRoom(server);
    const bouncer = await member(server, slug, ROLE.bouncer);
    const manager = await member(server, slug, ROLE.manager);
    const user = await member(server, slug);
    const forever = { userID: user.user.id, reason: 5, duration: 'f' };

    expect((await bouncer.client.post('booth/waitlistban', forever)).http).toBe(
      403,
    );
    await manager.client.post('booth/waitlistban', forever);
    const refused = await user.client.post('booth');
    expect(refused.body.data).toEqual([
      'You are banned from the wait list for good',
    ]);

    const path = `booth/waitlistban/${user.user.id}`;
    expect((await bouncer.client.delete(path)).http).toBe(403);
    expect((await manager.client.delete(path)).body.status).toBe('ok');
    expect((await user.client.post('booth')).body.status).toBe('ok');
  });

  it('refuses wait-list banning equal staff', async () => {
    const slug = await freshRoom(server);
    const bouncer = await member(server, slug, ROLE.bouncer);
    const peer = await member(server, slug, ROLE.bouncer);
    const reply = await bouncer.client.post('booth/waitlistban', {
      userID: peer.user.id,
      reason: 1,
      duration: 's',
    });
    expect(reply.http).toBe(403);
    expect(await peer.socket.got('modWaitlistBan', 0)).toBe(false);
  });
});
