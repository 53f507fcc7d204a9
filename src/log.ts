/**
 * A small leveled logger with one namespace per subsystem. Debug lines are
 * off unless `localStorage['wootroom:log'] = 'debug'`, so a user can turn
 * them on to report a problem. Callers pass ids and reasons, never tokens,
 * passwords or cookies.
 */
export type LogNamespace = 'socket' | 'reducer' | 'queue' | 'api' | 'chat';

type Level = 'debug' | 'info' | 'warn' | 'error';

const RANK: Record<Level, number> = { debug: 0, info: 1, warn: 2, error: 3 };

function threshold(): number {
  try {
    const wanted = globalThis.localStorage?.getItem('wootroom:log');
    if (wanted && wanted in RANK) return RANK[wanted as Level];
  } catch {
    // Storage can be blocked (privacy mode); fall back to the default.
  }
  return RANK.info;
}

function write(level: Level, ns: LogNamespace, args: unknown[]) {
  if (RANK[level] < threshold()) return;

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
