import { useQuery } from '@tanstack/react-query';
import { accountQuery } from './accountQuery';

/** You, or null when nobody is logged in. */
export function useMe() {
  return useQuery({ ...accountQuery, select: (mine) => mine?.user ?? null });
}
