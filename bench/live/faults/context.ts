/** What every fault scenario gets, and what it reports. */
import { sleep } from '../crowd';
import { FanOut, type FanOutSummary } from '../fanout';
import type { Member } from '../member';
import type { ServerChild } from '../server';
import { ms } from '../stats';
import type { Traffic } from '../traffic';

export interface FaultRun {
  server: ServerChild;
  traffic: Traffic;
  members: Member[];
  /** Others' fan-out with nothing going wrong, to compare against. */
  reference: FanOutSummary;
}

export interface Outcome {
  scenario: string;
  pass: boolean;
  figure: string;
}

const DRAIN_MS = 1000;

/** Others' fan-out over the next `forMs`, lines in flight included. */
export async function measureWindow(
  traffic: Traffic,
  forMs: number,
): Promise<FanOutSummary> {
  const window = new FanOut();
  traffic.book.window = window;
  await sleep(forMs);
  // Later lines count elsewhere; these get time to land.
  traffic.book.window = new FanOut();
  await sleep(DRAIN_MS);
  return window.summary();
}

/**
 * Unchanged within noise: a loopback p95 of a few ms moves by a few ms
 * between windows with nothing wrong.
 */
export function unchanged(
  during: FanOutSummary,
  reference: FanOutSummary,
): boolean {
  return during.lost === 0 && during.p95 <= Math.max(2 * reference.p95, 20);
}

export function compare(
  during: FanOutSummary,
  reference: FanOutSummary,
): string {
  return (
    `others' fan-out p95 ${ms(during.p95)} (reference ${ms(reference.p95)}), ` +
    `${during.lost} of ${during.expected} lost`
  );
}
