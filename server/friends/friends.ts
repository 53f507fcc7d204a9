/**
 * Friend requests, plug style: asking someone who already asked you makes
 * you friends at once. Events carry only the other user's escaped name;
 * clients fetch the lists again when one arrives.
 */
import { DASHBOARD, escapeHtml, serverEvent } from '../../src/protocol';
import type { AppContext } from '../context';
import { fail } from '../http/envelope';
import type { UserRecord } from '../store/store';

export type FriendOutcome = 'requested' | 'accepted' | 'unchanged';

export async function requestFriend(
  app: AppContext,
  user: UserRecord,
  otherID: number,
): Promise<FriendOutcome> {
  if (otherID === user.id) {
    throw fail('requestError', 'You cannot befriend yourself');
  }
  const other = await app.store.users.byId(otherID);
  if (!other) throw fail('notFound', 'No such user');

  const { friends } = app.store;
  const now = app.clock.now();
  const name = escapeHtml(user.username);
  const theirs = await friends.link(other.id, user.id);
  if (theirs?.state === 'friends') return 'unchanged';

  if (theirs) {
    await friends.befriend(user.id, other.id, now);
    app.broadcast.publish({ user: other.id }, [
      serverEvent('friendAccept', name, DASHBOARD),
    ]);
    return 'accepted';
  }

  // Asking again must not ping the other user again, ignored or not.
  if (await friends.link(user.id, other.id)) return 'unchanged';
  await friends.setLink({
    userID: user.id,
    otherID: other.id,
    state: 'requested',
    since: now,
  });
  app.broadcast.publish({ user: other.id }, [
    serverEvent('friendRequest', name, DASHBOARD),
  ]);
  return 'requested';
}

/** Hides a request from the invites list without telling its sender. */
export async function ignoreRequest(
  app: AppContext,
  user: UserRecord,
  fromID: number,
): Promise<void> {
  const request = await app.store.friends.link(fromID, user.id);
  if (request?.state !== 'requested') {
    throw fail('notFound', 'No friend request from that user');
  }
  await app.store.friends.setLink({ ...request, state: 'ignored' });
}

/** Ends a friendship, or withdraws or drops a request either way. */
export async function removeFriend(
  app: AppContext,
  user: UserRecord,
  otherID: number,
): Promise<void> {
  if (!(await app.store.friends.unlink(user.id, otherID))) {
    throw fail('notFound', 'No friend or request with that user');
  }
}
