import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE } from '../../src/protocol';
import type { SessionRecord, UserRecord } from '../store/store';
import { testServer, type TestServer } from '../test/harness';
import { freshRoom, member } from '../test/members';
import { ApiError } from './envelope';
import { floodGuard, REST_FLOOD } from './flood';

describe('floodGuard', () => {
  let now = 0;
  const flooded: number[] = [];
  const guard = floodGuard({
    now: () => now,
    onFlood: (userID) => flooded.push(userID),
  });
  const req = (method = 'POST', url = '/_/votes') =>
    ({ method, url, socket: {} }) as IncomingMessage;
  const as = (id: number) => ({
    session: null,
    user: { id } as UserRecord,
  });
  const refused = (run: () => void) => {
    try {
      run();
      return null;
    } catch (error) {
      return error instanceof ApiError ? error : null;
    }
  };

  it('refuses the request past the limit, for the block time', () => {
    for (let i = 0; i < REST_FLOOD.limit; i++) guard(req(), as(1));
    const error = refused(() => guard(req(), as(1)));
    expect(error?.code).toBe('floodAPI');
    expect(error?.httpStatus).toBe(429);
    expect(error?.data).toEqual(['Too many requests; wait a moment']);
    expect(flooded).toEqual([1]);

    now += REST_FLOOD.blockMs - 1;
    expect(refused(() => guard(req(), as(1)))?.code).toBe('floodAPI');
    now += 1;
    expect(refused(() => guard(req(), as(1)))).toBeNull();
    expect(flooded).toEqual([1]);
  });

  it('counts a rolling window, per caller, and never chat deletion', () => {
    now += 60_000;
    for (let i = 0; i < REST_FLOOD.limit; i++) {
      guard(req(), as(2));
      now += REST_FLOOD.windowMs / REST_FLOOD.limit;
    }
    expect(refused(() => guard(req(), as(2)))).toBeNull();
    expect(refused(() => guard(req(), as(3)))).toBeNull();

    for (let i = 0; i < 50; i++) guard(req('DELETE', '/_/chat/3-1'), as(4));
    const session = { id: 'abc' } as SessionRecord;
    for (let i = 0; i < REST_FLOOD.limit; i++) {
      guard(req(), { session, user: null });
    }
    const anon = refused(() => guard(req(), { session, user: null }));
    expect(anon?.code).toBe('floodAPI');
  });

  it('lets a caller read more than it acts, so reloads stay allowed', () => {
    now += 60_000;
    const read = () => guard(req('GET', '/_/rooms/state'), as(5));
    for (let i = 0; i < REST_FLOOD.readLimit; i++) read();
    for (let i = 0; i < REST_FLOOD.limit; i++) guard(req(), as(5));

    expect(refused(read)?.code).toBe('floodAPI');
    // A blocked caller is blocked for actions too.
    expect(refused(() => guard(req(), as(5)))?.code).toBe('floodAPI');
  });
});

describe('REST flood limit on a running server', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await testServer({ restFlood: REST_FLOOD });
  });
  afterAll(() => server.close());

  it('answers 429 floodAPI and sends floodAPI, then recovers', async () => {
    const slug = await freshRoom(server);
    const flooder = await member(server, slug, ROLE.bouncer);
    const other = await member(server, slug);

    // Joining and the socket token already spent some of the allowance;
    // the unit tests above pin the exact count.
    const statuses: number[] = [];
    for (let i = 0; i < REST_FLOOD.limit; i++) {
      statuses.push((await flooder.client.post('rooms/join', { slug })).http);
    }
    const first = statuses.indexOf(429);
    expect(first).toBeGreaterThan(REST_FLOOD.limit - 5);
    expect(statuses.slice(0, first).every((s) => s === 200)).toBe(true);

    const reply = await flooder.client.post('rooms/join', { slug });
    expect(reply.http).toBe(429);
    expect(reply.body).toEqual({
      status: 'floodAPI',
      data: ['Too many requests; wait a moment'],
    });
    expect(await flooder.socket.next('floodAPI')).toEqual({
      a: 'floodAPI',
      p: {},
      s: slug,
    });

    expect((await flooder.client.get('rooms/state')).http).toBe(429);
    const cid = `${other.user.id}-1`;
    expect((await flooder.client.delete(`chat/${cid}`)).http).toBe(200);
    expect((await other.client.get('users/me')).http).toBe(200);
    expect(await other.socket.got('floodAPI', 0)).toBe(false);

    server.clock.advance(REST_FLOOD.blockMs);
    expect((await flooder.client.get('users/me')).http).toBe(200);
  });
});
