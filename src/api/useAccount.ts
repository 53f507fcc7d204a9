/** Your account's fetched lists: notifications and friend requests. */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import * as account from './accountEndpoints';
import { accountQuery } from './accountQuery';
import { queryKeys } from './queryKeys';
import { useQueued, type OnError } from './useRoomMutations';

export function useAccount() {
  return useQuery(accountQuery);
}

export function useFriendInvites() {
  return useQuery({
    queryKey: queryKeys.friendInvites,
    queryFn: account.getFriendInvites,
  });
}

/** Account actions; each goes through the action queue. */
export function useAccountMutations(onError: OnError) {
  const queryClient = useQueryClient();
  const refresh = (queryKey: readonly string[]) => () =>
    void queryClient.invalidateQueries({ queryKey });

  return {
    addFriend: useQueued(account.addFriend, onError),
    acceptFriend: useQueued(
      account.addFriend,
      onError,
      refresh(queryKeys.friendInvites),
    ),
    ignoreFriend: useQueued(
      account.ignoreFriendRequest,
      onError,
      refresh(queryKeys.friendInvites),
    ),
    sendGift: useQueued(account.sendGift, onError),
    dismissNotification: useQueued(
      account.dismissNotification,
      onError,
      refresh(queryKeys.account),
    ),
    setAvatar: useQueued(account.setAvatar, onError),
    setBadge: useQueued(account.setBadge, onError),
    buyUsername: useQueued(account.buyUsername, onError),
  };
}
