import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RoomAction } from '../room/actions';
import { roomStateSchema } from '../protocol';
import { wireState, user, ME, SLUG } from '../room/testFixtures';
import { RoomConnection, type ConnectionStatus } from './roomConnection';

const fake = vi.hoisted(() => {
  type Listener = (event: unknown) => void;

  class FakeSocket {
    static OPEN = 1;
    readyState = 0;
    sent: string[] = [];
    closed = false;
    reconnects = 0;
    private listeners = new Map<string, Listener[]>();

    constructor(readonly nextUrl: () => Promise<string>) {
      sockets.push(this);
    }

    addEventListener(type: string, listener: Listener) {
      this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
    }

    send(data: string) {
      this.sent.push(data);
    }

    close() {
      this.closed = true;
      this.readyState = 3;
    }

    reconnect() {
      this.reconnects += 1;
    }

    async open() {
      await this.nextUrl();
      this.readyState = 1;
      this.emit('open', {});
    }

    receive(data: unknown) {
      this.emit('message', {
        data: typeof data === 'string' ? data : JSON.stringify(data),
      });
    }

    private emit(type: string, event: unknown) {
      for (const listener of this.listeners.get(type) ?? []) listener(event);
    }
  }

  const sockets: FakeSocket[] = [];
  return { FakeSocket, sockets };
});

vi.mock('reconnecting-websocket', () => ({ default: fake.FakeSocket }));

const api = vi.hoisted(() => ({
  calls: [] as string[],
  getSocketToken: vi.fn(),
  getMyAccount: vi.fn(),
  joinRoom: vi.fn(),
  getRoomState: vi.fn(),
}));

vi.mock('../api/endpoints', () => api);
vi.mock('../api/accountEndpoints', () => api);

function setup() {
  const actions: RoomAction[] = [];
  const statuses: ConnectionStatus[] = [];
  const connection = new RoomConnection({
    slug: SLUG,
    url: 'ws://127.0.0.1/socket',
    dispatch: (action) => actions.push(action),
    onStatus: (status) => statuses.push(status),
    onEvent: () => {},
    onSignedOut: () => {},
  });
  const socket = fake.sockets.at(-1)!;
  const types = () => actions.map((a) => a.type);
  return { connection, socket, actions, statuses, types };
}

const ack = [{ a: 'ack', p: '1', s: 'dashboard' }];

describe('RoomConnection', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    fake.sockets.length = 0;
    api.calls.length = 0;
    let tokens = 0;
    api.getSocketToken.mockImplementation(async () => `token-${(tokens += 1)}`);
    api.getMyAccount.mockImplementation(async () => {
      api.calls.push('me');
      return {
        user: user(ME),
        account: { level: 5, xp: 10, pp: 20 },
        notifications: [],
      };
    });
    api.joinRoom.mockImplementation(async (slug: string) => {
      api.calls.push(`join ${slug}`);
    });
    api.getRoomState.mockImplementation(async () => {
      api.calls.push('state');
      return roomStateSchema.parse(wireState());
    });
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('authenticates with a fresh token as soon as the socket opens', async () => {
    const { connection, socket } = setup();

    await socket.open();
    await socket.open();

    expect(socket.sent.map((f) => JSON.parse(f))).toMatchObject([
      { a: 'auth', p: 'token-1' },
      { a: 'auth', p: 'token-2' },
    ]);
    connection.dispose();
  });

  it('loads the room after the ack and dispatches one snapshot', async () => {
    const { connection, socket, types, statuses } = setup();
    await socket.open();

    socket.receive(ack);
    await vi.waitFor(() => expect(statuses.at(-1)).toBe('live'));

    expect(api.calls).toEqual(['me', `join ${SLUG}`, 'state']);
    expect(types().filter((t) => t === 'snapshot')).toHaveLength(1);
    expect(types()[0]).toBe('resync');
    connection.dispose();
  });

  it('drops a snapshot that a newer connection has overtaken', async () => {
    const { connection, socket, types } = setup();
    await socket.open();
    socket.receive(ack);

    // The socket reopens before the first load finishes.
    await socket.open();
    await vi.waitFor(() => expect(api.calls).toHaveLength(3));
    await Promise.resolve();

    expect(types().filter((t) => t === 'snapshot')).toHaveLength(0);
    connection.dispose();
  });

  it('dispatches events of this room in order and ignores other rooms', async () => {
    const { connection, socket, actions } = setup();
    await socket.open();

    socket.receive([
      { a: 'vote', p: { i: 1, v: 1 }, s: SLUG },
      { a: 'vote', p: { i: 2, v: 1 }, s: 'elsewhere' },
      { a: 'grab', p: 1, s: SLUG },
    ]);

    expect(actions.map((a) => a.type)).toEqual(['resync', 'vote', 'grab']);
    connection.dispose();
  });

  it('only sends chat once the server has accepted the token', async () => {
    const { connection, socket } = setup();
    await socket.open();
    expect(connection.sendChat('too early')).toBe(false);

    socket.receive(ack);

    expect(connection.sendChat('hello')).toBe(true);
    expect(JSON.parse(socket.sent.at(-1)!)).toMatchObject({
      a: 'chat',
      p: 'hello',
    });
    connection.dispose();
  });

  it('reconnects after 25 s without any frame, heartbeats included', async () => {
    const { connection, socket } = setup();
    await socket.open();

    await vi.advanceTimersByTimeAsync(20_000);
    socket.receive('h');
    await vi.advanceTimersByTimeAsync(20_000);
    expect(socket.reconnects).toBe(0);

    await vi.advanceTimersByTimeAsync(10_000);
    expect(socket.reconnects).toBe(1);
    connection.dispose();
  });

  it('stops for good when the session is killed', async () => {
    const { socket, statuses } = setup();
    await socket.open();

    socket.receive([{ a: 'killSession', p: {}, s: SLUG }]);

    expect(socket.closed).toBe(true);
    expect(statuses.at(-1)).toBe('stopped');
  });
});
