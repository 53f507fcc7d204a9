/**
 * Changes to how a user appears: name, avatar, badge. Each tells the room
 * the user is in, with the name escaped as all user text on the wire.
 */
import { escapeHtml, serverEvent, type ServerEvent } from '../../src/protocol';
import type { AppContext } from '../context';
import { fail } from '../http/envelope';
import type { UserRecord } from '../store/store';

function tellRoom(
  app: AppContext,
  userID: number,
  events: (slug: string) => ServerEvent[],
) {
  const room = app.rooms.roomOf(userID);
  if (!room) return;
  const { slug } = room.record;
  app.broadcast.publish({ room: slug }, events(slug));
}

/** `username` must already be valid; uniqueness is checked here. */
export async function renameUser(
  app: AppContext,
  user: UserRecord,
  username: string,
): Promise<UserRecord> {
  const holder = await app.store.users.byUsername(username);
  if (holder && holder.id !== user.id) {
    throw fail('requestError', 'That username is taken');
  }
  if (username === user.username) return user;

  // Two renames racing for one name: the unique index settles it.
  await app.store.accounts.rename(user.id, username).catch(() => {
    throw fail('requestError', 'That username is taken');
  });

  const [o, n] = [escapeHtml(user.username), escapeHtml(username)];
  tellRoom(app, user.id, (slug) => [
    serverEvent('nameChangedRoom', { i: user.id, o, n }, slug),
    serverEvent('userUpdate', { i: user.id, username: n }, slug),
  ]);
  app.logs.for('auth').info('username changed', { user: user.id });
  return { ...user, username };
}

export async function setAvatar(
  app: AppContext,
  user: UserRecord,
  avatarID: string,
): Promise<UserRecord> {
  await app.store.accounts.setAvatar(user.id, avatarID);
  tellRoom(app, user.id, (slug) => [
    serverEvent('userUpdate', { i: user.id, avatarID }, slug),
  ]);
  return { ...user, avatarID };
}

export async function setBadge(
  app: AppContext,
  user: UserRecord,
  badge: string | null,
): Promise<UserRecord> {
  await app.store.accounts.setBadge(user.id, badge);
  tellRoom(app, user.id, (slug) => [
    serverEvent('userUpdate', { i: user.id, badge }, slug),
  ]);
  return { ...user, badge };
}
