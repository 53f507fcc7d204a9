import {
  useAccount,
  useAccountMutations,
  useFriendInvites,
} from '../../api/useAccount';
import { useRoomControls } from '../../app/roomContext';
import { describeNotification } from '../../room/notices';

/** Friend requests and notifications waiting for you, with their actions. */
export function useInbox() {
  const { reportError } = useRoomControls();
  const account = useAccount();
  const invites = useFriendInvites();
  const actions = useAccountMutations(reportError);

  const notifications = (account.data?.notifications ?? []).map((n) => ({
    id: n.id,
    text: describeNotification(n.action, n.value),
  }));
  const requests = invites.data ?? [];

  return {
    requests,
    notifications,
    count: requests.length + notifications.length,
    loading: account.isPending || invites.isPending,
    onAccept: (id: number) => actions.acceptFriend.mutate(id),
    onIgnore: (id: number) => actions.ignoreFriend.mutate(id),
    onDismiss: (id: number) => actions.dismissNotification.mutate(id),
  };
}
