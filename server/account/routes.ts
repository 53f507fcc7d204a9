/** Account endpoints: gifts, name/avatar/badge changes, notifications. */
import {
  avatarBody,
  badgeBody,
  giftBody,
  usernameBody,
} from '../../src/protocol';
import { requireUser } from '../auth/sessions';
import type { AppContext } from '../context';
import { fail } from '../http/envelope';
import type { Api } from '../http/router';
import type { UserRecord } from '../store/store';
import { ownUser } from '../users/present';
import { sendGift } from './gifts';
import { renameUser, setAvatar, setBadge } from './profile';

export function accountRoutes(api: Api, app: AppContext): void {
  /** The caller as `users/me` shows them, with their role where they are. */
  const me = async (user: UserRecord) => {
    const room = app.rooms.roomOf(user.id);
    const role = room
      ? await app.store.rooms.roleOf(room.record.id, user.id)
      : 0;
    return ownUser(user, role);
  };

  api.post('/_/gifts', giftBody, async (caller) => {
    const user = requireUser(caller);
    const { id, amount } = caller.body;
    const sender = await sendGift(app, user, id, amount);
    return [{ pp: sender.pp }];
  });

  api.post('/_/store/purchase/username', usernameBody, async (caller) => {
    const user = requireUser(caller);
    return [await me(await renameUser(app, user, caller.body.username))];
  });

  api.put('/_/users/avatar', avatarBody, async (caller) => {
    const user = requireUser(caller);
    return [await me(await setAvatar(app, user, caller.body.id))];
  });

  api.put('/_/users/badge', badgeBody, async (caller) => {
    const user = requireUser(caller);
    return [await me(await setBadge(app, user, caller.body.id))];
  });

  api.delete('/_/notifications/:id', async (caller) => {
    const user = requireUser(caller);
    const id = Number(caller.params.id);
    const removed =
      Number.isSafeInteger(id) &&
      (await app.store.notifications.delete(user.id, id));
    if (!removed) throw fail('notFound', 'No such notification');
    return [];
  });
}
