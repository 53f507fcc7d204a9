import { queryOptions } from '@tanstack/react-query';
import { getMyAccount, type MyAccount } from './accountEndpoints';
import { isApiError } from './client';
import { queryKeys } from './queryKeys';

/**
 * `users/me`, fetched once and shared. The log-in gate, the account views and
 * every room load read this one entry, so opening the page asks the server
 * once rather than once per reader: page loads count against the server's
 * REST flood limit like everything else.
 */
export const accountQuery = queryOptions({
  queryKey: queryKeys.account,
  queryFn: async (): Promise<MyAccount | null> => {
    try {
      return await getMyAccount();
    } catch (error) {
      if (isApiError(error, 'notAuthorized')) return null;
      throw error;
    }
  },
  staleTime: Infinity,
});

/** How old a `users/me` a room load may reuse: a log-in's, a moment ago. */
export const FRESH_ACCOUNT_MS = 5_000;
