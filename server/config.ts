/** Settings from the environment, checked once at start-up. */
import { LOG_LEVELS, type LogLevel } from './log';

export interface Config {
  port: number;
  host: string;
  dbPath: string;
  hostEmail: string | undefined;
  hostPassword: string | undefined;
  logLevel: LogLevel;
  dev: boolean;
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value === '') return 3000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer from 0 to 65535, got "${value}"`);
  }
  return port;
}

function parseLogLevel(value: string | undefined): LogLevel {
  if (value === undefined || value === '') return 'info';
  const level = LOG_LEVELS.find((known) => known === value);
  if (!level) {
    throw new Error(
      `WOOTROOM_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${value}"`,
    );
  }
  return level;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: parsePort(env.PORT),
    host: env.HOST || '127.0.0.1',
    dbPath: env.WOOTROOM_DB || 'data/wootroom.db',
    hostEmail: env.WOOTROOM_HOST_EMAIL || undefined,
    hostPassword: env.WOOTROOM_HOST_PASSWORD || undefined,
    logLevel: parseLogLevel(env.WOOTROOM_LOG_LEVEL),
    dev: env.WOOTROOM_DEV === '1',
  };
}
