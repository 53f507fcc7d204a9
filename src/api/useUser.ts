import { useQuery } from '@tanstack/react-query';
import { getUser } from './endpoints';
import { queryKeys } from './queryKeys';

/** A profile by id, for users the room state has never seen. */
export function useUser(id: number, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.user(id),
    queryFn: () => getUser(id),
    enabled: enabled && id > 0,
    staleTime: 5 * 60_000,
    retry: false,
  });
}
