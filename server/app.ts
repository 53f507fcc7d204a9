/**
 * Builds and starts one Wootroom server: store, rooms, REST, socket and the
 * client, all on one HTTP port. Tests call `startServer` directly with port
 * 0, a temporary database and a manual clock.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { PlayRewards } from './account/rewards';
import { accountRoutes } from './account/routes';
import type { AdminChannel } from './admin/channel';
import { defaultAdminSocket } from './admin/client';
import { refuseDuringMaintenance, ServiceState } from './admin/service';
import { startAdminChannel } from './admin/start';
import { authRoutes } from './auth/routes';
import { Sessions } from './auth/sessions';
import { signupRoutes } from './auth/signup';
import { boothRoutes } from './booth/routes';
import { staffRoutes } from './booth/staff';
import { systemClock, type Clock } from './clock';
import type { AppContext } from './context';
import { friendRoutes } from './friends/routes';
import type { FloodLimits } from './http/flood';
import { Api } from './http/router';
import {
  serveBuiltClient,
  serveViteDev,
  type ClientServer,
} from './http/static';
import { createLog, type LogLevel, type LogRoot } from './log';
import { moderationRoutes } from './moderation/routes';
import { restFlood } from './moderation/restFlood';
import { playlistRoutes } from './playlists/routes';
import { Rooms } from './rooms/rooms';
import { roomRoutes } from './rooms/routes';
import { seedIfEmpty } from './seed';
import { localBroadcast } from './socket/broadcast';
import { SocketHub } from './socket/hub';
import { createSqliteStore } from './store/sqlite';
import { userRoutes } from './users/routes';

export interface ServerOptions {
  dbPath: string;
  port?: number;
  host?: string;
  logLevel?: LogLevel;
  log?: LogRoot;
  hostEmail?: string | undefined;
  hostPassword?: string | undefined;
  /** Serve the client through Vite with hot reload instead of `dist/`. */
  dev?: boolean;
  distDir?: string;
  clock?: Clock;
  heartbeatMs?: number;
  /** How long a disconnected user stays in their room; see SocketHub. */
  leaveGraceMs?: number;
  /** REST flood limits; the documented plug pace unless set, `false` off. */
  restFlood?: FloodLimits | false;
  /** The admin channel's unix socket; `<dbPath>.admin.sock` by default. */
  adminSocket?: string | false;
}

export interface RunningServer {
  url: string;
  port: number;
  app: AppContext;
  adminSocket: string | null;
  close(): Promise<void>;
}

export async function startServer(
  options: ServerOptions,
): Promise<RunningServer> {
  const logs = options.log ?? createLog(options.logLevel ?? 'info');
  const clock = options.clock ?? systemClock;
  const store = createSqliteStore(options.dbPath, logs.for('store'));
  const broadcast = localBroadcast();
  const log = logs.for('room');
  const plays = new PlayRewards({ store, clock, broadcast, log });
  const rooms = new Rooms({ store, clock, broadcast, log, plays });
  const sessions = new Sessions(store, clock);
  const service = new ServiceState();
  const app: AppContext = {
    store,
    clock,
    logs,
    broadcast,
    rooms,
    sessions,
    service,
  };

  const admin = await startAdminChannel(
    app,
    options.adminSocket ?? defaultAdminSocket(options.dbPath),
  );

  const api = createApi(app, options.restFlood);
  const hub = new SocketHub(app, {
    heartbeatMs: options.heartbeatMs ?? 10_000,
    leaveGraceMs: options.leaveGraceMs ?? 3_000,
  });
  const server = createServer();
  const client = options.dev
    ? await serveViteDev(server)
    : serveBuiltClient(options.distDir ?? 'dist');

  server.on('request', (req, res) => {
    if (!req.url?.startsWith('/_/')) client.handle(req, res);
    else if (!refuseDuringMaintenance(service, res)) void api.handle(req, res);
  });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (req.url?.split('?')[0] === '/socket') hub.upgrade(req, socket, head);
    // Vite's hot-reload socket shares this server in dev mode.
    else if (!options.dev) socket.destroy();
  });

  const port = await listen(
    server,
    options.port ?? 3000,
    options.host ?? '127.0.0.1',
  );
  // Only once the port is ours: a first start that fails to listen must
  // not create (and print) a host password that is then never shown again.
  await seedIfEmpty(app, options);

  const host = options.host ?? '127.0.0.1';
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}/`,
    port,
    app,
    adminSocket: admin?.path ?? null,
    close: () => shutdown({ server, hub, client, app, admin }),
  };
}

function createApi(app: AppContext, flood?: FloodLimits | false): Api {
  const api = new Api({
    log: app.logs.for('http'),
    now: () => app.clock.now(),
    identify: (req) => app.sessions.identify(req),
  });
  if (flood !== false) api.use(restFlood(app, flood));
  for (const routes of [
    authRoutes,
    signupRoutes,
    userRoutes,
    roomRoutes,
    boothRoutes,
    staffRoutes,
    moderationRoutes,
    playlistRoutes,
    accountRoutes,
    friendRoutes,
  ]) {
    routes(api, app);
  }
  return api;
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

interface Parts {
  server: Server;
  hub: SocketHub;
  client: ClientServer;
  app: AppContext;
  admin: AdminChannel | null;
}

async function shutdown(parts: Parts): Promise<void> {
  const { server, hub, client, app, admin } = parts;
  app.rooms.stop();
  await admin?.close();
  await hub.close();
  await client.close();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await app.store.close();
  app.logs.for('server').info('stopped');
}
