/**
 * First start: an empty database gets the `lobby` room and a host account.
 * A generated password is shown once, here, and never again.
 */
import { randomBytes } from 'node:crypto';
import { ROLE, signupBody } from '../src/protocol';
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

  const { email, password } = hostAccount(options);
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

/**
 * The host's credentials, held to the same rules as a sign-up (so the email
 * is lowercased, as log-in looks it up), with a clear message otherwise.
 */
function hostAccount(options: SeedOptions) {
  const checked = signupBody.safeParse({
    email: options.hostEmail ?? DEFAULT_HOST_EMAIL,
    username: 'host',
    password: options.hostPassword ?? randomBytes(12).toString('base64url'),
  });
  if (checked.success) return checked.data;

  const field = checked.error.issues[0]?.path[0];
  const name =
    field === 'password' ? 'WOOTROOM_HOST_PASSWORD' : 'WOOTROOM_HOST_EMAIL';
  const rule =
    field === 'password' ? 'at least 8 characters' : 'a valid email address';
  throw new Error(`${name} must be ${rule}`);
}
