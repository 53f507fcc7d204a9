import type { SessionRecord, Store } from '../store';
import type { Db } from './open';

interface SessionRow {
  id: string;
  csrf: string;
  user_id: number | null;
  created_at: number;
}

export function sqliteSessions(db: Db): Store['sessions'] {
  const insert = db.prepare<[string, string, number | null, number]>(
    'INSERT INTO sessions (id, csrf, user_id, created_at) VALUES (?, ?, ?, ?)',
  );
  const get = db.prepare<[string], SessionRow>(
    'SELECT * FROM sessions WHERE id = ?',
  );
  const setUser = db.prepare<[number | null, string]>(
    'UPDATE sessions SET user_id = ? WHERE id = ?',
  );
  const remove = db.prepare<[string]>('DELETE FROM sessions WHERE id = ?');

  return {
    async create(session: SessionRecord) {
      insert.run(session.id, session.csrf, session.userID, session.createdAt);
    },
    async get(id) {
      const row = get.get(id);
      if (!row) return null;
      return {
        id: row.id,
        csrf: row.csrf,
        userID: row.user_id,
        createdAt: row.created_at,
      };
    },
    async setUser(id, userID) {
      setUser.run(userID, id);
    },
    async delete(id) {
      remove.run(id);
    },
  };
}

export function sqliteTokens(db: Db): Store['tokens'] {
  const insert = db.prepare<[string, number, number]>(
    'INSERT INTO socket_tokens (hash, user_id, expires_at) VALUES (?, ?, ?)',
  );
  const take = db.prepare<[string], { user_id: number; expires_at: number }>(
    'DELETE FROM socket_tokens WHERE hash = ? RETURNING user_id, expires_at',
  );
  const sweep = db.prepare<[number]>(
    'DELETE FROM socket_tokens WHERE expires_at <= ?',
  );

  return {
    async create(hash, userID, expiresAt) {
      insert.run(hash, userID, expiresAt);
    },
    async consume(hash, now) {
      const row = take.get(hash);
      sweep.run(now);
      return row && row.expires_at > now ? row.user_id : null;
    },
  };
}
