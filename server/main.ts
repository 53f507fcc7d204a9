/** `npm start` / `npm run dev`: one server from the environment. */
import { startServer } from './app';
import { readConfig } from './config';
import { announce, createLog } from './log';

const config = readConfig();
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
});
announce(`Wootroom is running at ${server.url}`);

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
