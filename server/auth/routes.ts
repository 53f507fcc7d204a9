/** The plug login flow: mobile/init, auth/login, auth/token, logout. */
import { formatPlugTime, loginBody } from '../../src/protocol';
import type { AppContext } from '../context';
import { clearSessionCookie, setSessionCookie } from '../http/cookies';
import { fail } from '../http/envelope';
import type { Api } from '../http/router';
import { ownUser } from '../users/present';
import { LoginThrottle } from './loginThrottle';
import { verifyDecoy, verifyPassword } from './password';
import { sameSecret } from './secrets';
import { requireUser } from './sessions';

export function authRoutes(api: Api, app: AppContext): void {
  const log = app.logs.for('auth');
  const throttle = new LoginThrottle(() => app.clock.now());

  api.get('/_/mobile/init', async ({ req, res }) => {
    const { cookie, session } = await app.sessions.open(req);
    setSessionCookie(res, cookie);
    return [{ c: session.csrf, t: formatPlugTime(app.clock.now()) }];
  });

  api.post('/_/auth/login', loginBody, async ({ req, res, body, session }) => {
    if (!session || !sameSecret(body.csrf, session.csrf)) {
      throw fail('csrfTokenInvalid', 'Invalid or missing csrf token');
    }

    const address = req.socket.remoteAddress ?? '';
    throttle.attempt(address, body.email);

    const user = await app.store.users.byEmail(body.email);
    const valid = user
      ? await verifyPassword(body.password, user.passwordHash)
      : await verifyDecoy(body.password);
    if (!user || !valid) {
      log.info('login refused');
      throw fail('badLogin', 'Wrong email or password');
    }
    throttle.succeeded(address, body.email);

    await app.sessions.logIn(session, user);
    const { cookie } = await app.sessions.open(req);
    setSessionCookie(res, cookie);
    log.info('logged in', { user: user.id });
    return [ownUser(user, 0)];
  });

  api.get('/_/auth/token', async (caller) => {
    const user = requireUser(caller);
    return [await app.sessions.issueToken(user.id)];
  });

  api.delete('/_/auth/session', async ({ res, session, user }) => {
    if (session) await app.sessions.end(session);
    if (user) {
      await app.rooms.leave(user.id);
      log.info('logged out', { user: user.id });
    }
    clearSessionCookie(res);
    return [];
  });
}
