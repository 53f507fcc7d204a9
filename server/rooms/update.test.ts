import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE, roomStateSchema } from '../../src/protocol';
import { testServer, type TestServer } from '../test/harness';
import { chatTexts, freshRoom, member } from '../test/members';

let server: TestServer;
beforeAll(async () => {
  server = await testServer();
});
afterAll(() => server.close());

describe('rooms/update', () => {
  it('announces each changed setting, escaped, and rooms/state shows it', async () => {
    const slug = await freshRoom(server);
    const cohost = await member(server, slug, ROLE.cohost);
    const watcher = await member(server, slug);

    const reply = await cohost.client.post('rooms/update', {
      name: 'Late <Night>',
      description: 'Jazz & soul',
      welcome: 'Say "hi"\nbe kind',
      minChatLevel: 2,
      slowMode: 5,
    });
    expect(reply.body.status).toBe('ok');

    const u = cohost.user.id;
    const next = async (a: string) => (await watcher.socket.next(a)).p;
    expect(await next('roomNameUpdate')).toEqual({
      n: 'Late &lt;Night&gt;',
      u,
    });
    expect(await next('roomDescriptionUpdate')).toEqual({
      d: 'Jazz &amp; soul',
      u,
    });
    expect(await next('roomWelcomeUpdate')).toEqual({
      w: 'Say &#34;hi&#34;\nbe kind',
      u,
    });
    expect(await next('roomMinChatLevelUpdate')).toEqual({ m: 2, u });

    const state = roomStateSchema.parse(
      (await watcher.client.get('rooms/state')).body.data[0],
    );
    expect(state.room).toMatchObject({
      name: 'Late <Night>',
      description: 'Jazz & soul',
      welcome: 'Say "hi"\nbe kind',
      minChatLevel: 2,
      slowMode: 5,
    });
  });

  it('announces only the fields that change', async () => {
    const slug = await freshRoom(server);
    const cohost = await member(server, slug, ROLE.cohost);
    const watcher = await member(server, slug);

    await cohost.client.post('rooms/update', { welcome: 'Hello' });
    expect((await watcher.socket.next('roomWelcomeUpdate')).p).toEqual({
      w: 'Hello',
      u: cohost.user.id,
    });
    await cohost.client.post('rooms/update', { welcome: 'Hello' });
    expect(await watcher.socket.got('roomWelcomeUpdate')).toBe(false);
    expect(await watcher.socket.got('roomNameUpdate', 0)).toBe(false);
  });

  it('refuses managers and below, and bad bodies', async () => {
    const slug = await freshRoom(server);
    const manager = await member(server, slug, ROLE.manager);
    const cohost = await member(server, slug, ROLE.cohost);

    const refused = await manager.client.post('rooms/update', { name: 'x' });
    expect(refused.http).toBe(403);
    expect(refused.body).toEqual({
      status: 'notAuthorized',
      data: [expect.any(String)],
    });

    for (const body of [
      {},
      { minChatLevel: 4 },
      { slowMode: 301 },
      { name: '  ' },
      { topic: 'x' },
    ]) {
      const reply = await cohost.client.post('rooms/update', body);
      expect(reply.http).toBe(400);
      expect(reply.body.status).toBe('requestError');
    }
    expect(await manager.socket.got('roomNameUpdate')).toBe(false);
  });

  it('drops chat from users below the minimum level, but not from staff', async () => {
    const slug = await freshRoom(server);
    const cohost = await member(server, slug, ROLE.cohost);
    const newcomer = await member(server, slug);
    const resident = await member(server, slug, ROLE.residentDJ);
    await cohost.client.post('rooms/update', { minChatLevel: 2 });

    newcomer.socket.chat('can anyone hear me');
    resident.socket.chat('staff here');
    await cohost.socket.next(
      'chat',
      (p) => (p as { uid: number }).uid === resident.user.id,
    );
    expect(await cohost.socket.got('chat', 50)).toBe(false);
    expect(chatTexts(newcomer.socket)).toEqual(['staff here']);
  });
});
