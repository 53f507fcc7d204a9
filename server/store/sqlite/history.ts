import type { HistoryRecord, MediaRecord, Store } from '../store';
import type { Db } from './open';

interface HistoryRow {
  id: string;
  room_id: number;
  user_id: number;
  playlist_id: number;
  media: string;
  started_at: number;
  positive: number;
  negative: number;
  grabs: number;
  listeners: number;
  skipped: number;
}

const toEntry = (row: HistoryRow): HistoryRecord => ({
  id: row.id,
  roomID: row.room_id,
  userID: row.user_id,
  playlistID: row.playlist_id,
  media: JSON.parse(row.media) as MediaRecord,
  startedAt: row.started_at,
  score: {
    positive: row.positive,
    negative: row.negative,
    grabs: row.grabs,
    listeners: row.listeners,
    skipped: row.skipped,
  },
});

export function sqliteHistory(db: Db): Store['history'] {
  const insert = db.prepare<[string, number, number, number, string, number]>(
    `INSERT INTO history (id, room_id, user_id, playlist_id, media, started_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const setScore = db.prepare<[number, number, number, number, number, string]>(
    `UPDATE history
     SET positive = ?, negative = ?, grabs = ?, listeners = ?, skipped = ?
     WHERE id = ?`,
  );
  const ofRoom = db.prepare<[number, number], HistoryRow>(
    `SELECT * FROM history WHERE room_id = ?
     ORDER BY started_at DESC, rowid DESC LIMIT ?`,
  );

  return {
    async add(entry) {
      insert.run(
        entry.id,
        entry.roomID,
        entry.userID,
        entry.playlistID,
        JSON.stringify(entry.media),
        entry.startedAt,
      );
    },
    async setScore(id, s) {
      setScore.run(s.positive, s.negative, s.grabs, s.listeners, s.skipped, id);
    },
    ofRoom: async (roomID, limit) => ofRoom.all(roomID, limit).map(toEntry),
  };
}
