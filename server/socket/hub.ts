/**
 * The `/socket` endpoint: authenticates each connection with a one-use
 * token, hands chat to the room, and delivers published events to the
 * sockets of this process. Nothing a client sends can throw out of here.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import {
  clientFrameSchema,
  DASHBOARD,
  serverEvent,
  type ServerEvent,
} from '../../src/protocol';
import { Chat } from '../chat/chat';
import type { AppContext } from '../context';
import type { Audience } from './broadcast';
import { Connection } from './connection';

export const MAX_FRAME_BYTES = 16 * 1024;
const AUTH_TIMEOUT_MS = 30_000;

export interface HubOptions {
  heartbeatMs: number;
  /**
   * How long a user whose last socket closed stays in their room. A page
   * reload or a network blip reconnects within it, so the DJ keeps their
   * play and wait-list spot instead of leaving and rejoining.
   */
  leaveGraceMs: number;
}

export class SocketHub {
  private readonly wss = new WebSocketServer({
    noServer: true,
    maxPayload: MAX_FRAME_BYTES,
  });
  private readonly byUser = new Map<number, Set<Connection>>();
  private readonly leaving = new Map<number, NodeJS.Timeout>();
  private readonly chat: Chat;
  private readonly unsubscribe: () => void;
  private readonly log;

  constructor(
    private readonly app: AppContext,
    private readonly options: HubOptions,
  ) {
    this.chat = new Chat(app);
    this.log = app.logs.for('ws');
    this.unsubscribe = app.broadcast.subscribe((to, events) =>
      this.deliver(to, events),
    );
  }

  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.wss.handleUpgrade(req, socket, head, (ws) => this.accept(ws));
  }

  async close(): Promise<void> {
    this.unsubscribe();
    for (const timer of this.leaving.values()) clearTimeout(timer);
    for (const ws of this.wss.clients) ws.close(1001, 'server shutting down');
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private accept(ws: WebSocket): void {
    const conn = new Connection(ws, this.options.heartbeatMs, () =>
      this.log.warn('socket not reading; cut off', { user: conn.userID }),
    );
    // Tells the client not to retry until later; REST refuses it anyway.
    if (this.app.service.maintenance) {
      conn.send([serverEvent('plugMaintenance', {}, DASHBOARD)]);
    }
    const deadline = setTimeout(() => {
      if (conn.userID === null) ws.close(4001, 'authentication timed out');
    }, AUTH_TIMEOUT_MS);
    deadline.unref();

    ws.on('message', (data, isBinary) => {
      if (isBinary) return;
      this.onFrame(conn, data).catch((error: unknown) => {
        this.log.error(`frame handling failed: ${String(error)}`, {
          user: conn.userID,
        });
      });
    });
    ws.on('close', () => {
      clearTimeout(deadline);
      conn.stop();
      this.onClose(conn);
    });
    ws.on('error', (error) => {
      this.log.debug(`socket error: ${error.message}`, { user: conn.userID });
    });
  }

  private async onFrame(conn: Connection, data: RawData): Promise<void> {
    const frame = parseFrame(data);
    if (!frame) return;

    if (frame.a === 'auth') return this.authenticate(conn, frame.p);
    if (conn.userID !== null) await this.chat.send(conn.userID, frame.p);
  }

  private async authenticate(conn: Connection, token: string): Promise<void> {
    // A second auth on a live socket would let it switch users mid-stream.
    if (conn.userID !== null) return;

    const userID = await this.app.sessions.redeemToken(token);
    if (userID === null) {
      conn.send([serverEvent('ack', '0', DASHBOARD)]);
      conn.ws.close(4003, 'invalid token');
      this.log.info('socket auth refused');
      return;
    }

    conn.userID = userID;
    clearTimeout(this.leaving.get(userID));
    this.leaving.delete(userID);
    const sockets = this.byUser.get(userID) ?? new Set();
    endOlderSessions(sockets);
    sockets.add(conn);
    this.byUser.set(userID, sockets);
    conn.send([serverEvent('ack', '1', DASHBOARD)]);
    this.log.info('socket authenticated', { user: userID });
  }

  private onClose(conn: Connection): void {
    const { userID } = conn;
    if (userID === null) return;

    const sockets = this.byUser.get(userID);
    sockets?.delete(conn);
    if (sockets && sockets.size > 0) return;

    this.byUser.delete(userID);
    this.chat.forget(userID);
    const timer = setTimeout(() => {
      this.leaving.delete(userID);
      this.app.rooms.leave(userID).catch((error: unknown) => {
        this.log.error(`leave after close failed: ${String(error)}`, {
          user: userID,
        });
      });
    }, this.options.leaveGraceMs);
    this.leaving.set(userID, timer);
  }

  private deliver(to: Audience, events: ServerEvent[]): void {
    if ('everyone' in to) {
      for (const sockets of this.byUser.values()) {
        for (const conn of sockets) conn.send(events);
      }
      return;
    }
    const recipients =
      'user' in to
        ? [to.user]
        : this.app.rooms.members(to.room).filter((id) => id !== to.except);

    for (const userID of recipients) {
      for (const conn of this.byUser.get(userID) ?? []) conn.send(events);
    }
  }
}

/**
 * One live socket per account: the newest wins and older ones are told so.
 * They are unhooked from the user first, so their closing neither delivers
 * more events nor starts the leave grace timer.
 */
function endOlderSessions(sockets: Set<Connection>): void {
  for (const old of sockets) {
    old.send([serverEvent('killSession', {}, DASHBOARD)]);
    old.userID = null;
    old.ws.close(4000, 'logged in elsewhere');
  }
  sockets.clear();
}

function parseFrame(data: RawData) {
  try {
    const result = clientFrameSchema.safeParse(JSON.parse(data.toString()));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}
