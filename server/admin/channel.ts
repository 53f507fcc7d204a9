/**
 * The admin channel: a unix domain socket next to the database, readable
 * and writable by its owner only (mode 0600), so only someone who can
 * already read the database can send commands. Each line in is one JSON
 * `AdminRequest`; each line out is its `AdminReply`.
 */
import fs from 'node:fs';
import { connect, createServer, type Server, type Socket } from 'node:net';
import type { Logger } from '../log';
import type { AdminReply, AdminRequest } from './commands';

const MAX_LINE_BYTES = 8 * 1024;

export type RunCommand = (request: AdminRequest) => Promise<AdminReply>;

export interface AdminChannel {
  path: string;
  close(): Promise<void>;
}

/** Null when another server on the same database already holds `path`. */
export async function openAdminChannel(
  path: string,
  run: RunCommand,
  log: Logger,
): Promise<AdminChannel | null> {
  if (!(await clearStaleSocket(path))) {
    log.warn('another server answers on the admin socket; running without', {
      path,
    });
    return null;
  }
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    serve(socket, run, log);
  });
  await listen(server, path);
  fs.chmodSync(path, 0o600);

  return {
    path,
    async close() {
      for (const socket of sockets) socket.destroy();
      // Closing the listener also removes the socket file.
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function serve(socket: Socket, run: RunCommand, log: Logger): void {
  let buffered = '';
  let queue = Promise.resolve();
  const reply = (answer: AdminReply) => {
    if (!socket.destroyed) socket.write(`${JSON.stringify(answer)}\n`);
  };

  socket.setEncoding('utf8');
  socket.on('error', (error) => log.debug(`admin socket: ${error.message}`));
  socket.on('data', (chunk: string) => {
    buffered += chunk;
    if (
      Buffer.byteLength(buffered) > MAX_LINE_BYTES &&
      !buffered.includes('\n')
    ) {
      reply({ ok: false, error: 'command line too long' });
      socket.destroy();
      return;
    }
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines.filter((l) => l.trim() !== '')) {
      // One at a time, so replies come back in the order asked.
      queue = queue.then(async () => reply(await answer(line, run)));
    }
  });
}

async function answer(line: string, run: RunCommand): Promise<AdminReply> {
  const request = parseRequest(line);
  if (!request) {
    return {
      ok: false,
      error: 'expected {"command": string, "args": [string]}',
    };
  }
  return run(request);
}

function parseRequest(line: string): AdminRequest | null {
  try {
    const value = JSON.parse(line) as Partial<AdminRequest>;
    const { command, args = [] } = value;
    if (typeof command !== 'string' || !Array.isArray(args)) return null;
    if (!args.every((arg) => typeof arg === 'string')) return null;
    return { command, args };
  } catch {
    return null;
  }
}

function listen(server: Server, path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/**
 * Removes a socket file left by a server that crashed. Answers false when
 * the socket still answers: that server keeps it, commands go there.
 */
async function clearStaleSocket(path: string): Promise<boolean> {
  const stat = fs.statSync(path, { throwIfNoEntry: false });
  if (!stat) return true;
  if (!stat.isSocket()) {
    throw new Error(`${path} exists and is not a socket; move it away`);
  }
  if (await answers(path)) return false;
  fs.unlinkSync(path);
  return true;
}

function answers(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = connect(path);
    probe.once('connect', () => {
      probe.destroy();
      resolve(true);
    });
    probe.once('error', () => resolve(false));
  });
}
