import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE } from '../../src/protocol';
import {
  hostClient,
  signedUp,
  testServer,
  type TestServer,
} from '../test/harness';
import { TestSocket } from '../test/socket';

let server: TestServer;
beforeAll(async () => {
  server = await testServer();
});
afterAll(() => server.close());

async function member() {
  const m = await signedUp(server, 'lobby');
  const socket = await TestSocket.authed(server.url, await m.client.token());
  return { ...m, socket };
}

async function promote(userID: number, role: number) {
  const lobby = await server.app.store.rooms.bySlug('lobby');
  await server.app.store.rooms.setRole(lobby?.id ?? 0, userID, role);
}

describe('chat deletion', () => {
  it('lets a bouncer delete a user message', async () => {
    const mod = await member();
    const user = await member();
    await promote(mod.user.id, ROLE.bouncer);
    user.socket.chat('spam');
    const { cid } = (await user.socket.next('chat')).p as { cid: string };

    expect((await mod.client.delete(`chat/${cid}`)).body.status).toBe('ok');
    expect(await user.socket.next('chatDelete')).toEqual({
      a: 'chatDelete',
      p: { c: cid, mi: mod.user.id },
      s: 'lobby',
    });
  });

  it('refuses a plain user with 403 notAuthorized', async () => {
    const user = await member();
    const reply = await user.client.delete(`chat/${user.user.id}-1`);
    expect(reply.http).toBe(403);
    expect(reply.body.status).toBe('notAuthorized');
    expect(await user.socket.got('chatDelete')).toBe(false);
  });

  it('refuses deleting a message of higher staff', async () => {
    const mod = await member();
    await promote(mod.user.id, ROLE.bouncer);
    const host = await hostClient(server);
    const reply = await mod.client.delete(`chat/${host.user.id}-5`);
    expect(reply.body.status).toBe('notAuthorized');
  });
});

describe('mod skip', () => {
  it('skips only the named play: modSkip, then advance', async () => {
    const dj = await member();
    const host = await hostClient(server);
    await dj.client.post('booth');
    const { h } = (await dj.socket.next('advance')).p as { h: string };

    const stale = await host.client.post('booth/skip', {
      userID: dj.user.id,
      historyID: 'old',
    });
    expect(stale.body.status).toBe('requestError');

    const skip = await host.client.post('booth/skip', {
      userID: dj.user.id,
      historyID: h,
    });
    expect(skip.body.status).toBe('ok');
    expect((await dj.socket.next('modSkip')).p).toEqual({
      m: 'host',
      mi: host.user.id,
    });
    const next = (await dj.socket.next('advance')).p as {
      h: string;
      c: number;
    };
    expect(next.h).not.toBe(h);
    expect(next.c).toBe(dj.user.id);
    await dj.client.delete('booth');
  });

  it('refuses a plain user with 403 notAuthorized', async () => {
    const dj = await member();
    const user = await member();
    await dj.client.post('booth');
    const { h } = (await dj.socket.next('advance')).p as { h: string };

    const reply = await user.client.post('booth/skip', {
      userID: dj.user.id,
      historyID: h,
    });
    expect(reply.http).toBe(403);
    expect(reply.body.status).toBe('notAuthorized');
    expect(await dj.socket.got('modSkip')).toBe(false);
  });
});
