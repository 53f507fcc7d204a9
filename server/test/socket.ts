/** A plug-style socket client for tests, recording every frame it gets. */
import { WebSocket } from 'ws';

export interface WireEvent {
  a: string;
  p: unknown;
  s: string;
}

type Waiter = {
  match: (e: WireEvent) => boolean;
  resolve: (e: WireEvent) => void;
};

export class TestSocket {
  readonly frames: string[] = [];
  readonly events: WireEvent[] = [];
  private waiters: Waiter[] = [];

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => this.receive(String(data)));
  }

  static async connect(url: string): Promise<TestSocket> {
    const ws = new WebSocket(`${url.replace(/^http/, 'ws')}socket`);
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    return new TestSocket(ws);
  }

  /** Connects and authenticates, resolving once the `ack` arrives. */
  static async authed(url: string, token: string): Promise<TestSocket> {
    const socket = await TestSocket.connect(url);
    socket.send({ a: 'auth', p: token, t: 1 });
    await socket.next('ack');
    return socket;
  }

  send(frame: unknown): void {
    this.ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  }

  chat(text: string): void {
    this.send({ a: 'chat', p: text, t: Math.floor(Date.now() / 1000) });
  }

  /** The next event of this action (already received ones count). */
  next(action: string, match: (p: unknown) => boolean = () => true) {
    const test = (e: WireEvent) => e.a === action && match(e.p);
    const seen = this.events.findIndex(test);
    if (seen !== -1)
      return Promise.resolve(this.events.splice(seen, 1)[0] as WireEvent);

    return new Promise<WireEvent>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no ${action} event`)),
        2000,
      );
      this.waiters.push({
        match: test,
        resolve: (e) => {
          clearTimeout(timer);
          resolve(e);
        },
      });
    });
  }

  /** Waits a little and answers whether any event of this action came. */
  async got(action: string, ms = 100): Promise<boolean> {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return this.events.some((e) => e.a === action);
  }

  close(): Promise<void> {
    if (this.ws.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      this.ws.once('close', () => resolve());
      this.ws.close();
    });
  }

  private receive(frame: string): void {
    this.frames.push(frame);
    if (frame === 'h') return;

    for (const event of JSON.parse(frame) as WireEvent[]) {
      const waiter = this.waiters.find((w) => w.match(event));
      if (waiter) {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        waiter.resolve(event);
      } else {
        this.events.push(event);
      }
    }
  }
}
