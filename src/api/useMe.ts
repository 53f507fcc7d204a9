import { useQuery } from '@tanstack/react-query';
import type { User } from '../protocol';
import { isApiError } from './client';
import { getMe } from './endpoints';
import { queryKeys } from './queryKeys';

/** You, or null when nobody is logged in. */
export function useMe() {
  return useQuery<User | null>({
    queryKey: queryKeys.me,
    queryFn: async () => {
      try {
        return await getMe();
      } catch (error) {
        if (isApiError(error, 'notAuthorized')) return null;
        throw error;
      }
    },
    staleTime: Infinity,
  });
}
