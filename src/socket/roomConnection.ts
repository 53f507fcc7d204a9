/**
 * One live connection to a room, without React. It keeps the socket up
 * (reconnecting with jitter), authenticates on every open with a fresh
 * token, watches for silence, and after each `ack` loads the room afresh:
 * users/me -> rooms/join -> rooms/state -> one `snapshot` action.
 */
import ReconnectingWebSocket from 'reconnecting-websocket';
import { getMyAccount, type MyAccount } from '../api/accountEndpoints';
import * as api from '../api/endpoints';
import { ApiError, isApiError } from '../api/client';
import { logger } from '../log';
import {
  decodeFrame,
  encodeAuth,
  encodeChat,
  type RoomEvent,
} from '../protocol';
import type { RoomAction } from '../room/actions';

const log = logger('socket');

export type ConnectionStatus = 'connecting' | 'syncing' | 'live' | 'stopped';

/** After these the server does not want us back. */
const FINAL_EVENTS = new Set<RoomEvent['type']>([
  'ban',
  'killSession',
  'plugMaintenance',
  'nameChanged',
  'plugUpdate',
]);

export interface RoomConnectionOptions {
  slug: string;
  url: string;
  dispatch: (action: RoomAction) => void;
  onStatus: (status: ConnectionStatus) => void;
  /** Side effects of events (flood back-off); runs before the dispatch. */
  onEvent: (event: RoomEvent) => void;
  onSignedOut: () => void;
  /** Your account (`users/me`); null when the session is logged out. */
  loadAccount?: () => Promise<MyAccount | null>;
  silenceLimit?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class RoomConnection {
  private readonly options: RoomConnectionOptions;
  private readonly socket: ReconnectingWebSocket;
  private readonly watchdog: ReturnType<typeof setInterval>;
  private token = '';
  private lastFrame = Date.now();
  private generation = 0;
  private acked = false;
  private stopped = false;
  private readonly unknownActions = new Set<string>();

  constructor(options: RoomConnectionOptions) {
    this.options = options;
    this.socket = new ReconnectingWebSocket(() => this.nextUrl(), [], {
      maxEnqueuedMessages: 0,
      maxReconnectionDelay: 15_000,
    });
    this.socket.addEventListener('open', this.onOpen);
    this.socket.addEventListener('message', this.onMessage);
    this.socket.addEventListener('close', this.onClose);
    this.watchdog = setInterval(this.checkSilence, 5000);
  }

  sendChat(text: string): boolean {
    if (!this.acked || this.socket.readyState !== ReconnectingWebSocket.OPEN)
      return false;
    this.socket.send(encodeChat(text));
    return true;
  }

  dispose(): void {
    this.stopped = true;
    this.acked = false;
    clearInterval(this.watchdog);
    this.socket.close();
  }

  private stop() {
    this.dispose();
    this.options.onStatus('stopped');
  }

  /**
   * Fetches a fresh token before each connection attempt. It never rejects:
   * the socket library would stop reconnecting for good if it did.
   */
  private async nextUrl(): Promise<string> {
    for (let attempt = 1; !this.stopped; attempt++) {
      try {
        this.token = await api.getSocketToken();
        return this.options.url;
      } catch (error) {
        if (isApiError(error, 'notAuthorized')) this.options.onSignedOut();
        log.warn('no socket token, attempt', attempt, String(error));
        await sleep(Math.min(1000 * attempt, 10_000) + Math.random() * 1000);
      }
    }
    return this.options.url;
  }

  private onOpen = () => {
    this.lastFrame = Date.now();
    this.acked = false;
    this.generation += 1;
    log.info('connected', { room: this.options.slug });

    // Until the new snapshot lands, events are held back by the reducer.
    this.options.dispatch({ type: 'resync' });
    this.options.onStatus('syncing');
    this.socket.send(encodeAuth(this.token));
  };

  private onMessage = (message: MessageEvent) => {
    this.lastFrame = Date.now();
    if (typeof message.data !== 'string') return;

    const events = decodeFrame(message.data, {
      slug: this.options.slug,
      onDrop: this.onDrop,
    });
    for (const event of events) this.handle(event);
  };

  private onDrop = (reason: string, action?: string) => {
    // A server newer than us may send an action on every frame: say it once.
    if (reason === 'unknown action' && action) {
      if (this.unknownActions.has(action)) return;
      this.unknownActions.add(action);
    }
    log.debug('dropped', { room: this.options.slug, action }, reason);
  };

  private handle(event: RoomEvent) {
    this.options.onEvent(event);
    this.options.dispatch(event);

    if (event.type === 'ack' && event.accepted) {
      this.acked = true;
      void this.sync(this.generation);
    } else if (event.type === 'ack' || FINAL_EVENTS.has(event.type)) {
      log.warn('session ended by', event.type);
      this.stop();
    }
  }

  private onClose = () => {
    // A load still under way belongs to the closed socket; drop its result.
    this.generation += 1;
    this.acked = false;
    if (!this.stopped) this.options.onStatus('connecting');
  };

  private checkSilence = () => {
    const silent = Date.now() - this.lastFrame;
    const limit = this.options.silenceLimit ?? 25_000;
    if (this.socket.readyState !== ReconnectingWebSocket.OPEN || silent < limit)
      return;

    log.warn('no frame for', silent, 'ms; reconnecting');
    // Counts as a fresh start, so a slow reconnect is not cut short again.
    this.lastFrame = Date.now();
    this.socket.reconnect();
  };

  private async sync(generation: number) {
    const { slug, dispatch } = this.options;
    try {
      const mine = await (this.options.loadAccount ?? getMyAccount)();
      if (!mine) throw new ApiError('notAuthorized', 'Logged out', 401);
      const { user: me, account } = mine;
      await api.joinRoom(slug);
      const snapshot = await api.getRoomState();

      // A newer connection started meanwhile; its own sync will win.
      if (generation !== this.generation || this.stopped) return;
      dispatch({ type: 'snapshot', me, snapshot, account });
      this.options.onStatus('live');
      log.info('room loaded', {
        room: slug,
        user: me.id,
        users: snapshot.users.length,
      });
    } catch (error) {
      if (generation !== this.generation || this.stopped) return;
      this.syncFailed(error);
    }
  }

  private syncFailed(error: unknown) {
    log.warn(
      'could not load the room',
      { room: this.options.slug },
      String(error),
    );

    if (isApiError(error, 'notAuthorized')) {
      this.stop();
      this.options.onSignedOut();
    } else if (isApiError(error, 'ban')) {
      const left = (error.detail as { e?: unknown } | undefined)?.e;
      const secondsLeft = typeof left === 'number' ? left : -1;
      this.options.dispatch({
        type: 'sessionEnded',
        end: { reason: 'roomBan', secondsLeft },
      });
      this.stop();
    } else {
      const text =
        error instanceof Error ? error.message : 'Could not load the room.';
      this.options.dispatch({ type: 'notice', tone: 'error', text });
      setTimeout(
        () => {
          if (!this.stopped) this.socket.reconnect();
        },
        3000 + Math.random() * 2000,
      );
    }
  }
}
