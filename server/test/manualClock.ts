/** A clock that only moves when a test says so. */
import type { Clock } from '../clock';

interface Timer {
  at: number;
  fn: () => void;
}

export class ManualClock implements Clock {
  private timers = new Set<Timer>();

  constructor(private time = Date.UTC(2026, 0, 1, 12)) {}

  now(): number {
    return this.time;
  }

  after(ms: number, fn: () => void) {
    const timer = { at: this.time + ms, fn };
    this.timers.add(timer);
    return () => void this.timers.delete(timer);
  }

  /** Moves time forward, firing each timer that falls due, in order. */
  advance(ms: number): void {
    const until = this.time + ms;
    for (;;) {
      const next = [...this.timers]
        .filter((t) => t.at <= until)
        .sort((a, b) => a.at - b.at)[0];
      if (!next) break;
      this.timers.delete(next);
      this.time = next.at;
      next.fn();
    }
    this.time = until;
  }

  get pending(): number {
    return this.timers.size;
  }
}
