import type { NotificationRecord, NotificationsStore } from '../account';
import type { Db } from './open';

interface NotificationRow {
  id: number;
  user_id: number;
  action: string;
  value: string;
  created_at: number;
}

const toNotification = (row: NotificationRow): NotificationRecord => ({
  id: row.id,
  userID: row.user_id,
  action: row.action,
  value: row.value,
  createdAt: row.created_at,
});

export function sqliteNotifications(db: Db): NotificationsStore {
  const insert = db.prepare<[number, string, string, number]>(
    `INSERT INTO notifications (user_id, action, value, created_at)
     VALUES (?, ?, ?, ?)`,
  );
  const ofUser = db.prepare<[number, number], NotificationRow>(
    'SELECT * FROM notifications WHERE user_id = ? ORDER BY id DESC LIMIT ?',
  );
  const remove = db.prepare<[number, number]>(
    'DELETE FROM notifications WHERE id = ? AND user_id = ?',
  );

  return {
    async add(entry) {
      const { lastInsertRowid } = insert.run(
        entry.userID,
        entry.action,
        entry.value,
        entry.createdAt,
      );
      return { id: Number(lastInsertRowid), ...entry };
    },
    ofUser: async (userID, limit) =>
      ofUser.all(userID, limit).map(toNotification),
    delete: async (userID, id) => remove.run(id, userID).changes > 0,
  };
}
