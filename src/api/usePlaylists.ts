import { useQuery } from '@tanstack/react-query';
import { getPlaylists } from './endpoints';
import { queryKeys } from './queryKeys';

export function usePlaylists() {
  return useQuery({ queryKey: queryKeys.playlists, queryFn: getPlaylists });
}
