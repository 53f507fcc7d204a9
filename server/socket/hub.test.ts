import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedUp, testServer, type TestServer } from '../test/harness';
import { TestSocket } from '../test/socket';

let server: TestServer;
beforeAll(async () => {
  server = await testServer({ heartbeatMs: 150 });
});
afterAll(() => server.close());

describe('socket auth', () => {
  it('acks a valid token with "1" on the dashboard', async () => {
    const { client } = await signedUp(server);
    const socket = await TestSocket.connect(server.url);
    socket.send({ a: 'auth', p: await client.token(), t: 1 });

    expect(await socket.next('ack')).toEqual({
      a: 'ack',
      p: '1',
      s: 'dashboard',
    });
    await socket.close();
  });

  it('refuses a reused or made-up token', async () => {
    const { client } = await signedUp(server);
    const token = await client.token();
    await (await TestSocket.authed(server.url, token)).close();

    for (const bad of [token, 'made-up-token']) {
      const socket = await TestSocket.connect(server.url);
      socket.send({ a: 'auth', p: bad, t: 1 });
      expect((await socket.next('ack')).p).toBe('0');
      await socket.close();
    }
  });

  it('ignores bad frames and keeps the connection', async () => {
    const { client } = await signedUp(server, 'lobby');
    const socket = await TestSocket.authed(server.url, await client.token());

    for (const junk of [
      'not json',
      '[]',
      '{"a":"chat"}',
      '{"a":"nope","p":1,"t":1}',
      'h',
    ]) {
      socket.send(junk);
    }
    socket.chat('still here');
    expect((await socket.next('chat')).p).toMatchObject({
      message: 'still here',
    });
    await socket.close();
  });
});

describe('heartbeat', () => {
  it('sends a bare h after a quiet interval, and none while busy', async () => {
    const { client } = await signedUp(server, 'lobby');
    const socket = await TestSocket.authed(server.url, await client.token());

    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(socket.frames).toContain('h');

    const before = socket.frames.filter((f) => f === 'h').length;
    for (let i = 0; i < 4; i++) {
      socket.chat(`busy ${i}`);
      await new Promise((resolve) => setTimeout(resolve, 60));
    }
    const after = socket.frames.filter((f) => f === 'h').length;
    expect(after).toBe(before);
    await socket.close();
  });
});

describe('chat', () => {
  async function chatter() {
    const { client, user } = await signedUp(server, 'lobby');
    const socket = await TestSocket.authed(server.url, await client.token());
    return { socket, user };
  }

  it('escapes text and name, and ids the line <uid>-<ms>', async () => {
    const { socket, user } = await chatter();
    socket.chat('<b>bold</b> & "quoted"');

    const { p, s } = await socket.next('chat');
    expect(s).toBe('lobby');
    expect(p).toEqual({
      message: '&lt;b&gt;bold&lt;/b&gt; &amp; &#34;quoted&#34;',
      un: user.username,
      cid: `${user.id}-${server.clock.now()}`,
      uid: user.id,
      sub: 0,
    });
    await socket.close();
  });

  it('gives two lines in one millisecond different ids', async () => {
    const { socket } = await chatter();
    socket.chat('one');
    socket.chat('two');
    const first = (await socket.next('chat')).p as { cid: string };
    const second = (await socket.next('chat')).p as { cid: string };
    expect(first.cid).not.toBe(second.cid);
    await socket.close();
  });

  it('cuts at 250 bytes after escaping, never inside a code point', async () => {
    const { socket } = await chatter();
    socket.chat('&'.repeat(60));
    socket.chat('é'.repeat(200));

    const amps = ((await socket.next('chat')).p as { message: string }).message;
    expect(Buffer.byteLength(amps)).toBe(250);
    expect(amps).toBe('&amp;'.repeat(50));

    const accents = ((await socket.next('chat')).p as { message: string })
      .message;
    expect(accents).toBe('é'.repeat(125));
    await socket.close();
  });

  it('drops lines with a newline and lines from outside a room', async () => {
    const { socket } = await chatter();
    socket.chat('two\nlines');
    socket.chat('fine');
    expect(((await socket.next('chat')).p as { message: string }).message).toBe(
      'fine',
    );
    expect(socket.events.filter((e) => e.a === 'chat')).toHaveLength(0);

    const outsider = await signedUp(server);
    const outside = await TestSocket.authed(
      server.url,
      await outsider.client.token(),
    );
    outside.chat('anyone?');
    expect(await socket.got('chat')).toBe(false);
    await Promise.all([socket.close(), outside.close()]);
  });
});

describe('leaving', () => {
  it('keeps a user who reconnects within the grace period', async () => {
    const graceful = await testServer({ leaveGraceMs: 200 });
    const watcher = await signedUp(graceful, 'lobby');
    const watching = await TestSocket.authed(
      graceful.url,
      await watcher.client.token(),
    );
    const dj = await signedUp(graceful, 'lobby');
    await dj.client.post('booth');
    await watching.next('advance');

    await (
      await TestSocket.authed(graceful.url, await dj.client.token())
    ).close();
    const back = await TestSocket.authed(graceful.url, await dj.client.token());
    expect(await watching.got('userLeave', 300)).toBe(false);

    await back.close();
    expect((await watching.next('userLeave')).p).toBe(dj.user.id);
    expect((await watching.next('advance')).p).toEqual({});
    await watching.close();
    await graceful.close();
  });
});
