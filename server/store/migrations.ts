/**
 * Schema changes, applied in order. `PRAGMA user_version` records how many
 * have run; append new steps, never edit a released one.
 */

export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    username TEXT NOT NULL UNIQUE COLLATE NOCASE,
    password_hash TEXT NOT NULL,
    avatar_id TEXT NOT NULL DEFAULT 'base01',
    badge TEXT,
    level INTEGER NOT NULL DEFAULT 1,
    xp INTEGER NOT NULL DEFAULT 0,
    pp INTEGER NOT NULL DEFAULT 0,
    g_role INTEGER NOT NULL DEFAULT 0,
    sub INTEGER NOT NULL DEFAULT 0,
    language TEXT NOT NULL DEFAULT 'en',
    joined_at INTEGER NOT NULL
  );

  CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    csrf TEXT NOT NULL,
    user_id INTEGER REFERENCES users(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL
  );

  CREATE TABLE socket_tokens (
    hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    expires_at INTEGER NOT NULL
  );

  CREATE TABLE rooms (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    welcome TEXT NOT NULL DEFAULT '',
    host_id INTEGER NOT NULL REFERENCES users(id),
    min_chat_level INTEGER NOT NULL DEFAULT 0,
    is_locked INTEGER NOT NULL DEFAULT 0,
    should_cycle INTEGER NOT NULL DEFAULT 1
  );

  CREATE TABLE room_roles (
    room_id INTEGER NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role INTEGER NOT NULL,
    PRIMARY KEY (room_id, user_id)
  );

  CREATE TABLE playlists (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 0
  );
  CREATE UNIQUE INDEX one_active_playlist ON playlists(user_id) WHERE active;

  CREATE TABLE playlist_media (
    id INTEGER PRIMARY KEY,
    playlist_id INTEGER NOT NULL REFERENCES playlists(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    cid TEXT NOT NULL,
    format INTEGER NOT NULL,
    author TEXT NOT NULL,
    title TEXT NOT NULL,
    image TEXT NOT NULL,
    duration INTEGER NOT NULL
  );
  CREATE INDEX playlist_media_order ON playlist_media(playlist_id, position);

  CREATE TABLE history (
    id TEXT PRIMARY KEY,
    room_id INTEGER NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id),
    playlist_id INTEGER NOT NULL,
    media TEXT NOT NULL,
    started_at INTEGER NOT NULL,
    positive INTEGER NOT NULL DEFAULT 0,
    negative INTEGER NOT NULL DEFAULT 0,
    grabs INTEGER NOT NULL DEFAULT 0,
    listeners INTEGER NOT NULL DEFAULT 0,
    skipped INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX history_by_room ON history(room_id, started_at);
  `,
  // Room bans, mutes and wait-list bans share one table: one live row per
  // room, user and kind. A null expiry means forever.
  `
  CREATE TABLE room_sanctions (
    room_id INTEGER NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('ban', 'mute', 'waitlistBan')),
    moderator_id INTEGER NOT NULL,
    reason INTEGER NOT NULL,
    duration TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER,
    PRIMARY KEY (room_id, kind, user_id)
  );

  ALTER TABLE rooms ADD COLUMN slow_mode INTEGER NOT NULL DEFAULT 0;
  `,
  // Friendships keep one row per direction (see store/account.ts);
  // notifications stay until their user dismisses them.
  `
  CREATE TABLE friendships (
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    other_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    state TEXT NOT NULL CHECK (state IN ('requested', 'ignored', 'friends')),
    since INTEGER NOT NULL,
    PRIMARY KEY (user_id, other_id)
  );
  CREATE INDEX friendships_to ON friendships(other_id, state);

  CREATE TABLE notifications (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    action TEXT NOT NULL,
    value TEXT NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX notifications_by_user ON notifications(user_id, id);
  `,
];
