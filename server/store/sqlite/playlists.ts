import type { MediaRecord, NewMedia, PlaylistRecord, Store } from '../store';
import type { Db } from './open';

interface PlaylistRow {
  id: number;
  user_id: number;
  name: string;
  active: number;
  count: number;
}

const toPlaylist = (row: PlaylistRow): PlaylistRecord => ({
  id: row.id,
  userID: row.user_id,
  name: row.name,
  active: row.active === 1,
  count: row.count,
});

const SELECT_PLAYLIST = `
  SELECT p.id, p.user_id, p.name, p.active,
    (SELECT count(*) FROM playlist_media m WHERE m.playlist_id = p.id) AS count
  FROM playlists p`;

const MEDIA_COLUMNS = 'id, cid, format, author, title, image, duration';

export function sqlitePlaylists(db: Db): Store['playlists'] {
  const insert = db.prepare<[number, string, number]>(
    'INSERT INTO playlists (user_id, name, active) VALUES (?, ?, ?)',
  );
  const hasActive = db.prepare<[number], { id: number }>(
    'SELECT id FROM playlists WHERE user_id = ? AND active',
  );
  const ofUser = db.prepare<[number], PlaylistRow>(
    `${SELECT_PLAYLIST} WHERE p.user_id = ? ORDER BY p.id`,
  );
  const byId = db.prepare<[number], PlaylistRow>(
    `${SELECT_PLAYLIST} WHERE p.id = ?`,
  );
  const active = db.prepare<[number], PlaylistRow>(
    `${SELECT_PLAYLIST} WHERE p.user_id = ? AND p.active`,
  );
  const deactivate = db.prepare<[number]>(
    'UPDATE playlists SET active = 0 WHERE user_id = ?',
  );
  const activate = db.prepare<[number, number]>(
    'UPDATE playlists SET active = 1 WHERE id = ? AND user_id = ?',
  );
  const media = db.prepare<[number], MediaRecord>(
    `SELECT ${MEDIA_COLUMNS} FROM playlist_media
     WHERE playlist_id = ? ORDER BY position, id`,
  );
  const lastPosition = db.prepare<[number], { last: number | null }>(
    'SELECT max(position) AS last FROM playlist_media WHERE playlist_id = ?',
  );
  const insertMedia = db.prepare<
    [number, number, string, number, string, string, string, number],
    MediaRecord
  >(
    `INSERT INTO playlist_media
       (playlist_id, position, cid, format, author, title, image, duration)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING ${MEDIA_COLUMNS}`,
  );
  const setPosition = db.prepare<[number, number]>(
    'UPDATE playlist_media SET position = ? WHERE id = ?',
  );

  const append = (playlistID: number, item: NewMedia): MediaRecord => {
    const position = (lastPosition.get(playlistID)?.last ?? -1) + 1;
    return insertMedia.get(
      playlistID,
      position,
      item.cid,
      item.format,
      item.author,
      item.title,
      item.image,
      item.duration,
    ) as MediaRecord;
  };

  const create = db.transaction(
    (userID: number, name: string, items: NewMedia[]) => {
      const first = hasActive.get(userID) === undefined;
      const id = Number(
        insert.run(userID, name, first ? 1 : 0).lastInsertRowid,
      );
      for (const item of items) append(id, item);
      return id;
    },
  );

  const rotate = db.transaction((playlistID: number) => {
    const [first] = media.all(playlistID);
    if (!first) return;
    const position = (lastPosition.get(playlistID)?.last ?? 0) + 1;
    setPosition.run(position, first.id);
  });

  const switchActive = db.transaction((userID: number, id: number) => {
    deactivate.run(userID);
    activate.run(id, userID);
  });

  const find = (row: PlaylistRow | undefined) => (row ? toPlaylist(row) : null);

  return {
    create: async (userID, name, items) => create(userID, name, items),
    ofUser: async (userID) => ofUser.all(userID).map(toPlaylist),
    byId: async (id) => find(byId.get(id)),
    active: async (userID) => find(active.get(userID)),
    activate: async (userID, id) => switchActive(userID, id),
    media: async (id) => media.all(id),
    append: async (id, item) => append(id, item),
    rotate: async (id) => rotate(id),
  };
}
