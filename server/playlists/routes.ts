import { requireUser } from '../auth/sessions';
import type { AppContext } from '../context';
import { fail } from '../http/envelope';
import type { Api } from '../http/router';
import { wireMedia, wirePlaylist } from './present';

export function playlistRoutes(api: Api, app: AppContext): void {
  api.get('/_/playlists', async (caller) => {
    const user = requireUser(caller);
    const playlists = await app.store.playlists.ofUser(user.id);
    return playlists.map(wirePlaylist);
  });

  api.get('/_/playlists/:id/media', async (caller) => {
    const user = requireUser(caller);
    const playlist = await app.store.playlists.byId(Number(caller.params.id));
    if (playlist?.userID !== user.id)
      throw fail('notFound', 'No such playlist');

    const media = await app.store.playlists.media(playlist.id);
    return media.map(wireMedia);
  });
}
