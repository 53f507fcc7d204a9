import type { SanctionKind, SanctionRecord, Store } from '../store';
import type { Db } from './open';

interface SanctionRow {
  room_id: number;
  user_id: number;
  kind: SanctionKind;
  moderator_id: number;
  reason: number;
  duration: string;
  created_at: number;
  expires_at: number | null;
}

const toSanction = (row: SanctionRow): SanctionRecord => ({
  roomID: row.room_id,
  userID: row.user_id,
  kind: row.kind,
  moderatorID: row.moderator_id,
  reason: row.reason,
  duration: row.duration,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
});

const LIVE = '(expires_at IS NULL OR expires_at > ?)';

export function sqliteSanctions(db: Db): Store['sanctions'] {
  const put = db.prepare<
    [number, number, string, number, number, string, number, number | null]
  >(
    `INSERT OR REPLACE INTO room_sanctions (room_id, user_id, kind,
       moderator_id, reason, duration, created_at, expires_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const prune = db.prepare<[number]>(
    'DELETE FROM room_sanctions WHERE expires_at <= ?',
  );
  const get = db.prepare<[number, string, number, number], SanctionRow>(
    `SELECT * FROM room_sanctions
     WHERE room_id = ? AND kind = ? AND user_id = ? AND ${LIVE}`,
  );
  const list = db.prepare<[number, string, number], SanctionRow>(
    `SELECT * FROM room_sanctions WHERE room_id = ? AND kind = ? AND ${LIVE}
     ORDER BY created_at DESC`,
  );
  const remove = db.prepare<[number, string, number]>(
    'DELETE FROM room_sanctions WHERE room_id = ? AND kind = ? AND user_id = ?',
  );

  return {
    async put(s) {
      // Expired rows are never read again; clearing them here keeps the
      // table as small as the live sanctions.
      prune.run(s.createdAt);
      put.run(
        s.roomID,
        s.userID,
        s.kind,
        s.moderatorID,
        s.reason,
        s.duration,
        s.createdAt,
        s.expiresAt,
      );
    },
    async get(roomID, kind, userID, now) {
      const row = get.get(roomID, kind, userID, now);
      return row ? toSanction(row) : null;
    },
    list: async (roomID, kind, now) =>
      list.all(roomID, kind, now).map(toSanction),
    remove: async (roomID, kind, userID) =>
      remove.run(roomID, kind, userID).changes > 0,
  };
}
