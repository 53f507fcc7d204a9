/**
 * One bench user: an account, a REST session and a room connection that
 * reconnects the way the client's RoomConnection does (same library, same
 * back-off; a fresh token per attempt; auth on open; after `ack`,
 * users/me -> rooms/join -> rooms/state). The class itself needs the
 * browser, so this is a faithful copy of its steps for Node.
 */
import ReconnectingWebSocket from 'reconnecting-websocket';
import { WebSocket } from 'ws';
import { encodeAuth, encodeChat } from '../../src/protocol';
import { Rest } from './rest';

export interface WireEvent {
  a: string;
  p: unknown;
  s: string;
}

export interface MemberHooks {
  onEvent(member: Member, event: WireEvent, at: number): void;
  onLive?(member: Member): void;
}

export const ROOM = 'lobby';
/** Loopback addresses the members speak from: 127.0.0.2 and up. */
export const ADDRESSES = 20;
const MAX_TOKEN_ATTEMPTS = 30;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class Member {
  readonly rest: Rest;
  id = 0;
  username = '';
  /** Authenticated and loaded: the server counts it as in the room. */
  live = false;
  /** Sockets opened so far; more than one means it reconnected. */
  opens = 0;
  bytesReceived = 0;
  private socket: ReconnectingWebSocket | null = null;
  private token = '';
  private generation = 0;
  private stopped = false;

  constructor(
    base: string,
    readonly index: number,
    private readonly hooks: MemberHooks,
  ) {
    this.rest = new Rest(base, `127.0.0.${2 + (index % ADDRESSES)}`);
  }

  async signUp(runTag: string): Promise<void> {
    this.username = `b${runTag}u${this.index}`;
    const answer = await this.rest.ok('POST', 'users/signup', {
      email: `${this.username}@bench.test`,
      username: this.username,
      password: `bench-password-${this.index}`,
    });
    this.id = (answer.data[0] as { id: number }).id;
  }

  connect(): void {
    const url = this.rest.base.replace(/^http/, 'ws') + 'socket';
    const socket = new ReconnectingWebSocket(() => this.nextUrl(url), [], {
      WebSocket,
      maxEnqueuedMessages: 0,
      maxReconnectionDelay: 15_000,
    });
    socket.addEventListener('open', () => {
      this.opens += 1;
      this.generation += 1;
      this.live = false;
      socket.send(encodeAuth(this.token));
    });
    socket.addEventListener('message', (message) =>
      this.receive(String(message.data)),
    );
    socket.addEventListener('close', () => {
      this.generation += 1;
      this.live = false;
    });
    this.socket = socket;
  }

  sendChat(text: string): boolean {
    if (!this.live || !this.socket) return false;
    this.socket.send(encodeChat(text));
    return true;
  }

  stop(): void {
    this.stopped = true;
    this.live = false;
    this.socket?.close();
  }

  private async nextUrl(url: string): Promise<string> {
    for (let attempt = 1; attempt <= MAX_TOKEN_ATTEMPTS; attempt++) {
      if (this.stopped) break;
      try {
        this.token = (await this.rest.ok('GET', 'auth/token'))
          .data[0] as string;
        return url;
      } catch {
        await sleep(Math.min(1000 * attempt, 10_000) + Math.random() * 1000);
      }
    }
    return url;
  }

  private receive(frame: string): void {
    const at = performance.now();
    this.bytesReceived += frame.length;
    if (frame === 'h') return;

    for (const event of JSON.parse(frame) as WireEvent[]) {
      if (event.a === 'ack' && event.p === '1') void this.sync(this.generation);
      else if (event.a === 'ack' || event.a === 'killSession') this.stop();
      this.hooks.onEvent(this, event, at);
    }
  }

  private async sync(generation: number): Promise<void> {
    try {
      await this.rest.ok('GET', 'users/me');
      await this.rest.ok('POST', 'rooms/join', { slug: ROOM });
      await this.rest.ok('GET', 'rooms/state');
      if (generation !== this.generation || this.stopped) return;
      this.live = true;
      this.hooks.onLive?.(this);
    } catch {
      // The socket is likely going down too; its reconnect loads again.
      if (generation === this.generation) this.socket?.reconnect();
    }
  }
}
