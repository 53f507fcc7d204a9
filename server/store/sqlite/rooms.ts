import type { RoomPatch, RoomRecord, Store } from '../store';
import type { Db } from './open';

interface RoomRow {
  id: number;
  slug: string;
  name: string;
  description: string;
  welcome: string;
  host_id: number;
  min_chat_level: number;
  is_locked: number;
  should_cycle: number;
  slow_mode: number;
}

const toRoom = (row: RoomRow): RoomRecord => ({
  id: row.id,
  slug: row.slug,
  name: row.name,
  description: row.description,
  welcome: row.welcome,
  hostID: row.host_id,
  minChatLevel: row.min_chat_level,
  isLocked: row.is_locked === 1,
  shouldCycle: row.should_cycle === 1,
  slowMode: row.slow_mode,
});

const COLUMNS: Record<keyof RoomPatch, string> = {
  name: 'name',
  description: 'description',
  welcome: 'welcome',
  hostID: 'host_id',
  minChatLevel: 'min_chat_level',
  isLocked: 'is_locked',
  shouldCycle: 'should_cycle',
  slowMode: 'slow_mode',
};

/** Column names come from the fixed map above, never from the caller. */
function updateStatement(patch: RoomPatch) {
  const keys = (Object.keys(patch) as (keyof RoomPatch)[]).filter(
    (key) => patch[key] !== undefined,
  );
  const sets = keys.map((key) => `${COLUMNS[key]} = ?`).join(', ');
  const values = keys.map((key) => {
    const value = patch[key] as string | number | boolean;
    return typeof value === 'boolean' ? Number(value) : value;
  });
  return { sets, values };
}

export function sqliteRooms(db: Db): Store['rooms'] {
  const insert = db.prepare<[string, string, number]>(
    'INSERT INTO rooms (slug, name, host_id) VALUES (?, ?, ?)',
  );
  const bySlug = db.prepare<[string], RoomRow>(
    'SELECT * FROM rooms WHERE slug = ?',
  );
  const count = db.prepare<[], { n: number }>(
    'SELECT count(*) AS n FROM rooms',
  );
  const roleOf = db.prepare<[number, number], { role: number }>(
    'SELECT role FROM room_roles WHERE room_id = ? AND user_id = ?',
  );
  const setRole = db.prepare<[number, number, number]>(
    `INSERT INTO room_roles (room_id, user_id, role) VALUES (?, ?, ?)
     ON CONFLICT (room_id, user_id) DO UPDATE SET role = excluded.role`,
  );

  const staff = db.prepare<[number], { user_id: number; role: number }>(
    'SELECT user_id, role FROM room_roles WHERE room_id = ? AND role > 0',
  );

  return {
    async create(room) {
      insert.run(room.slug, room.name, room.hostID);
      return toRoom(bySlug.get(room.slug) as RoomRow);
    },
    async bySlug(slug) {
      const row = bySlug.get(slug);
      return row ? toRoom(row) : null;
    },
    count: async () => count.get()?.n ?? 0,
    roleOf: async (roomID, userID) => roleOf.get(roomID, userID)?.role ?? 0,
    async setRole(roomID, userID, role) {
      setRole.run(roomID, userID, role);
    },
    async staff(roomID) {
      return new Map(staff.all(roomID).map((row) => [row.user_id, row.role]));
    },
    async update(roomID, patch) {
      const { sets, values } = updateStatement(patch);
      if (sets === '') return;
      db.prepare(`UPDATE rooms SET ${sets} WHERE id = ?`).run(
        ...values,
        roomID,
      );
    },
  };
}
