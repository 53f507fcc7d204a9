import type { Store, UserRecord } from '../store';
import type { Db } from './open';

interface UserRow {
  id: number;
  email: string;
  username: string;
  password_hash: string;
  avatar_id: string;
  badge: string | null;
  level: number;
  xp: number;
  pp: number;
  g_role: number;
  sub: number;
  language: string;
  joined_at: number;
}

const toUser = (row: UserRow): UserRecord => ({
  id: row.id,
  email: row.email,
  username: row.username,
  passwordHash: row.password_hash,
  avatarID: row.avatar_id,
  badge: row.badge,
  level: row.level,
  xp: row.xp,
  pp: row.pp,
  gRole: row.g_role,
  sub: row.sub,
  language: row.language,
  joinedAt: row.joined_at,
});

export function sqliteUsers(db: Db): Store['users'] {
  const insert = db.prepare<[string, string, string, number]>(
    `INSERT INTO users (email, username, password_hash, joined_at)
     VALUES (?, ?, ?, ?)`,
  );
  const byId = db.prepare<[number], UserRow>(
    'SELECT * FROM users WHERE id = ?',
  );
  const byEmail = db.prepare<[string], UserRow>(
    'SELECT * FROM users WHERE email = ?',
  );
  const byUsername = db.prepare<[string], UserRow>(
    'SELECT * FROM users WHERE username = ?',
  );
  const byIds = db.prepare<[string], UserRow>(
    'SELECT * FROM users WHERE id IN (SELECT value FROM json_each(?))',
  );

  const find = (row: UserRow | undefined) => (row ? toUser(row) : null);

  return {
    async create(user) {
      const { lastInsertRowid } = insert.run(
        user.email,
        user.username,
        user.passwordHash,
        user.joinedAt,
      );
      return toUser(byId.get(Number(lastInsertRowid)) as UserRow);
    },
    byId: async (id) => find(byId.get(id)),
    byEmail: async (email) => find(byEmail.get(email)),
    byUsername: async (username) => find(byUsername.get(username)),
    byIds: async (ids) => byIds.all(JSON.stringify(ids)).map(toUser),
  };
}
