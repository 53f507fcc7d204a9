/** `npm start` / `npm run dev`: one server from the environment. */
import { startServer } from './app';
import { readConfig } from './config';
import { announce, createLog } from './log';
import { readyLine } from './ready';

/** A bad setting or a taken port is the operator's to fix: say so plainly. */
function fatal(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`Wootroom could not start: ${message}\n`);
  process.exit(1);
}

let config;
try {
  config = readConfig();
} catch (error) {
  fatal(error);
}
const logs = createLog(config.logLevel);
const log = logs.for('server');

const server = await startServer({
  dbPath: config.dbPath,
  port: config.port,
  host: config.host,
  log: logs,
  hostEmail: config.hostEmail,
  hostPassword: config.hostPassword,
  dev: config.dev,
}).catch(fatal);
announce(readyLine(server.url));

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info(`received ${signal}, shutting down`);
  await server.close();
  process.exit(0);
}

process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
