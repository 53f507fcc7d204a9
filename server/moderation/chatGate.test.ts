import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE } from '../../src/protocol';
import { testServer, type TestServer } from '../test/harness';
import {
  chatTexts,
  freshRoom,
  member,
  settle,
  type Member,
} from '../test/members';
import { TestSocket } from '../test/socket';
import { CHAT_BURST } from './chatGate';

let server: TestServer;
beforeAll(async () => {
  server = await testServer();
});
afterAll(() => server.close());

const pause = (ms = 50) => new Promise((resolve) => setTimeout(resolve, ms));

describe('chat flood limit', () => {
  it('drops lines past the burst with floodChat to the sender only', async () => {
    const slug = await freshRoom(server);
    const fast = await member(server, slug);
    const calm = await member(server, slug);

    for (let i = 0; i <= CHAT_BURST; i++) fast.socket.chat(`line ${i}`);
    expect(await fast.socket.next('floodChat')).toEqual({
      a: 'floodChat',
      p: {},
      s: slug,
    });
    await pause();
    expect(chatTexts(calm.socket)).toHaveLength(CHAT_BURST);
    expect(calm.socket.events.some((e) => e.a === 'floodChat')).toBe(false);

    calm.socket.chat('unaffected');
    await fast.socket.next(
      'chat',
      (p) => (p as { message: string }).message === 'unaffected',
    );

    server.clock.advance(1000);
    fast.socket.chat('after a second');
    await calm.socket.next(
      'chat',
      (p) => (p as { message: string }).message === 'after a second',
    );
  });
});

describe('slow mode', () => {
  it('answers a second line within the wait with rateLimit', async () => {
    const slug = await freshRoom(server);
    const cohost = await member(server, slug, ROLE.cohost);
    const user = await member(server, slug);
    const other = await member(server, slug);
    await cohost.client.post('rooms/update', { slowMode: 10 });

    user.socket.chat('first');
    await pause();
    user.socket.chat('too soon');
    expect(await user.socket.next('rateLimit')).toEqual({
      a: 'rateLimit',
      p: {},
      s: slug,
    });
    other.socket.chat('my first');
    cohost.socket.chat('staff one');
    cohost.socket.chat('staff two');
    await pause();
    // Lines from different sockets may arrive in either order.
    expect(chatTexts(other.socket).sort()).toEqual([
      'first',
      'my first',
      'staff one',
      'staff two',
    ]);
    expect(other.socket.events.some((e) => e.a === 'rateLimit')).toBe(false);
    expect(cohost.socket.events.some((e) => e.a === 'rateLimit')).toBe(false);

    await settle(other);
    server.clock.advance(10_000);
    user.socket.chat('patient');
    await other.socket.next(
      'chat',
      (p) => (p as { message: string }).message === 'patient',
    );
  });
});

describe('chat limits across reconnects', () => {
  /** Closes the member's socket and comes back on a new one, in the room. */
  const reconnect = async (m: Member, slug: string) => {
    await m.socket.close();
    await pause();
    m.socket = await TestSocket.authed(server.url, await m.client.token());
    await m.client.post('rooms/join', { slug });
  };

  it('keeps the slow mode wait', async () => {
    const slug = await freshRoom(server);
    const cohost = await member(server, slug, ROLE.cohost);
    const user = await member(server, slug);
    await cohost.client.post('rooms/update', { slowMode: 60 });

    user.socket.chat('first');
    await cohost.socket.next('chat');
    await reconnect(user, slug);
    user.socket.chat('again');
    expect(await user.socket.next('rateLimit')).toMatchObject({ s: slug });

    server.clock.advance(60_000);
    user.socket.chat('after the wait');
    await cohost.socket.next(
      'chat',
      (p) => (p as { message: string }).message === 'after the wait',
    );
  });

  it('keeps the spent flood allowance', async () => {
    const slug = await freshRoom(server);
    const user = await member(server, slug);
    const other = await member(server, slug);

    for (let i = 0; i < CHAT_BURST; i++) user.socket.chat(`line ${i}`);
    await pause();
    expect(chatTexts(other.socket)).toHaveLength(CHAT_BURST);
    await reconnect(user, slug);
    user.socket.chat('one more');
    await user.socket.next('floodChat');
  });
});
