import type { FriendLink, FriendState, FriendsStore } from '../account';
import type { Db } from './open';

interface LinkRow {
  user_id: number;
  other_id: number;
  state: FriendState;
  since: number;
}

const toLink = (row: LinkRow): FriendLink => ({
  userID: row.user_id,
  otherID: row.other_id,
  state: row.state,
  since: row.since,
});

export function sqliteFriends(db: Db): FriendsStore {
  const link = db.prepare<[number, number], LinkRow>(
    'SELECT * FROM friendships WHERE user_id = ? AND other_id = ?',
  );
  const setLink = db.prepare<[number, number, FriendState, number]>(
    `INSERT INTO friendships (user_id, other_id, state, since)
     VALUES (?, ?, ?, ?)
     ON CONFLICT (user_id, other_id) DO UPDATE SET state = excluded.state`,
  );
  const remove = db.prepare<[number, number, number, number]>(
    `DELETE FROM friendships
     WHERE (user_id = ? AND other_id = ?) OR (user_id = ? AND other_id = ?)`,
  );
  const friendsOf = db.prepare<[number], LinkRow>(
    `SELECT * FROM friendships WHERE user_id = ? AND state = 'friends'
     ORDER BY since`,
  );
  const invitesTo = db.prepare<[number], LinkRow>(
    `SELECT * FROM friendships WHERE other_id = ? AND state = 'requested'
     ORDER BY since DESC`,
  );

  const befriend = db.transaction((a: number, b: number, since: number) => {
    remove.run(a, b, b, a);
    setLink.run(a, b, 'friends', since);
    setLink.run(b, a, 'friends', since);
  });

  return {
    async link(userID, otherID) {
      const row = link.get(userID, otherID);
      return row ? toLink(row) : null;
    },
    async setLink({ userID, otherID, state, since }) {
      setLink.run(userID, otherID, state, since);
    },
    befriend: async (a, b, since) => befriend(a, b, since),
    unlink: async (a, b) => remove.run(a, b, b, a).changes > 0,
    friendsOf: async (userID) => friendsOf.all(userID).map(toLink),
    invitesTo: async (userID) => invitesTo.all(userID).map(toLink),
  };
}
