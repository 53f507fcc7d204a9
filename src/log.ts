/**
 * A small leveled logger with one namespace per subsystem. Debug lines are
 * off unless `localStorage['wootroom:log'] = 'debug'`, so a user can turn
 * them on to report a problem; the level is read once, when the page loads,
 * so changing it takes a reload. Callers pass ids and reasons, never tokens,
 * passwords or cookies.
 */
export type LogNamespace = 'socket' | 'reducer' | 'queue' | 'api' | 'chat';

type Level = 'debug' | 'info' | 'warn' | 'error';

const RANK: Record<Level, number> = { debug: 0, info: 1, warn: 2, error: 3 };

/** The part of Web Storage the logger reads; Node and workers have none. */
interface LevelStore {
  getItem(key: string): string | null;
}

function storedThreshold(): number {
  try {
    const { localStorage } = globalThis as { localStorage?: LevelStore };
    const wanted = localStorage?.getItem('wootroom:log');
    if (wanted && Object.hasOwn(RANK, wanted)) return RANK[wanted as Level];
  } catch {
    // Storage can be blocked (privacy mode); fall back to the default.
  }
  return RANK.info;
}

// Read once: storage is slow, and the reducer and socket log on hot paths.
const THRESHOLD = storedThreshold();

function write(level: Level, ns: LogNamespace, args: unknown[]) {
  if (RANK[level] < THRESHOLD) return;

  const tag = `[${ns}]`;
  switch (level) {
    case 'debug':
      // The logger is the one place allowed to write to the console.
      // eslint-disable-next-line no-console
      console.debug(tag, ...args);
      return;
    case 'info':
      // eslint-disable-next-line no-console
      console.info(tag, ...args);
      return;
    case 'warn':
      console.warn(tag, ...args);
      return;
    case 'error':
      console.error(tag, ...args);
      return;
  }
}

export interface Logger {
  debug(...args: unknown[]): void;
  info(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
}

export function logger(ns: LogNamespace): Logger {
  return {
    debug: (...args) => write('debug', ns, args),
    info: (...args) => write('info', ns, args),
    warn: (...args) => write('warn', ns, args),
    error: (...args) => write('error', ns, args),
  };
}
