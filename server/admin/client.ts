/** The command line's side of the admin channel: one request, one reply. */
import { connect } from 'node:net';
import type { AdminReply, AdminRequest } from './commands';

const TIMEOUT_MS = 10_000;

export function adminSocketPath(dbPath: string): string {
  return `${dbPath}.admin.sock`;
}

/** An in-memory database has no file to sit beside, so no channel. */
export function defaultAdminSocket(dbPath: string): string | false {
  return dbPath === ':memory:' ? false : adminSocketPath(dbPath);
}

export class AdminUnreachable extends Error {}

export function sendAdminCommand(
  path: string,
  request: AdminRequest,
  timeoutMs = TIMEOUT_MS,
): Promise<AdminReply> {
  return new Promise((resolve, reject) => {
    const socket = connect(path);
    let received = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no reply from the server within ${timeoutMs} ms`));
    }, timeoutMs);
    const finish = (outcome: () => void) => {
      clearTimeout(timer);
      socket.destroy();
      outcome();
    };

    socket.setEncoding('utf8');
    socket.once('connect', () => socket.write(`${JSON.stringify(request)}\n`));
    socket.on('data', (chunk: string) => {
      received += chunk;
      const end = received.indexOf('\n');
      if (end === -1) return;
      finish(() => resolve(JSON.parse(received.slice(0, end)) as AdminReply));
    });
    socket.once('error', (error: NodeJS.ErrnoException) => {
      const down = error.code === 'ENOENT' || error.code === 'ECONNREFUSED';
      finish(() =>
        reject(down ? new AdminUnreachable(path) : new Error(error.message)),
      );
    });
    socket.once('end', () =>
      finish(() => reject(new Error('the server closed the connection'))),
    );
  });
}
