/** Log in, sign up and log out; each leaves through the action queue. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { actionQueue } from '../actions/actionQueue';
import { accountQuery } from './accountQuery';
import { logIn, logOut, signUp, type Credentials } from './endpoints';
import { queryKeys } from './queryKeys';

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (credentials: Credentials) => {
      await actionQueue.run(() => logIn(credentials));
      // The room load that follows reuses this answer.
      return queryClient.fetchQuery({ ...accountQuery, staleTime: 0 });
    },
  });
}

export function useSignup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: Credentials & { username: string }) => {
      // The server logs the new account in.
      await actionQueue.run(() => signUp(body));
      return queryClient.fetchQuery({ ...accountQuery, staleTime: 0 });
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => actionQueue.run(logOut),
    onSettled: () => {
      queryClient.removeQueries({
        predicate: (q) => q.queryKey[0] !== queryKeys.account[0],
      });
      queryClient.setQueryData(queryKeys.account, null);
    },
  });
}
