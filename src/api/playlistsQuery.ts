import { queryOptions } from '@tanstack/react-query';
import { getPlaylists } from './endpoints';
import { queryKeys } from './queryKeys';

/**
 * Your playlists, asked for only when a grab needs the active one: a room
 * load spends no request on them.
 */
export const playlistsQuery = queryOptions({
  queryKey: queryKeys.playlists,
  queryFn: getPlaylists,
  staleTime: 60_000,
});
