import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE } from '../../src/protocol';
import { testServer, type TestServer } from '../test/harness';
import { freshRoom, member, settle, type Member } from '../test/members';

let server: TestServer;
beforeAll(async () => {
  server = await testServer();
});
afterAll(() => server.close());

interface AdvanceP {
  c?: number;
  d?: number[];
  h?: string;
  m?: { duration: number };
}

const advanceOf = async (m: Member) =>
  (await m.socket.next('advance')).p as AdvanceP;
const listOf = async (m: Member, length: number) =>
  (
    await m.socket.next(
      'djListUpdate',
      (p) => (p as number[]).length === length,
    )
  ).p;

/** A room with a playing DJ and `waiting` users in the wait list. */
async function busyRoom(waiting: number) {
  const slug = await freshRoom(server);
  const manager = await member(server, slug, ROLE.manager);
  const dj = await member(server, slug);
  await dj.client.post('booth');
  const play = await advanceOf(manager);
  const queue: Member[] = [];
  for (let i = 0; i < waiting; i++) {
    const user = await member(server, slug);
    await user.client.post('booth');
    queue.push(user);
  }
  await listOf(manager, waiting);
  await settle(manager, dj, ...queue);
  return { slug, manager, dj, queue, play };
}

describe('wait list lock and cycle', () => {
  it('locks the list: plain users are refused, resident DJs are not', async () => {
    const slug = await freshRoom(server);
    const manager = await member(server, slug, ROLE.manager);
    const user = await member(server, slug);
    const resident = await member(server, slug, ROLE.residentDJ);

    const lock = { isLocked: true, removeAllDJs: false };
    expect(
      (await manager.client.request('PUT', 'booth/lock', lock)).body.status,
    ).toBe('ok');
    expect((await user.socket.next('djListLocked')).p).toEqual({
      m: manager.user.username,
      mi: manager.user.id,
      f: true,
      c: false,
    });

    const refused = await user.client.post('booth');
    expect(refused.http).toBe(403);
    expect(refused.body).toEqual({
      status: 'notAuthorized',
      data: ['The wait list is locked'],
    });
    expect((await resident.client.post('booth')).body.status).toBe('ok');
  });

  it('clears the list with removeAllDJs, leaving the DJ on air', async () => {
    const { manager, dj, queue } = await busyRoom(2);
    const lock = { isLocked: true, removeAllDJs: true };
    await manager.client.request('PUT', 'booth/lock', lock);

    expect((await dj.socket.next('djListLocked')).p).toMatchObject({
      f: true,
      c: true,
    });
    expect(await listOf(dj, 0)).toEqual([]);
    expect(await queue[0]?.socket.got('advance', 0)).toBe(false);
  });

  it('refuses a bouncer lock, cycle and move', async () => {
    const { slug, queue } = await busyRoom(2);
    const bouncer = await member(server, slug, ROLE.bouncer);
    const lock = { isLocked: true, removeAllDJs: false };
    const replies = [
      await bouncer.client.request('PUT', 'booth/lock', lock),
      await bouncer.client.request('PUT', 'booth/cycle', {
        shouldCycle: false,
      }),
      await bouncer.client.post('booth/move', {
        userID: queue[1]?.user.id,
        position: 0,
      }),
    ];
    for (const reply of replies) {
      expect(reply.http).toBe(403);
      expect(reply.body.status).toBe('notAuthorized');
    }
    expect(await bouncer.socket.got('djListLocked', 0)).toBe(false);
    expect(await bouncer.socket.got('modMoveDJ', 0)).toBe(false);
  });

  it('with cycling off, the DJ leaves the booth after their play', async () => {
    const { manager, dj, queue, play } = await busyRoom(1);
    const off = { shouldCycle: false };
    await manager.client.request('PUT', 'booth/cycle', off);
    expect((await dj.socket.next('djListCycle')).p).toEqual({
      m: manager.user.username,
      mi: manager.user.id,
      f: false,
    });

    server.clock.advance((play.m?.duration ?? 0) * 1000);
    const next = await advanceOf(dj);
    expect(next).toMatchObject({ c: queue[0]?.user.id, d: [] });
  });
});

