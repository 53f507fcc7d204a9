/**
 * Sends chat over the socket: splits what was typed into lines the server
 * accepts whole, paces them (+70 ms per line in a burst, at most 700 ms) and
 * tracks each until its echo confirms it. The reducer confirms lines (see
 * matchEcho); the sender does the same through `echoed`, so it knows which
 * lines are still unconfirmed.
 *
 * Servers drop lines that come too fast without saying which. So after
 * `floodChat` the sender holds everything back for a moment, spaces lines
 * at least a second apart for a while, and sends again the lines that got
 * no echo; after `rateLimit` it does the same at the room's slow-mode pace.
 */
import { logger } from '../log';
import type { LocalAction } from '../room/actions';
import { matchEcho, type Echo } from '../room/echo';
import { PacedQueue } from './pacedQueue';
import { splitChat } from './splitChat';

const log = logger('chat');

const SLOW_MODE_MARGIN = 250;

export interface ChatSenderOptions {
  /** Puts one line on the socket; false when the socket is not open. */
  transmit?: (text: string) => boolean;
  dispatch: (action: LocalAction) => void;
  step?: number;
  maxGap?: number;
  confirmTimeout?: number;
  /** How long `floodChat` holds every line back. */
  floodPause?: number;
  /** The gap between lines after `floodChat`, for `floodCooldown` ms. */
  floodGap?: number;
  floodCooldown?: number;
  /** How long after a flood signal an unconfirmed line counts as dropped. */
  retryAfter?: number;
  /** Sends of one line before it is shown as failed. */
  maxAttempts?: number;
  now?: () => number;
}

interface Line {
  localId: string;
  text: string;
  attempts: number;
}

interface InFlight {
  line: Line;
  timeout: ReturnType<typeof setTimeout>;
}

let senderCount = 0;

export class ChatSender {
  private transmit: (text: string) => boolean;
  private readonly dispatch: (action: LocalAction) => void;
  private readonly options: Required<
    Omit<ChatSenderOptions, 'transmit' | 'dispatch' | 'now'>
  >;
  private readonly queue: PacedQueue<Line>;
  private readonly prefix = `local-${(senderCount += 1)}`;
  private count = 0;
  /** Sent lines waiting for their echo, oldest first. */
  private inFlight: InFlight[] = [];
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private slowModeGap = 0;
  private floodGapUntil = 0;
  private readonly now: () => number;

  constructor(options: ChatSenderOptions) {
    this.transmit = options.transmit ?? (() => false);
    this.dispatch = options.dispatch;
    this.now = options.now ?? Date.now;
    this.options = {
      step: options.step ?? 70,
      maxGap: options.maxGap ?? 700,
      confirmTimeout: options.confirmTimeout ?? 10_000,
      floodPause: options.floodPause ?? 3000,
      floodGap: options.floodGap ?? 1000,
      floodCooldown: options.floodCooldown ?? 30_000,
      retryAfter: options.retryAfter ?? 2500,
      maxAttempts: options.maxAttempts ?? 3,
    };
    this.queue = new PacedQueue((line) => this.start(line), {
      step: this.options.step,
      maxGap: this.options.maxGap,
      now: options.now,
    });
  }

  /** Returns how many lines the text became. */
  send(text: string): number {
    const lines = splitChat(text).map((part) => ({
      localId: `${this.prefix}-${(this.count += 1)}`,
      text: part,
      attempts: 0,
    }));

    // All lines show up greyed before the first one leaves.
    for (const { localId, text } of lines)
      this.dispatch({ type: 'chatQueued', localId, text });
    for (const line of lines) this.queue.push(line);
    return lines.length;
  }

  /** Your own line came back: confirm the one it echoes. */
  echoed(echo: Echo): void {
    const lines = this.inFlight.map((entry) => entry.line);
    const localId = matchEcho(lines, echo);
    const entry = this.inFlight.find((e) => e.line.localId === localId);
    if (!entry) return;
    clearTimeout(entry.timeout);
    this.inFlight = this.inFlight.filter((e) => e !== entry);
  }

  /** `floodChat`: hold lines back, slow down, resend what was dropped. */
  backOff(ms = this.options.floodPause): void {
    log.warn('server says chat is too fast; holding lines for', ms, 'ms');
    this.queue.pause(ms);
    this.floodGapUntil = this.now() + this.options.floodCooldown;
    this.applyGap();
    this.later(this.options.floodCooldown, () => this.applyGap());
    this.resendDropped();
  }

  /** `rateLimit`: the lines just sent may have been dropped. */
  rateLimited(): void {
    this.resendDropped();
  }

  /**
   * The room's slow mode in seconds; 0 turns it off. The server measures
   * the gap when lines arrive, so a little margin covers network jitter.
   */
  setSlowMode(seconds: number): void {
    this.slowModeGap = seconds > 0 ? seconds * 1000 + SLOW_MODE_MARGIN : 0;
    this.applyGap();
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
    for (const entry of this.inFlight) clearTimeout(entry.timeout);
    this.inFlight = [];
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private applyGap() {
    const flooding = this.now() < this.floodGapUntil;
    const floodGap = flooding ? this.options.floodGap : 0;
    this.queue.setMinGap(Math.max(this.slowModeGap, floodGap));
  }

  private later(ms: number, run: () => void) {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      run();
    }, ms);
    this.timers.add(timer);
  }

  /**
   * Lines on their way when the server complained may never be echoed.
   * Whatever is still unconfirmed a little later goes out again, ahead of
   * newer lines and in its old order, so confirmations stay in order too.
   */
  private resendDropped() {
    // By send, not by line: a line sent again since is not a suspect.
    const suspects = [...this.inFlight];
    if (suspects.length === 0) return;

    this.later(this.options.retryAfter, () => {
      const dropped = this.inFlight.filter((e) => suspects.includes(e));
      if (dropped.length === 0) return;
      this.inFlight = this.inFlight.filter((e) => !dropped.includes(e));

      const again: Line[] = [];
      for (const { line, timeout } of dropped) {
        clearTimeout(timeout);
        if (line.attempts >= this.options.maxAttempts) {
          this.dispatch({ type: 'chatFailed', localId: line.localId });
        } else {
          this.dispatch({ type: 'chatRetrying', localId: line.localId });
          again.push(line);
        }
      }
      log.info('sending again', again.length, 'dropped lines');
      this.queue.pushFront(...again);
    });
  }

  private start(line: Line) {
    if (!this.transmit(line.text)) {
      log.warn('socket not open; line not sent');
      this.dispatch({ type: 'chatFailed', localId: line.localId });
      return;
    }
    line.attempts += 1;
    this.dispatch({ type: 'chatSent', localId: line.localId });

    const entry: InFlight = {
      line,
      timeout: setTimeout(() => {
        this.inFlight = this.inFlight.filter((e) => e !== entry);
        this.dispatch({ type: 'chatFailed', localId: line.localId });
      }, this.options.confirmTimeout),
    };
    this.inFlight.push(entry);
  }
}
