import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signedUp, testServer, type TestServer } from '../test/harness';
import { TestSocket } from '../test/socket';

let server: TestServer;
beforeEach(async () => {
  server = await testServer();
});
afterEach(() => server.close());

interface AdvanceP {
  c: number;
  d: number[];
  h: string;
  m: { cid: string; duration: number; format: number };
  p: number;
  t: string;
}

async function dj() {
  const member = await signedUp(server, 'lobby');
  const socket = await TestSocket.authed(
    server.url,
    await member.client.token(),
  );
  return { ...member, socket };
}

describe('booth', () => {
  it('starts playing at once when the booth is empty', async () => {
    const a = await dj();
    expect((await a.client.post('booth')).body.status).toBe('ok');

    const advance = await a.socket.next('advance');
    const p = advance.p as AdvanceP;
    expect(advance.s).toBe('lobby');
    expect(p).toMatchObject({ c: a.user.id, d: [] });
    expect(p.h).toMatch(/^[0-9a-f-]{36}$/);
    expect(p.t).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+$/);
    expect(p.m.duration).toBeGreaterThan(0);
    expect((await a.socket.next('djListUpdate')).p).toEqual([]);
  });

  it('queues later DJs and advances on the clock, cycling the DJ', async () => {
    const a = await dj();
    const b = await dj();
    await a.client.post('booth');
    const first = (await a.socket.next('advance')).p as AdvanceP;
    await b.client.post('booth');
    expect(
      (await a.socket.next('djListUpdate', (p) => (p as number[]).length === 1))
        .p,
    ).toEqual([b.user.id]);

    server.clock.advance(first.m.duration * 1000 - 1);
    expect(await a.socket.got('advance', 50)).toBe(false);
    server.clock.advance(1);

    const second = (await a.socket.next('advance')).p as AdvanceP;
    expect(second).toMatchObject({ c: b.user.id, d: [a.user.id] });
    expect(second.h).not.toBe(first.h);
    expect((await a.socket.next('playlistCycle')).p).toBe(first.p);
  });

  it('rotates the DJ playlist after their play', async () => {
    const a = await dj();
    const [playlist] = (await a.client.get('playlists')).body.data as {
      id: number;
    }[];
    const before = (await a.client.get(`playlists/${playlist?.id}/media`)).body
      .data;

    await a.client.post('booth');
    const play = (await a.socket.next('advance')).p as AdvanceP;
    expect(play.m.cid).toBe((before[0] as { cid: string }).cid);
    server.clock.advance(play.m.duration * 1000);
    await a.socket.next('advance');

    const after = (await a.client.get(`playlists/${playlist?.id}/media`)).body
      .data;
    expect(after).toEqual([...before.slice(1), before[0]]);
  });

  it('ends the play when the DJ leaves, and empties with advance {}', async () => {
    const a = await dj();
    await a.client.post('booth');
    await a.socket.next('advance');

    expect((await a.client.delete('booth')).body.status).toBe('ok');
    expect((await a.socket.next('advance')).p).toEqual({});
    expect(server.clock.pending).toBe(0);
    expect((await a.client.delete('booth')).body.status).toBe('userNotInBooth');
  });

  it('refuses a DJ without an active non-empty playlist', async () => {
    const a = await dj();
    const empty = await server.app.store.playlists.create(
      a.user.id,
      'Empty',
      [],
    );
    await server.app.store.playlists.activate(a.user.id, empty);

    const reply = await a.client.post('booth');
    expect(reply.http).toBe(403);
    expect(reply.body.status).toBe('noValidPlaylist');
  });

  it('records the play in history with its score', async () => {
    const a = await dj();
    const b = await dj();
    await a.client.post('booth');
    const play = (await a.socket.next('advance')).p as AdvanceP;
    await b.client.post('votes', { direction: 1, historyID: play.h });
    await b.client.post('booth/skip/me');
    await a.client.post('booth/skip/me');
    await a.socket.next('skip');

    const history = (await a.client.get('rooms/history')).body.data;
    expect(history[history.length - 1]).toMatchObject({
      id: play.h,
      user: { id: a.user.id, username: a.user.username },
      room: { slug: 'lobby', name: 'Lobby' },
      score: { positive: 1, negative: 0, grabs: 0, listeners: 2, skipped: 1 },
    });
  });
});

describe('votes and grabs', () => {
  async function onAir() {
    const a = await dj();
    const b = await dj();
    await a.client.post('booth');
    const play = (await a.socket.next('advance')).p as AdvanceP;
    return { a, b, play };
  }

  it('broadcasts a vote and lets a later one replace it', async () => {
    const { a, b, play } = await onAir();
    await b.client.post('votes', { direction: 1, historyID: play.h });
    await b.client.post('votes', { direction: -1, historyID: play.h });

    expect((await a.socket.next('vote')).p).toEqual({ i: b.user.id, v: 1 });
    expect((await a.socket.next('vote')).p).toEqual({ i: b.user.id, v: -1 });
    const state = (await a.client.get('rooms/state')).body.data[0] as {
      votes: object;
    };
    expect(state.votes).toEqual({ [b.user.id]: -1 });
  });

  it('refuses stale history ids and votes on your own play', async () => {
    const { a, b } = await onAir();
    const stale = await b.client.post('votes', {
      direction: 1,
      historyID: 'old-play',
    });
    expect(stale.body.status).toBe('requestError');

    const { play } = {
      play: (await a.client.get('rooms/state')).body.data[0] as State,
    };
    const own = await a.client.post('votes', {
      direction: 1,
      historyID: play.playback.historyID,
    });
    expect(own.body).toEqual({
      status: 'requestError',
      data: [expect.stringMatching(/own/)],
    });
  });

  it('grabs once per play into the chosen playlist', async () => {
    const { a, b, play } = await onAir();
    const [playlist] = (await b.client.get('playlists')).body.data as {
      id: number;
      count: number;
    }[];
    const body = { playlistID: playlist?.id, historyID: play.h };

    const grab = await b.client.post('grabs', body);
    expect(grab.body.status).toBe('ok');
    expect((await a.socket.next('grab')).p).toBe(b.user.id);
    const media = (await b.client.get(`playlists/${playlist?.id}/media`)).body
      .data;
    expect(media.at(-1)).toMatchObject({ cid: play.m.cid });

    expect((await b.client.post('grabs', body)).body.status).toBe(
      'requestError',
    );
    const theirs = await b.client.post('grabs', {
      ...body,
      playlistID: play.p,
    });
    expect(theirs.body.status).toBe('notFound');
  });
});

interface State {
  playback: { historyID: string };
}
