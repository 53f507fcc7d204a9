import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../http/envelope';
import { Client, HOST, testServer, type TestServer } from '../test/harness';
import { LOGIN_LIMITS, LoginThrottle } from './loginThrottle';

const refused = (run: () => void) => {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof ApiError ? error : null;
  }
};

describe('LoginThrottle', () => {
  let now = 0;
  const throttle = new LoginThrottle(() => now);

  it('blocks an email after its failures, whatever the address', () => {
    for (let i = 0; i < LOGIN_LIMITS.perEmail; i++) {
      throttle.attempt(`10.0.0.${i}`, 'victim@x.test');
    }
    const error = refused(() => throttle.attempt('10.0.1.1', 'Victim@X.test'));
    expect(error?.code).toBe('floodAPI');
    expect(error?.httpStatus).toBe(429);
    expect(error?.data).toEqual([
      'Too many login attempts; try again in 15 minutes',
    ]);
    expect(refused(() => throttle.attempt('10.0.1.1', 'other@x.test'))).toBe(
      null,
    );

    now += LOGIN_LIMITS.blockMs - 1;
    expect(
      refused(() => throttle.attempt('10.0.1.2', 'victim@x.test'))?.code,
    ).toBe('floodAPI');
    now += 1;
    expect(refused(() => throttle.attempt('10.0.1.2', 'victim@x.test'))).toBe(
      null,
    );
  });

  it('blocks an address after its failures, whatever the email', () => {
    now += 60 * 60_000;
    for (let i = 0; i < LOGIN_LIMITS.perAddress; i++) {
      throttle.attempt('10.9.9.9', `guess${i}@x.test`);
    }
    expect(
      refused(() => throttle.attempt('10.9.9.9', 'new@x.test'))?.code,
    ).toBe('floodAPI');
    expect(refused(() => throttle.attempt('10.9.9.8', 'new@x.test'))).toBe(
      null,
    );
  });

  it('clears an email on success, and counts a rolling window', () => {
    now += 60 * 60_000;
    for (let i = 0; i < 2 * LOGIN_LIMITS.perEmail; i++) {
      throttle.attempt(`10.2.0.${i}`, 'me@x.test');
      throttle.succeeded(`10.2.0.${i}`, 'me@x.test');
    }
    for (let i = 0; i < LOGIN_LIMITS.perEmail - 1; i++) {
      throttle.attempt(`10.3.0.${i}`, 'me@x.test');
    }
    throttle.succeeded('10.3.9.9', 'me@x.test');
    for (let i = 0; i < LOGIN_LIMITS.perEmail; i++) {
      throttle.attempt(`10.4.0.${i}`, 'me@x.test');
      now += LOGIN_LIMITS.windowMs / LOGIN_LIMITS.perEmail;
    }
    expect(refused(() => throttle.attempt('10.5.0.1', 'me@x.test'))).toBe(null);
  });
});

describe('login throttle on a running server', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await testServer();
  });
  afterAll(() => server.close());

  it('refuses guesses at one email from fresh sessions, then the password', async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= LOGIN_LIMITS.perEmail; i++) {
      const guess = await new Client(server.url).logIn(HOST.email, `no-${i}`);
      statuses.push(guess.http);
    }
    expect(statuses.slice(0, -1)).toEqual(
      Array(LOGIN_LIMITS.perEmail).fill(401),
    );
    const right = await new Client(server.url).logIn(HOST.email, HOST.password);
    expect(right.http).toBe(429);
    expect(right.body).toMatchObject({
      status: 'floodAPI',
      data: ['Too many login attempts; try again in 15 minutes'],
    });

    server.clock.advance(LOGIN_LIMITS.blockMs);
    const later = await new Client(server.url).logIn(HOST.email, HOST.password);
    expect(later.http).toBe(200);
  });
});
