import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { online } from '../test/accounts';
import { testServer, type TestServer } from '../test/harness';
import { TestSocket } from '../test/socket';

let server: TestServer;
beforeEach(async () => {
  server = await testServer({ leaveGraceMs: 100 });
});
afterEach(() => server.close());

function closed(socket: TestSocket): Promise<number> {
  return new Promise((resolve) => socket.ws.once('close', resolve));
}

describe('killSession', () => {
  it('ends the older socket when the account opens a second one', async () => {
    const watcher = await online(server, 'lobby');
    const user = await online(server, 'lobby');
    const old = user.socket;
    const oldClosed = closed(old);

    const fresh = await TestSocket.authed(
      server.url,
      await user.client.token(),
    );
    expect(await oldClosed).toBe(4000);
    expect(old.frames).toContain(
      '[{"a":"killSession","p":{},"s":"dashboard"}]',
    );

    // The new socket carries on in the room; nobody saw the user leave.
    watcher.socket.chat('still there?');
    expect((await fresh.next('chat')).p).toMatchObject({
      message: 'still there?',
    });
    expect(await watcher.socket.got('userLeave', 250)).toBe(false);

    await fresh.close();
    expect((await watcher.socket.next('userLeave')).p).toBe(user.user.id);
  });
});
