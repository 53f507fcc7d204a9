import type { Logger } from '../../log';
import type { Store } from '../store';
import { sqliteHistory } from './history';
import { openDatabase } from './open';
import { sqlitePlaylists } from './playlists';
import { sqliteRooms } from './rooms';
import { sqliteSanctions } from './sanctions';
import { sqliteSessions, sqliteTokens } from './sessions';
import { sqliteUsers } from './users';

export function createSqliteStore(file: string, log: Logger): Store {
  const db = openDatabase(file, log);

  return {
    users: sqliteUsers(db),
    sessions: sqliteSessions(db),
    tokens: sqliteTokens(db),
    rooms: sqliteRooms(db),
    sanctions: sqliteSanctions(db),
    playlists: sqlitePlaylists(db),
    history: sqliteHistory(db),
    async close() {
      db.close();
    },
  };
}
