/**
 * Sends chat over the socket: splits what was typed into lines the server
 * accepts whole, paces them (+70 ms per line in a burst, at most 700 ms) and
 * tracks each until its echo confirms it. Confirmation happens in the
 * reducer (own uid, oldest line first); here a line only times out.
 */
import { logger } from '../log';
import type { LocalAction } from '../room/actions';
import { PacedQueue } from './pacedQueue';
import { splitChat } from './splitChat';

const log = logger('chat');

export interface ChatSenderOptions {
  /** Puts one line on the socket; false when the socket is not open. */
  transmit?: (text: string) => boolean;
  dispatch: (action: LocalAction) => void;
  step?: number;
  maxGap?: number;
  confirmTimeout?: number;
  now?: () => number;
}

interface Line {
  localId: string;
  text: string;
}

let senderCount = 0;

export class ChatSender {
  private transmit: (text: string) => boolean;
  private readonly dispatch: (action: LocalAction) => void;
  private readonly confirmTimeout: number;
  private readonly queue: PacedQueue<Line>;
  private readonly timeouts = new Set<ReturnType<typeof setTimeout>>();
  private readonly prefix = `local-${(senderCount += 1)}`;
  private count = 0;

  constructor(options: ChatSenderOptions) {
    this.transmit = options.transmit ?? (() => false);
    this.dispatch = options.dispatch;
    this.confirmTimeout = options.confirmTimeout ?? 10_000;
    this.queue = new PacedQueue((line) => this.start(line), {
      step: options.step ?? 70,
      maxGap: options.maxGap ?? 700,
      now: options.now,
    });
  }

  /** Returns how many lines the text became. */
  send(text: string): number {
    const lines = splitChat(text).map((part) => ({
      localId: `${this.prefix}-${(this.count += 1)}`,
      text: part,
    }));

    // All lines show up greyed before the first one leaves.
    for (const line of lines) this.dispatch({ type: 'chatQueued', ...line });
    for (const line of lines) this.queue.push(line);
    return lines.length;
  }

  /** Holds lines back after `floodChat`. */
  backOff(ms = 2000): void {
    this.queue.pause(ms);
  }

  /** Sends through this socket from now on. */
  connect(transmit: (text: string) => boolean): void {
    this.transmit = transmit;
  }

  /** Fails what is still queued and stops waiting for echoes. */
  reset(): void {
    for (const line of this.queue.clear()) {
      this.dispatch({ type: 'chatFailed', localId: line.localId });
    }
    for (const timeout of this.timeouts) clearTimeout(timeout);
    this.timeouts.clear();
  }

  private start(line: Line) {
    if (!this.transmit(line.text)) {
      log.warn('socket not open; line not sent');
      this.dispatch({ type: 'chatFailed', localId: line.localId });
      return;
    }
    this.dispatch({ type: 'chatSent', localId: line.localId });

    const timeout = setTimeout(() => {
      this.timeouts.delete(timeout);
      this.dispatch({ type: 'chatFailed', localId: line.localId });
    }, this.confirmTimeout);
    this.timeouts.add(timeout);
  }
}
