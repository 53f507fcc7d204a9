/** Figures from timed passes, and the plain-text report. */
import os from 'node:os';

export interface Timing {
  runner: string;
  /** Nanoseconds per pass over all frames. */
  passes: number[];
}

export interface Row {
  runner: string;
  framesPerSecond: number;
  eventsPerSecond: number;
  nsPerEvent: number;
  /** (slowest - fastest) / median, in percent. */
  spread: number;
  /** Median time over the JSON.parse floor's median time. */
  relative: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? NaN;
  return sorted.length % 2 ? upper : ((sorted[mid - 1] ?? NaN) + upper) / 2;
}

export function rows(
  timings: readonly Timing[],
  frames: number,
  events: number,
): Row[] {
  const floor = median(timings[0]?.passes ?? []);

  return timings.map(({ runner, passes }) => {
    const ns = median(passes);
    return {
      runner,
      framesPerSecond: (frames / ns) * 1e9,
      eventsPerSecond: (events / ns) * 1e9,
      nsPerEvent: ns / events,
      spread: ((Math.max(...passes) - Math.min(...passes)) / ns) * 100,
      relative: ns / floor,
    };
  });
}

const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const one = new Intl.NumberFormat('en', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

const COLUMNS = [
  'runner',
  'frames/s',
  'events/s',
  'ns/event',
  'spread',
  'time vs JSON.parse',
];

/** Text left, figures right. */
function align(value: string, width: number, column: number): string {
  return column === 0 ? value.padEnd(width) : value.padStart(width);
}

/** A Markdown table, readable as it is in a terminal. */
export function table(data: readonly Row[]): string {
  const cells = data.map((row) => [
    row.runner,
    whole.format(row.framesPerSecond),
    whole.format(row.eventsPerSecond),
    whole.format(row.nsPerEvent),
    `${one.format(row.spread)}%`,
    `${one.format(row.relative)}x`,
  ]);
  const widths = COLUMNS.map((title, i) =>
    Math.max(title.length, ...cells.map((line) => line[i]?.length ?? 0)),
  );

  const line = (values: readonly string[]) =>
    values.map((v, i) => align(v, widths[i] ?? 0, i));
  const rule = widths.map((w, i) => (i === 0 ? '-' : ':').padStart(w, '-'));
  return [line(COLUMNS), rule, ...cells.map(line)]
    .map((values) => `| ${values.join(' | ')} |`)
    .join('\n');
}

export function machine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  const memory = Math.round(os.totalmem() / 2 ** 30);
  const { version, versions } = process;
  return [
    `node ${version} (V8 ${versions.v8}), ${os.platform()} ${os.arch()}`,
    `${cpu}, ${os.availableParallelism()} cores, ${memory} GiB`,
  ].join('\n');
}

/** Other work on the machine skews every figure; say how busy it was. */
export function load(): string {
  const [one = 0, five = 0] = os.loadavg();
  return `load average ${one.toFixed(2)} (1 min), ${five.toFixed(2)} (5 min)`;
}

export function count(n: number): string {
  return whole.format(n);
}
