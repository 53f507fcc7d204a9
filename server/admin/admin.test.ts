import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { online } from '../test/accounts';
import { Client, testServer, type TestServer } from '../test/harness';
import { TestSocket } from '../test/socket';
import { sendAdminCommand } from './client';
import { runAdminCommand } from './execute';

let server: TestServer;
beforeAll(async () => {
  server = await testServer();
});
afterAll(() => server.close());

/** A raw socket: the frame may come before a TestSocket could listen. */
function firstFrame(url: string): Promise<string> {
  const ws = new WebSocket(`${url.replace(/^http/, 'ws')}socket`);
  return new Promise((resolve, reject) => {
    ws.once('message', (data) => {
      ws.close();
      resolve(String(data));
    });
    ws.once('error', reject);
  });
}

const admin = (command: string, ...args: string[]) =>
  runAdminCommand(server.app, { command, args });

describe('admin commands', () => {
  it('broadcasts an escaped message to every socket, in a room or not', async () => {
    const inRoom = await online(server, 'lobby');
    const outside = await online(server);
    const reply = await sendAdminCommand(server.adminSocket ?? '', {
      command: 'broadcast',
      args: ['Back', 'at <5>'],
    });
    expect(reply).toEqual({ ok: true, message: expect.any(String) });

    for (const { socket } of [inRoom, outside]) {
      expect(await socket.next('plugMessage')).toEqual({
        a: 'plugMessage',
        p: 'Back at &lt;5&gt;',
        s: 'dashboard',
      });
    }
  });

  it('sends maintenance alerts and update notices', async () => {
    const user = await online(server, 'lobby');
    expect((await admin('maintenance-alert', '15')).ok).toBe(true);
    expect((await user.socket.next('plugMaintenanceAlert')).p).toBe(15);
    expect((await admin('update')).ok).toBe(true);
    expect((await user.socket.next('plugUpdate')).p).toEqual({});
  });

  it('renames a user: nameChanged to them, nameChangedRoom to the room', async () => {
    const watcher = await online(server, 'lobby');
    const user = await online(server, 'lobby');
    const reply = await admin('rename', user.user.username, 'Renamed-1');
    expect(reply).toEqual({
      ok: true,
      message: expect.stringMatching(/Renamed-1/),
    });

    expect(await user.socket.next('nameChanged')).toEqual({
      a: 'nameChanged',
      p: {},
      s: 'dashboard',
    });
    expect((await watcher.socket.next('nameChangedRoom')).p).toEqual({
      i: user.user.id,
      o: user.user.username,
      n: 'Renamed-1',
    });
    expect((await watcher.socket.next('userUpdate')).p).toEqual({
      i: user.user.id,
      username: 'Renamed-1',
    });
  });

  it('refuses unknown commands, bad arguments and unknown users', async () => {
    expect(await admin('reboot')).toEqual({
      ok: false,
      error: expect.stringMatching(/unknown command "reboot"/),
    });
    for (const [command, ...args] of [
      ['broadcast'],
      ['maintenance-alert', 'soon'],
      ['maintenance', 'maybe'],
      ['update', 'now'],
      ['rename', 'host'],
      ['rename', 'host', 'bad name!'],
    ] as [string, ...string[]][]) {
      expect((await admin(command, ...args)).ok).toBe(false);
    }
    expect(await admin('rename', 'nobody-here', 'someone')).toEqual({
      ok: false,
      error: 'No user named "nobody-here"',
    });
    expect(
      await admin('rename', 'host', (await online(server)).user.username),
    ).toEqual({
      ok: false,
      error: 'That username is taken',
    });
  });

  it('answers bad JSON lines on the socket with an error, not a crash', async () => {
    const reply = await sendAdminCommand(server.adminSocket ?? '', {
      command: 42,
    } as never);
    expect(reply.ok).toBe(false);
    expect((await admin('help')).ok).toBe(true);
  });
});

describe('maintenance', () => {
  it('closes REST and new sockets until lifted', async () => {
    const user = await online(server, 'lobby');
    const token = await user.client.token();

    expect((await admin('maintenance', 'on')).ok).toBe(true);
    expect(await user.socket.next('plugMaintenance')).toEqual({
      a: 'plugMaintenance',
      p: {},
      s: 'dashboard',
    });
    const refused = await new Client(server.url).get('mobile/init');
    expect(refused.http).toBe(503);
    expect(refused.body).toEqual({
      status: 'maintenanceMode',
      data: [expect.any(String)],
    });
    expect(await firstFrame(server.url)).toBe(
      '[{"a":"plugMaintenance","p":{},"s":"dashboard"}]',
    );

    expect((await admin('maintenance', 'off')).ok).toBe(true);
    expect((await user.client.get('users/me')).body.status).toBe('ok');
    const back = await TestSocket.authed(server.url, token);
    expect(back.events.some((e) => e.a === 'plugMaintenance')).toBe(false);
    await back.close();
  });
});
