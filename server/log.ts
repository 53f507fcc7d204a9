/**
 * The server's one logger: leveled, namespaced, one line per entry.
 * Callers pass identifiers (room slug, user id) as fields; secrets (tokens,
 * passwords, cookies, csrf values) must never be passed at all.
 */

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export type Namespace = 'http' | 'ws' | 'room' | 'store' | 'auth' | 'server';
export type LogFields = Record<string, string | number | boolean | null>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

export interface LogRoot {
  level: LogLevel;
  for(namespace: Namespace): Logger;
}

type Write = (line: string, level: LogLevel) => void;

const writeToProcess: Write = (line, level) => {
  const stream = level === 'warn' || level === 'error' ? 'stderr' : 'stdout';
  process[stream].write(`${line}\n`);
};

function formatFields(fields: LogFields | undefined): string {
  if (!fields) return '';
  return Object.entries(fields)
    .map(([key, value]) => ` ${key}=${JSON.stringify(value)}`)
    .join('');
}

export function createLog(level: LogLevel, write = writeToProcess): LogRoot {
  const threshold = LOG_LEVELS.indexOf(level);

  const entry =
    (namespace: Namespace, at: LogLevel) =>
    (message: string, fields?: LogFields) => {
      if (LOG_LEVELS.indexOf(at) < threshold) return;
      const stamp = new Date().toISOString();
      const tag = at.toUpperCase().padEnd(5);
      write(
        `${stamp} ${tag} [${namespace}] ${message}${formatFields(fields)}`,
        at,
      );
    };

  return {
    level,
    for: (namespace) => ({
      debug: entry(namespace, 'debug'),
      info: entry(namespace, 'info'),
      warn: entry(namespace, 'warn'),
      error: entry(namespace, 'error'),
    }),
  };
}

/** Output meant for the person who started the server, whatever the level. */
export function announce(line: string): void {
  process.stdout.write(`${line}\n`);
}
