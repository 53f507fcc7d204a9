import { bulkUsersBody } from '../../src/protocol';
import { requireUser } from '../auth/sessions';
import { notificationsOf } from '../account/notifications';
import type { AppContext } from '../context';
import { fail } from '../http/envelope';
import type { Api } from '../http/router';
import type { UserRecord } from '../store/store';
import { ownUser, wireUser } from './present';

export function userRoutes(api: Api, app: AppContext): void {
  /** Roles are per room: users are shown with their role where the caller is. */
  const roleHere = async (viewer: UserRecord, user: UserRecord) => {
    const room = app.rooms.roomOf(viewer.id);
    return room ? app.store.rooms.roleOf(room.record.id, user.id) : 0;
  };

  api.get('/_/users/me', async (caller) => {
    const me = requireUser(caller);
    return [
      {
        ...ownUser(me, await roleHere(me, me)),
        notifications: await notificationsOf(app, me.id),
      },
    ];
  });

  api.get('/_/users/:id', async (caller) => {
    const viewer = requireUser(caller);
    const id = Number(caller.params.id);
    if (!Number.isSafeInteger(id)) throw fail('notFound', 'No such user');

    const user = await app.store.users.byId(id);
    if (!user) throw fail('notFound', 'No such user');
    return [wireUser(user, await roleHere(viewer, user))];
  });

  api.post('/_/users/bulk', bulkUsersBody, async (caller) => {
    const viewer = requireUser(caller);
    const users = await app.store.users.byIds(caller.body.ids);
    return Promise.all(
      users.map(async (user) => wireUser(user, await roleHere(viewer, user))),
    );
  });
}
