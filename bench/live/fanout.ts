/**
 * Chat fan-out, measured at the receivers: each line carries its id and
 * send time, so every other member's socket yields one latency sample,
 * and lines expected but never received count as lost.
 */
import { percentile } from './stats';

export class FanOut {
  lines = 0;
  expected = 0;
  received = 0;
  readonly latencies: number[] = [];

  summary() {
    const sorted = [...this.latencies].sort((a, b) => a - b);
    return {
      lines: this.lines,
      expected: this.expected,
      received: this.received,
      lost: this.expected - this.received,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      max: sorted.at(-1) ?? NaN,
    };
  }
}

export type FanOutSummary = ReturnType<FanOut['summary']>;

interface Line {
  sentAt: number;
  senderID: number;
  window: FanOut;
}

const LINE = /^bench (\d+) (\d+\.\d+)/;

/** Every line sent, whichever window it was counted in. */
export class LineBook {
  window = new FanOut();
  private readonly lines = new Map<number, Line>();
  private nextID = 1;

  /** The text to send, counted as expected at `receivers` sockets. */
  write(senderID: number, receivers: number, padTo = 0): string {
    const id = this.nextID++;
    const sentAt = performance.now();
    this.lines.set(id, { sentAt, senderID, window: this.window });
    this.window.lines += 1;
    this.window.expected += receivers;
    return `bench ${id} ${sentAt.toFixed(3)} `.padEnd(padTo, 'x');
  }

  /**
   * Counts a received line; answers the sender's id when it is their own
   * echo (not a sample), or null.
   */
  receive(receiverID: number, text: string, at: number): number | null {
    const match = LINE.exec(text);
    const line = this.lines.get(Number(match?.[1]));
    if (!match || !line) return null;
    if (line.senderID === receiverID) return receiverID;

    line.window.received += 1;
    line.window.latencies.push(at - Number(match[2]));
    return null;
  }
}
