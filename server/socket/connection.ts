/**
 * One client socket. Every frame sent restarts the heartbeat timer, so an
 * idle socket gets a bare `h` every interval and a busy one gets none.
 */
import { WebSocket } from 'ws';
import {
  encodeServerFrame,
  HEARTBEAT,
  type ServerEvent,
} from '../../src/protocol';

/**
 * What may wait for a client that has stopped reading before it is cut
 * off. A live client drains far faster; without a cap a stalled one keeps
 * every frame of its room in server memory for as long as it stays
 * connected. Cut off, it reconnects and loads the room afresh.
 */
export const MAX_BUFFERED_BYTES = 1024 * 1024;

export class Connection {
  userID: number | null = null;
  private heartbeat: NodeJS.Timeout | null = null;

  constructor(
    readonly ws: WebSocket,
    private readonly heartbeatMs: number,
    private readonly onStalled: () => void = () => {},
  ) {
    this.restartHeartbeat();
  }

  send(events: readonly ServerEvent[]): void {
    this.write(encodeServerFrame(events));
    // A banned user must not linger: hang up once they have been told.
    if (events.some((event) => event.a === 'ban')) {
      this.ws.close(4010, 'banned from the room');
    }
  }

  stop(): void {
    if (this.heartbeat) clearTimeout(this.heartbeat);
    this.heartbeat = null;
  }

  private write(frame: string): void {
    if (this.ws.readyState !== WebSocket.OPEN) return;
    if (this.ws.bufferedAmount > MAX_BUFFERED_BYTES) {
      this.onStalled();
      this.ws.terminate();
      return;
    }
    this.ws.send(frame);
    this.restartHeartbeat();
  }

  private restartHeartbeat(): void {
    this.stop();
    this.heartbeat = setTimeout(() => this.write(HEARTBEAT), this.heartbeatMs);
    this.heartbeat.unref();
  }
}
