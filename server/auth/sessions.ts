/**
 * Sessions and socket tokens. The cookie holds a random id; the store holds
 * only its digest, so a leaked database does not log anyone in. Login keeps
 * the session id from `mobile/init`, because real clients go on sending
 * that first cookie when they ask for a socket token.
 */
import type { IncomingMessage } from 'node:http';
import type { Clock } from '../clock';
import { readSessionCookie } from '../http/cookies';
import { fail } from '../http/envelope';
import type { Caller } from '../http/router';
import type { SessionRecord, Store, UserRecord } from '../store/store';
import { digest, randomSecret } from './secrets';

const TOKEN_TTL_MS = 5 * 60_000;
const SESSION_TTL_MS = 30 * 24 * 3600_000;

export interface OpenedSession {
  cookie: string;
  session: SessionRecord;
}

export class Sessions {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  async identify(req: IncomingMessage): Promise<Caller> {
    const cookie = readSessionCookie(req);
    if (!cookie) return { session: null, user: null };

    const session = await this.live(cookie);
    if (!session?.userID) return { session, user: null };
    return { session, user: await this.store.users.byId(session.userID) };
  }

  /** The caller's session if the cookie names a live one, else a new one. */
  async open(req: IncomingMessage): Promise<OpenedSession> {
    const cookie = readSessionCookie(req);
    const session = cookie && (await this.live(cookie));
    if (cookie && session) return { cookie, session };

    const fresh = randomSecret();
    const created: SessionRecord = {
      id: digest(fresh),
      csrf: randomSecret(24),
      userID: null,
      createdAt: this.clock.now(),
    };
    await this.store.sessions.create(created);
    return { cookie: fresh, session: created };
  }

  private async live(cookie: string): Promise<SessionRecord | null> {
    const session = await this.store.sessions.get(digest(cookie));
    if (!session) return null;
    if (session.createdAt + SESSION_TTL_MS > this.clock.now()) return session;

    await this.store.sessions.delete(session.id);
    return null;
  }

  async logIn(session: SessionRecord, user: UserRecord): Promise<void> {
    await this.store.sessions.setUser(session.id, user.id);
  }

  async end(session: SessionRecord): Promise<void> {
    await this.store.sessions.delete(session.id);
  }

  async issueToken(userID: number): Promise<string> {
    const token = randomSecret();
    const expires = this.clock.now() + TOKEN_TTL_MS;
    await this.store.tokens.create(digest(token), userID, expires);
    return token;
  }

  /** Tokens are single-use: a second socket needs a second token. */
  redeemToken(token: string): Promise<number | null> {
    return this.store.tokens.consume(digest(token), this.clock.now());
  }
}

export function requireUser(caller: Caller): UserRecord {
  if (!caller.user) throw fail('notAuthorized', 'You are not logged in', 401);
  return caller.user;
}
