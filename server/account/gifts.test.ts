import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { online } from '../test/accounts';
import { testServer, type TestServer } from '../test/harness';

let server: TestServer;
beforeAll(async () => {
  server = await testServer();
});
afterAll(() => server.close());

async function pair(senderPP: number) {
  const sender = await online(server, 'lobby');
  const recipient = await online(server, 'lobby');
  await server.app.store.accounts.credit(sender.user.id, 0, senderPP);
  return { sender, recipient };
}

describe('gifts', () => {
  it('moves pp and tells the room, the recipient and the sender', async () => {
    const { sender, recipient } = await pair(100);
    const reply = await sender.client.post('gifts', {
      id: recipient.user.id,
      amount: 30,
    });
    expect(reply.body).toMatchObject({ status: 'ok', data: [{ pp: 70 }] });

    const gifted = { s: sender.user.username, r: recipient.user.username };
    expect(await recipient.socket.next('gifted')).toEqual({
      a: 'gifted',
      p: gifted,
      s: 'lobby',
    });
    expect((await sender.socket.next('gifted')).p).toEqual(gifted);
    expect(await recipient.socket.next('gift')).toEqual({
      a: 'gift',
      p: 30,
      s: 'dashboard',
    });
    expect((await recipient.socket.next('notify')).p).toMatchObject({
      action: 'gift',
      value: `${sender.user.username}\u280030`,
    });
    expect((await sender.socket.next('earn')).p).toEqual({
      xp: 0,
      pp: 70,
      level: 1,
    });

    const stored = await server.app.store.users.byId(recipient.user.id);
    expect(stored?.pp).toBe(30);
  });

  it('refuses a gift larger than the balance and changes nothing', async () => {
    const { sender, recipient } = await pair(10);
    const reply = await sender.client.post('gifts', {
      id: recipient.user.id,
      amount: 11,
    });
    expect(reply.http).toBe(400);
    expect(reply.body).toEqual({
      status: 'requestError',
      data: [expect.stringMatching(/enough pp/)],
    });
    expect(await recipient.socket.got('gift')).toBe(false);
    const stored = await server.app.store.users.byId(sender.user.id);
    expect(stored?.pp).toBe(10);
  });

  it('refuses gifts to yourself, to nobody, and outside 1-1000 pp', async () => {
    const { sender } = await pair(5000);
    const gift = (id: number, amount: unknown) =>
      sender.client.post('gifts', { id, amount });

    const self = await gift(sender.user.id, 1);
    expect(self.body.status).toBe('requestError');
    expect(self.body.data[0]).toMatch(/yourself/);
    expect((await gift(999_999, 1)).body.status).toBe('notFound');
    for (const amount of [0, 1001, 1.5, '5']) {
      expect((await gift(1, amount)).body.status).toBe('requestError');
    }
  });
});
