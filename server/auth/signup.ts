import { signupBody } from '../../src/protocol';
import type { AppContext } from '../context';
import { setSessionCookie } from '../http/cookies';
import { fail } from '../http/envelope';
import type { Api } from '../http/router';
import { createStarterPlaylist } from '../playlists/starter';
import type { UserRecord } from '../store/store';
import { ownUser } from '../users/present';
import { hashPassword } from './password';

export interface NewAccount {
  email: string;
  username: string;
  password: string;
}

/** Creates the user and their starter playlist. */
export async function createAccount(
  app: AppContext,
  account: NewAccount,
): Promise<UserRecord> {
  const { users } = app.store;
  if (await users.byEmail(account.email)) {
    throw fail('requestError', 'That email address is already registered');
  }
  if (await users.byUsername(account.username)) {
    throw fail('requestError', 'That username is taken');
  }

  const user = await users.create({
    email: account.email,
    username: account.username,
    passwordHash: await hashPassword(account.password),
    joinedAt: app.clock.now(),
  });
  await createStarterPlaylist(app.store, user.id);
  app.logs.for('auth').info('account created', { user: user.id });
  return user;
}

export function signupRoutes(api: Api, app: AppContext): void {
  api.post('/_/users/signup', signupBody, async ({ req, res, body }) => {
    const user = await createAccount(app, body).catch(rethrowDuplicate);

    const { cookie, session } = await app.sessions.open(req);
    await app.sessions.logIn(session, user);
    setSessionCookie(res, cookie);
    return [ownUser(user, 0)];
  });
}

/** Two signups racing for one name: the unique index settles it. */
function rethrowDuplicate(error: unknown): never {
  const code = (error as { code?: unknown }).code;
  if (code === 'SQLITE_CONSTRAINT_UNIQUE') {
    throw fail('requestError', 'That email address or username is taken');
  }
  throw error;
}
