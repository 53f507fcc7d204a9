/**
 * Starts queued items one at a time with a growing gap: the first of a burst
 * goes out at once, each next one waits `step` ms longer than the one before,
 * up to `maxGap`. An idle spell of `maxGap` ends the burst. `pause` holds
 * everything back, e.g. while the server says we are flooding it, and
 * `minGap` keeps every start apart, e.g. for a room's slow mode.
 */
export interface PaceOptions {
  step: number;
  maxGap: number;
  now?: () => number;
}

export class PacedQueue<T> {
  private readonly step: number;
  private readonly maxGap: number;
  private readonly now: () => number;
  private readonly start: (item: T) => void;

  private items: T[] = [];
  private burst = 0;
  private lastStart = -Infinity;
  private pausedUntil = 0;
  private minGap = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(start: (item: T) => void, options: PaceOptions) {
    this.start = start;
    this.step = options.step;
    this.maxGap = options.maxGap;
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.items.length;
  }

  push(item: T): void {
    const idle = this.items.length === 0 && this.timer === null;
    const quiet = Math.max(this.maxGap, this.minGap);
    if (idle && this.now() - this.lastStart >= quiet) this.burst = 0;

    this.items.push(item);
    this.pump();
  }

  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.now() + ms);
    this.cancelTimer();
    this.pump();
  }

  /** Puts items back at the head of the line, in the order given. */
  pushFront(...items: T[]): void {
    this.items.unshift(...items);
    this.pump();
  }

  /** At least this many ms between two starts, from now on. */
  setMinGap(ms: number): void {
    this.minGap = Math.max(0, ms);
    this.cancelTimer();
    this.pump();
  }

  /** Drops whatever has not started yet and returns it. */
  clear(): T[] {
    this.cancelTimer();
    return this.items.splice(0);
  }

  private cancelTimer() {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private delay(): number {
    const now = this.now();
    const paced = Math.min(this.burst * this.step, this.maxGap);
    const gap = Math.max(paced, this.minGap);
    return Math.max(this.pausedUntil - now, this.lastStart + gap - now, 0);
  }

  private pump() {
    while (this.timer === null && this.items.length > 0) {
      const wait = this.delay();
      if (wait > 0) {
        this.timer = setTimeout(() => {
          this.timer = null;
          this.pump();
        }, wait);
        return;
      }

      const item = this.items.shift() as T;
      this.lastStart = this.now();
      this.burst += 1;
      this.start(item);
    }
  }
}
