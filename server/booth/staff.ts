/** Staff actions on the booth and chat, each checked against room roles. */
import {
  can,
  escapeHtml,
  outranks,
  serverEvent,
  skipBody,
  type Permission,
} from '../../src/protocol';
import { requireUser } from '../auth/sessions';
import type { AppContext } from '../context';
import { fail } from '../http/envelope';
import type { Api, Caller } from '../http/router';
import { requireRoom } from '../rooms/routes';

const CID = /^(\d+)-\d+$/;

async function requireStaff(
  app: AppContext,
  caller: Caller,
  action: Permission,
) {
  const user = requireUser(caller);
  const room = requireRoom(app, user);
  const role = await app.rooms.roleOf(room, user);
  if (!can(role, action))
    throw fail('notAuthorized', 'You are not allowed to do that');
  return { user, room, role };
}

export function staffRoutes(api: Api, app: AppContext): void {
  api.post('/_/booth/skip', skipBody, async (caller) => {
    const { user, room } = await requireStaff(app, caller, 'skip');
    const { userID, historyID } = caller.body;
    if (room.booth.play?.djID !== userID) {
      throw fail('requestError', 'That user is not playing');
    }

    const { slug } = room.record;
    const announce = serverEvent(
      'modSkip',
      { m: escapeHtml(user.username), mi: user.id },
      slug,
    );
    await room.booth.skip(historyID, announce);
    app.logs
      .for('room')
      .info('mod skip', { room: slug, user: user.id, dj: userID });
    return [];
  });

  api.delete('/_/chat/:cid', async (caller) => {
    const { user, room, role } = await requireStaff(app, caller, 'deleteChat');
    const cid = caller.params.cid ?? '';
    const author = CID.exec(cid)?.[1];
    if (author === undefined) throw fail('requestError', 'Invalid chat id');

    const authorID = Number(author);
    const authorUser = await app.store.users.byId(authorID);
    const authorRole = authorUser
      ? await app.rooms.roleOf(room, authorUser)
      : 0;
    if (authorID !== user.id && !outranks(role, authorRole)) {
      throw fail(
        'notAuthorized',
        'You cannot delete messages of equal or higher staff',
      );
    }

    const { slug } = room.record;
    app.broadcast.publish({ room: slug }, [
      serverEvent('chatDelete', { c: cid, mi: user.id }, slug),
    ]);
    app.logs
      .for('room')
      .info('chat deleted', { room: slug, user: user.id, cid });
    return [];
  });
}
