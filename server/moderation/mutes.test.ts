import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE, roomStateSchema } from '../../src/protocol';
import { testServer, type TestServer } from '../test/harness';
import { freshRoom, member, type Member } from '../test/members';

let server: TestServer;
beforeAll(async () => {
  server = await testServer();
});
afterAll(() => server.close());

/** Sends a line from `from` and a marker from `marker`; answers what `to` saw. */
async function heard(to: Member, from: Member, marker: Member) {
  from.socket.chat('from the muted side');
  await new Promise((resolve) => setTimeout(resolve, 30));
  marker.socket.chat('marker');
  await to.socket.next(
    'chat',
    (p) => (p as { message: string }).message === 'marker',
  );
  const chats = to.socket.events.filter((e) => e.a === 'chat');
  to.socket.events.length = 0;
  return chats.map((e) => (e.p as { uid: number }).uid);
}

describe('mutes', () => {
  it('mutes: modMute to the room, chat dropped, listed, and it expires', async () => {
    const slug = await freshRoom(server);
    const bouncer = await member(server, slug, ROLE.bouncer);
    const user = await member(server, slug);
    const watcher = await member(server, slug);

    const reply = await bouncer.client.post('mutes', {
      userID: user.user.id,
      reason: 3,
      duration: 's',
    });
    expect(reply.body.status).toBe('ok');
    expect((await watcher.socket.next('modMute')).p).toEqual({
      m: bouncer.user.username,
      mi: bouncer.user.id,
      i: user.user.id,
      t: user.user.username,
      r: 3,
      d: 's',
    });
    expect(await heard(watcher, user, bouncer)).toEqual([]);

    const state = roomStateSchema.parse(
      (await watcher.client.get('rooms/state')).body.data[0],
    );
    expect(state.mutes).toEqual({ [user.user.id]: 900 });
    const list = await bouncer.client.get('mutes');
    expect(list.body.data).toEqual([
      expect.objectContaining({ id: user.user.id, reason: 3, duration: 's' }),
    ]);

    server.clock.advance(15 * 60_000);
    expect(await heard(watcher, user, bouncer)).toEqual([user.user.id]);
  });

  it('unmutes with DELETE mutes/:id: modMute with d "o"', async () => {
    const slug = await freshRoom(server);
    const bouncer = await member(server, slug, ROLE.bouncer);
    const user = await member(server, slug);
    await bouncer.client.post('mutes', {
      userID: user.user.id,
      reason: 1,
      duration: 'l',
    });
    await user.socket.next('modMute');

    expect(
      (await bouncer.client.delete(`mutes/${user.user.id}`)).body.status,
    ).toBe('ok');
    expect((await user.socket.next('modMute')).p).toMatchObject({
      i: user.user.id,
      r: 1,
      d: 'o',
    });
    expect(await heard(bouncer, user, bouncer)).toContain(user.user.id);

    const again = await bouncer.client.delete(`mutes/${user.user.id}`);
    expect(again.http).toBe(404);
  });

  it('refuses plain users, equal staff and bad bodies', async () => {
    const slug = await freshRoom(server);
    const bouncer = await member(server, slug, ROLE.bouncer);
    const manager = await member(server, slug, ROLE.manager);
    const user = await member(server, slug);
    const mute = (userID: number, extra = {}) => ({
      userID,
      reason: 1,
      duration: 'm',
      ...extra,
    });

    const tries: [Member, unknown, number][] = [
      [user, mute(bouncer.user.id), 403],
      [bouncer, mute(manager.user.id), 403],
      [bouncer, mute(user.user.id, { reason: 6 }), 400],
      [bouncer, mute(user.user.id, { duration: 'f' }), 400],
    ];
    for (const [by, body, http] of tries) {
      expect((await by.client.post('mutes', body)).http).toBe(http);
    }
    expect((await user.client.get('mutes')).http).toBe(403);
    expect(await user.socket.got('modMute', 0)).toBe(false);
  });
});
