import {
  grabBody,
  PERMISSION,
  serverEvent,
  voteBody,
} from '../../src/protocol';
import { requireUser } from '../auth/sessions';
import type { AppContext } from '../context';
import { fail } from '../http/envelope';
import type { Api } from '../http/router';
import { refuseWaitlistBanned } from '../moderation/waitlistBans';
import { wireMedia } from '../playlists/present';
import { requireRoom } from '../rooms/routes';

export function boothRoutes(api: Api, app: AppContext): void {
  api.post('/_/booth', null, async (caller) => {
    const user = requireUser(caller);
    const room = requireRoom(app, user);
    const locked = room.record.isLocked;
    if (
      locked &&
      (await app.rooms.roleOf(room, user)) < PERMISSION.joinLockedWaitlist
    ) {
      throw fail('notAuthorized', 'The wait list is locked');
    }
    await refuseWaitlistBanned(app, room, user.id, 'You are');

    await room.booth.join(user.id);
    return [];
  });

  api.delete('/_/booth', async (caller) => {
    const user = requireUser(caller);
    const room = requireRoom(app, user);
    if (!(await room.booth.leave(user.id))) throw fail('userNotInBooth');
    return [];
  });

  api.post('/_/booth/skip/me', null, async (caller) => {
    const user = requireUser(caller);
    const { booth, record } = requireRoom(app, user);
    const play = booth.play;
    if (play?.djID !== user.id)
      throw fail('requestError', 'You are not playing');

    await booth.skip(play.historyID, serverEvent('skip', user.id, record.slug));
    return [];
  });

  api.post('/_/votes', voteBody, async (caller) => {
    const user = requireUser(caller);
    const { booth, record } = requireRoom(app, user);
    const play = booth.current(caller.body.historyID);
    if (play.djID === user.id) {
      throw fail('requestError', 'You cannot vote on your own play');
    }

    play.votes.set(user.id, caller.body.direction);
    app.broadcast.publish({ room: record.slug }, [
      serverEvent(
        'vote',
        { i: user.id, v: caller.body.direction },
        record.slug,
      ),
    ]);
    return [];
  });

  api.post('/_/grabs', grabBody, async (caller) => {
    const user = requireUser(caller);
    const { booth, record } = requireRoom(app, user);
    const play = booth.current(caller.body.historyID);
    const playlist = await app.store.playlists.byId(caller.body.playlistID);
    if (playlist?.userID !== user.id)
      throw fail('notFound', 'No such playlist');
    if (play.grabs.has(user.id)) {
      throw fail('requestError', 'You already grabbed this play');
    }

    // Counted before the write so a double click cannot grab twice.
    play.grabs.add(user.id);
    const added = await app.store.playlists.append(playlist.id, play.media);
    app.broadcast.publish({ room: record.slug }, [
      serverEvent('grab', user.id, record.slug),
    ]);
    return [wireMedia(added)];
  });
}
