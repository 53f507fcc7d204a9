import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Logger } from '../../log';
import { MIGRATIONS } from '../migrations';

export type Db = Database.Database;

export function openDatabase(file: string, log: Logger): Db {
  if (file !== ':memory:')
    fs.mkdirSync(path.dirname(file), { recursive: true });

  const db = new Database(file);
  // It holds password hashes and session digests: its owner's eyes only.
  if (file !== ':memory:') fs.chmodSync(file, 0o600);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db, log);
  return db;
}

function migrate(db: Db, log: Logger): void {
  const current = Number(db.pragma('user_version', { simple: true }));
  if (current > MIGRATIONS.length) {
    throw new Error(
      `database schema ${current} is newer than this server (${MIGRATIONS.length})`,
    );
  }

  MIGRATIONS.slice(current).forEach((sql, offset) => {
    const version = current + offset + 1;
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${version}`);
    })();
    log.info('migrated schema', { version });
  });
}