describe('moderators moving DJs', () => {
  it('adds a user to an empty booth: modAddDJ, then advance', async () => {
    const slug = await freshRoom(server);
    const bouncer = await member(server, slug, ROLE.bouncer);
    const user = await member(server, slug);

    const reply = await bouncer.client.post('booth/add', { id: user.user.id });
    expect(reply.body.status).toBe('ok');
    expect((await user.socket.next('modAddDJ')).p).toEqual({
      m: bouncer.user.username,
      mi: bouncer.user.id,
      t: user.user.username,
    });
    expect(await advanceOf(user)).toMatchObject({ c: user.user.id });
  });

  it('adds a user behind a playing DJ: modAddDJ and djListUpdate', async () => {
    const { slug, manager } = await busyRoom(0);
    const user = await member(server, slug);
    await manager.client.post('booth/add', { id: user.user.id });
    expect((await user.socket.next('modAddDJ')).p).toMatchObject({
      t: user.user.username,
    });
    expect(await listOf(user, 1)).toEqual([user.user.id]);
  });

  it('removes a waiting user, then the DJ on air', async () => {
    const { manager, dj, queue } = await busyRoom(2);
    const [first, second] = queue as [Member, Member];

    await manager.client.delete(`booth/remove/${first.user.id}`);
    expect((await dj.socket.next('modRemoveDJ')).p).toEqual({
      m: manager.user.username,
      mi: manager.user.id,
      t: first.user.username,
      d: false,
    });
    expect(await listOf(dj, 1)).toEqual([second.user.id]);

    await manager.client.delete(`booth/remove/${dj.user.id}`);
    expect((await dj.socket.next('modRemoveDJ')).p).toMatchObject({
      t: dj.user.username,
      d: true,
    });
    expect(await advanceOf(dj)).toMatchObject({ c: second.user.id, d: [] });

    const gone = await manager.client.delete(`booth/remove/${first.user.id}`);
    expect(gone.body.status).toBe('userNotInBooth');
  });

  it('moves a waiting user: modMoveDJ with both positions', async () => {
    const { manager, dj, queue } = await busyRoom(3);
    const ids = queue.map((q) => q.user.id);
    const last = queue[2] as Member;

    await manager.client.post('booth/move', {
      userID: last.user.id,
      position: 0,
    });
    expect((await dj.socket.next('modMoveDJ')).p).toEqual({
      m: manager.user.username,
      mi: manager.user.id,
      u: last.user.username,
      o: 2,
      n: 0,
    });
    expect(await listOf(dj, 3)).toEqual([ids[2], ids[0], ids[1]]);
  });

  it('refuses acting on equal or higher staff', async () => {
    const slug = await freshRoom(server);
    const bouncer = await member(server, slug, ROLE.bouncer);
    const manager = await member(server, slug, ROLE.manager);
    await manager.client.post('booth');

    const add = await bouncer.client.post('booth/add', { id: manager.user.id });
    const remove = await bouncer.client.delete(
      `booth/remove/${manager.user.id}`,
    );
    for (const reply of [add, remove]) {
      expect(reply.http).toBe(403);
      expect(reply.body.status).toBe('notAuthorized');
    }
    expect(await manager.socket.got('modRemoveDJ', 0)).toBe(false);
  });
});

describe('booth/skip/me', () => {
  it('announces skip with the DJ id, then advances', async () => {
    const { dj, manager, queue, play } = await busyRoom(1);
    expect((await dj.client.post('booth/skip/me')).body.status).toBe('ok');
    expect((await manager.socket.next('skip')).p).toBe(dj.user.id);
    const next = await advanceOf(manager);
    expect(next.h).not.toBe(play.h);
    expect(next).toMatchObject({ c: queue[0]?.user.id, d: [dj.user.id] });

    const again = await dj.client.post('booth/skip/me');
    expect(again.body.status).toBe('requestError');
  });
});
