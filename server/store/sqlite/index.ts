import type { Logger } from '../../log';
import type { Store } from '../store';
import { sqliteAccounts } from './accounts';
import { sqliteFriends } from './friends';
import { sqliteHistory } from './history';
import { sqliteNotifications } from './notifications';
import { openDatabase } from './open';
import { sqlitePlaylists } from './playlists';
import { sqliteRooms } from './rooms';
import { sqliteSanctions } from './sanctions';
import { sqliteSessions, sqliteTokens } from './sessions';
import { sqliteUsers } from './users';

export function createSqliteStore(file: string, log: Logger): Store {
  const db = openDatabase(file, log);
  const users = sqliteUsers(db);

  return {
    users,
    sessions: sqliteSessions(db),
    tokens: sqliteTokens(db),
    rooms: sqliteRooms(db),
    sanctions: sqliteSanctions(db),
    playlists: sqlitePlaylists(db),
    history: sqliteHistory(db),
    accounts: sqliteAccounts(db, users),
    friends: sqliteFriends(db),
    notifications: sqliteNotifications(db),
    async close() {
      db.close();
    },
  };
}
