import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatPlugTime } from '../../src/protocol';
import { online, startPlaying, type Online } from '../test/accounts';
import { testServer, type TestServer } from '../test/harness';

let server: TestServer;
beforeEach(async () => {
  server = await testServer();
});
afterEach(() => server.close());

async function firstPlaylist(member: Online): Promise<number> {
  const [playlist] = (await member.client.get('playlists')).body.data as {
    id: number;
  }[];
  return playlist?.id ?? 0;
}

describe('play rewards', () => {
  it('pays the DJ for woots and grabs and listeners for listening', async () => {
    const [dj, a, b] = [
      await online(server, 'lobby'),
      await online(server, 'lobby'),
      await online(server, 'lobby'),
    ];
    const play = await startPlaying(dj);
    await a.client.post('votes', { direction: 1, historyID: play.h });
    await b.client.post('votes', { direction: 1, historyID: play.h });
    const playlistID = await firstPlaylist(b);
    await b.client.post('grabs', { playlistID, historyID: play.h });

    server.clock.advance(play.m.duration * 1000);

    // Two woots at 1 xp/1 pp and one grab at 2 xp/2 pp.
    expect(await dj.socket.next('earn')).toEqual({
      a: 'earn',
      p: { xp: 4, pp: 4, level: 1 },
      s: 'dashboard',
    });
    for (const listener of [a, b]) {
      expect((await listener.socket.next('earn')).p).toEqual({
        xp: 1,
        pp: 1,
        level: 1,
      });
    }
    expect((await dj.socket.next('playlistCycle')).p).toBe(play.p);
    const stored = await server.app.store.users.byId(dj.user.id);
    expect(stored).toMatchObject({ xp: 4, pp: 4, level: 1 });
  });

  it('levels a user up: levelUp and notify to them, userUpdate to the room', async () => {
    const dj = await online(server, 'lobby');
    const listener = await online(server, 'lobby');
    await server.app.store.accounts.credit(listener.user.id, 9, 0);
    const play = await startPlaying(dj);

    server.clock.advance(play.m.duration * 1000);

    expect((await listener.socket.next('earn')).p).toEqual({
      xp: 10,
      pp: 1,
      level: 2,
    });
    expect(await listener.socket.next('levelUp')).toEqual({
      a: 'levelUp',
      p: 2,
      s: 'dashboard',
    });
    const notify = await listener.socket.next('notify');
    expect(notify.p).toEqual({
      action: 'levelUp',
      id: expect.any(Number),
      timestamp: formatPlugTime(server.clock.now()),
      value: '2',
    });
    expect(await dj.socket.next('userUpdate')).toEqual({
      a: 'userUpdate',
      p: { i: listener.user.id, level: 2 },
      s: 'lobby',
    });

    const me = (await listener.client.get('users/me')).body.data[0];
    expect(me).toMatchObject({ level: 2, xp: 10, pp: 1 });
    expect(me).toMatchObject({ notifications: [notify.p] });
  });

  it('pays nobody for listening to part of a play', async () => {
    const dj = await online(server, 'lobby');
    const early = await online(server, 'lobby');
    const play = await startPlaying(dj);
    const late = await online(server, 'lobby');
    await early.client.post('votes', { direction: 1, historyID: play.h });

    server.clock.advance(play.m.duration * 1000);
    expect((await dj.socket.next('earn')).p).toMatchObject({ xp: 1, pp: 1 });
    expect((await early.socket.next('earn')).p).toMatchObject({ xp: 1 });
    expect(await late.socket.got('earn')).toBe(false);
  });

  it('pays listeners nothing for a play skipped at once, the DJ still', async () => {
    const dj = await online(server, 'lobby');
    const listener = await online(server, 'lobby');
    const play = await startPlaying(dj);
    await listener.client.post('votes', { direction: 1, historyID: play.h });

    server.clock.advance(5_000);
    await dj.client.post('booth/skip/me');
    expect((await dj.socket.next('earn')).p).toEqual({
      xp: 1,
      pp: 1,
      level: 1,
    });
    expect(await listener.socket.got('earn')).toBe(false);
  });
});
