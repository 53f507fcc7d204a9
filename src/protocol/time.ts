/**
 * plug timestamps: `2015-04-18 00:25:14.899831`, always UTC, with no zone
 * marker and a fraction of 0, 3 or 6 digits.
 */
const PLUG_TIME =
  /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(?:\.(\d{1,6}))?Z?$/;

/** Epoch milliseconds, or null when the text is not a plug timestamp. */
export function parsePlugTime(text: string): number | null {
  const match = PLUG_TIME.exec(text);
  if (!match) return null;

  const [, day, clock, fraction = ''] = match;
  const millis = Number(fraction.padEnd(3, '0').slice(0, 3));
  const ms = Date.parse(`${day}T${clock}Z`);
  return Number.isNaN(ms) ? null : ms + millis;
}

export function formatPlugTime(ms: number): string {
  const iso = new Date(ms).toISOString(); // 2026-11-30T21:59:01.809Z
  return `${iso.slice(0, 10)} ${iso.slice(11, 23)}000`;
}
