import type { AccountsStore } from '../account';
import type { Store } from '../store';
import type { Db } from './open';

export function sqliteAccounts(db: Db, users: Store['users']): AccountsStore {
  const credit = db.prepare<[number, number, number]>(
    'UPDATE users SET xp = xp + ?, pp = pp + ? WHERE id = ?',
  );
  const setLevel = db.prepare<[number, number]>(
    'UPDATE users SET level = ? WHERE id = ?',
  );
  const withdraw = db.prepare<[number, number, number]>(
    'UPDATE users SET pp = pp - ? WHERE id = ? AND pp >= ?',
  );
  const deposit = db.prepare<[number, number]>(
    'UPDATE users SET pp = pp + ? WHERE id = ?',
  );
  const rename = db.prepare<[string, number]>(
    'UPDATE users SET username = ? WHERE id = ?',
  );
  const setAvatar = db.prepare<[string, number]>(
    'UPDATE users SET avatar_id = ? WHERE id = ?',
  );
  const setBadge = db.prepare<[string | null, number]>(
    'UPDATE users SET badge = ? WHERE id = ?',
  );

  // The balance check and both writes in one transaction, so two gifts at
  // once can never spend the same points twice.
  const move = db.transaction((from: number, to: number, amount: number) => {
    if (withdraw.run(amount, from, amount).changes !== 1) return false;
    if (deposit.run(amount, to).changes === 1) return true;
    throw new Error('gift recipient vanished');
  });

  return {
    async credit(userID, xp, pp) {
      credit.run(xp, pp, userID);
      return users.byId(userID);
    },
    async setLevel(userID, level) {
      setLevel.run(level, userID);
    },
    async transfer(from, to, amount) {
      if (!move(from, to, amount)) return null;
      const [sender, recipient] = await Promise.all([
        users.byId(from),
        users.byId(to),
      ]);
      return sender && recipient ? { sender, recipient } : null;
    },
    async rename(userID, username) {
      rename.run(username, userID);
    },
    async setAvatar(userID, avatarID) {
      setAvatar.run(avatarID, userID);
    },
    async setBadge(userID, badge) {
      setBadge.run(badge, userID);
    },
  };
}
