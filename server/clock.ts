/**
 * Time as the server sees it. The booth schedules plays on this clock, so
 * tests can swap in a manual one and step through songs instantly.
 */

export type Cancel = () => void;

export interface Clock {
  now(): number;
  /** Runs `fn` once after `ms`; the returned function cancels it. */
  after(ms: number, fn: () => void): Cancel;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  after(ms, fn) {
    const timer = setTimeout(fn, ms);
    timer.unref();
    return () => clearTimeout(timer);
  },
};
