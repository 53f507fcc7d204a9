/**
 * First start: an empty database gets the `lobby` room and a host account.
 * A generated password is shown once, here, and never again.
 */
import { randomBytes } from 'node:crypto';
import { ROLE } from '../src/protocol';
import { createAccount } from './auth/signup';
import type { AppContext } from './context';
import { announce } from './log';

export interface SeedOptions {
  hostEmail?: string | undefined;
  hostPassword?: string | undefined;
}

export const LOBBY = { slug: 'lobby', name: 'Lobby' } as const;
export const DEFAULT_HOST_EMAIL = 'host@wootroom.local';

export async function seedIfEmpty(
  app: AppContext,
  options: SeedOptions,
): Promise<void> {
  if ((await app.store.rooms.count()) > 0) return;

  const email = options.hostEmail ?? DEFAULT_HOST_EMAIL;
  const password =
    options.hostPassword ?? randomBytes(12).toString('base64url');
  const host = await createAccount(app, { email, username: 'host', password });
  const lobby = await app.store.rooms.create({ ...LOBBY, hostID: host.id });
  await app.store.rooms.setRole(lobby.id, host.id, ROLE.host);

  app.logs
    .for('store')
    .info('seeded first room', { room: lobby.slug, user: host.id });
  if (!options.hostPassword) {
    announce(`Created the host account: ${email} / password ${password}`);
    announce('This password is shown once. Log in and keep it safe.');
  }
}
