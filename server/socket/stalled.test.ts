import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DASHBOARD, serverEvent } from '../../src/protocol';
import { signedUp, testServer, type TestServer } from '../test/harness';
import { TestSocket } from '../test/socket';
import { MAX_BUFFERED_BYTES } from './connection';

let server: TestServer;
beforeAll(async () => {
  server = await testServer();
});
afterAll(() => server.close());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a client that stops reading', () => {
  it('is cut off instead of queueing without limit', async () => {
    const { client, user } = await signedUp(server, 'lobby');
    const socket = await TestSocket.authed(server.url, await client.token());
    const closed = new Promise<number>((resolve) =>
      socket.ws.once('close', (code) => resolve(code)),
    );
    socket.ws.pause();

    const text = 'x'.repeat(60_000);
    const rounds = Math.ceil((8 * MAX_BUFFERED_BYTES) / text.length);
    for (let i = 0; i < rounds; i++) {
      server.app.broadcast.publish({ user: user.id }, [
        serverEvent('plugMessage', text, DASHBOARD),
      ]);
      // Lets the server flush what the kernel still takes.
      if (i % 10 === 9) await sleep(5);
    }
    socket.ws.resume();

    expect(await closed).toBe(1006);
    const received = socket.frames.reduce((sum, f) => sum + f.length, 0);
    expect(received).toBeLessThan(rounds * text.length);
  });
});
