/**
 * Starts queued items one at a time with a growing gap: the first of a burst
 * goes out at once, each next one waits `step` ms longer than the one before,
 * up to `maxGap`. An idle spell of `maxGap` ends the burst. `pause` holds
 * everything back, e.g. while the server says we are flooding it.
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
    if (idle && this.now() - this.lastStart >= this.maxGap) this.burst = 0;

    this.items.push(item);
    this.pump();
  }

  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.now() + ms);
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
    const gap = Math.min(this.burst * this.step, this.maxGap);
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
