/** Percentiles and the plain tables the live benches print. */
/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))] ?? NaN;
}

export const ms = (value: number) =>
  Number.isNaN(value) ? '-' : `${value.toFixed(value < 10 ? 1 : 0)} ms`;

export const mib = (value: number) =>
  Number.isNaN(value) ? '-' : `${value.toFixed(0)} MiB`;

export const count = (value: number) =>
  new Intl.NumberFormat('en').format(Math.round(value));

/** A Markdown table; the first column left, the others right aligned. */
export function table(head: readonly string[], rows: readonly string[][]) {
  const widths = head.map((title, i) =>
    Math.max(title.length, ...rows.map((row) => row[i]?.length ?? 0)),
  );
  const line = (cells: readonly string[]) =>
    `| ${widths
      .map((w, i) => {
        const cell = cells[i] ?? '';
        return i === 0 ? cell.padEnd(w) : cell.padStart(w);
      })
      .join(' | ')} |`;
  const rule = widths.map((w, i) => (i === 0 ? '-' : ':').padStart(w, '-'));
  return [line(head), `| ${rule.join(' | ')} |`, ...rows.map(line)].join('\n');
}

export function say(text = ''): void {
  process.stdout.write(`${text}\n`);
}
