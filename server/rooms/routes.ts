import { escapeHtml, formatPlugTime, joinRoomBody } from '../../src/protocol';
import { requireUser } from '../auth/sessions';
import type { AppContext } from '../context';
import { fail } from '../http/envelope';
import type { Api } from '../http/router';
import { refuseBanned } from '../moderation/bans';
import { wireMedia } from '../playlists/present';
import type { UserRecord } from '../store/store';
import type { LiveRoom } from './rooms';
import { roomState } from './state';

const HISTORY_LIMIT = 50;

/** The room the caller is in, or the plug `notInRoom` refusal. */
export function requireRoom(app: AppContext, user: UserRecord): LiveRoom {
  const room = app.rooms.roomOf(user.id);
  if (!room) throw fail('notInRoom', 'You are not in a room');
  return room;
}

export function roomRoutes(api: Api, app: AppContext): void {
  api.post('/_/rooms/join', joinRoomBody, async (caller) => {
    const user = requireUser(caller);
    const room = await app.rooms.find(caller.body.slug);
    if (!room) throw fail('notFound', 'No room with that slug');
    await refuseBanned(app, room, user.id);

    await app.rooms.join(user, room);
    return [];
  });

  api.get('/_/rooms/state', async (caller) => {
    const user = requireUser(caller);
    return [await roomState(app, requireRoom(app, user), user)];
  });

  api.get('/_/rooms/history', async (caller) => {
    const user = requireUser(caller);
    const { record } = requireRoom(app, user);
    const entries = await app.store.history.ofRoom(record.id, HISTORY_LIMIT);
    const djs = await app.store.users.byIds(entries.map((e) => e.userID));
    const names = new Map(djs.map((dj) => [dj.id, dj.username]));

    return entries.map((entry) => ({
      id: entry.id,
      media: wireMedia(entry.media),
      room: { name: escapeHtml(record.name), slug: record.slug },
      score: entry.score,
      timestamp: formatPlugTime(entry.startedAt),
      user: {
        id: entry.userID,
        username: escapeHtml(names.get(entry.userID) ?? ''),
      },
    }));
  });
}
