/** plug's friends endpoints: list, invites, request/accept, ignore, remove. */
import { escapeHtml, formatPlugTime, friendBody } from '../../src/protocol';
import { requireUser } from '../auth/sessions';
import type { AppContext } from '../context';
import { fail } from '../http/envelope';
import type { Api } from '../http/router';
import type { FriendLink } from '../store/account';
import { wireUser } from '../users/present';
import { ignoreRequest, removeFriend, requestFriend } from './friends';

export function friendRoutes(api: Api, app: AppContext): void {
  /** The other side of each link as a user object, oldest link first. */
  const usersOf = async (links: FriendLink[], side: 'userID' | 'otherID') => {
    const ids = links.map((link) => link[side]);
    const users = new Map(
      (await app.store.users.byIds(ids)).map((user) => [user.id, user]),
    );
    return links.flatMap((link) => {
      const user = users.get(link[side]);
      return user ? [{ user, since: link.since }] : [];
    });
  };

  api.get('/_/friends', async (caller) => {
    const me = requireUser(caller);
    const links = await app.store.friends.friendsOf(me.id);
    return (await usersOf(links, 'otherID')).map(({ user }) => {
      const room = app.rooms.roomOf(user.id)?.record;
      return {
        ...wireUser(user, 0),
        room: room ? { slug: room.slug, name: escapeHtml(room.name) } : null,
      };
    });
  });

  api.get('/_/friends/invites', async (caller) => {
    const me = requireUser(caller);
    const links = await app.store.friends.invitesTo(me.id);
    return (await usersOf(links, 'userID')).map(({ user, since }) => ({
      ...wireUser(user, 0),
      timestamp: formatPlugTime(since),
    }));
  });

  api.post('/_/friends', friendBody, async (caller) => {
    const me = requireUser(caller);
    const outcome = await requestFriend(app, me, caller.body.id);
    return [{ id: caller.body.id, outcome }];
  });

  api.put('/_/friends/ignore', friendBody, async (caller) => {
    const me = requireUser(caller);
    await ignoreRequest(app, me, caller.body.id);
    return [];
  });

  api.delete('/_/friends/:id', async (caller) => {
    const me = requireUser(caller);
    const id = Number(caller.params.id);
    if (!Number.isSafeInteger(id)) throw fail('notFound', 'No such user');
    await removeFriend(app, me, id);
    return [];
  });
}
