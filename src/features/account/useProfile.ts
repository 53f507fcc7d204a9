import { useAccountMutations } from '../../api/useAccount';
import { useRoomControls, useRoomState } from '../../app/roomContext';

/** Your totals, looks and name, and the actions that change them. */
export function useProfile() {
  const { me, account } = useRoomState();
  const { dispatch, reportError } = useRoomControls();
  const actions = useAccountMutations(reportError);
  const done = (text: string) => () =>
    dispatch({ type: 'notice', tone: 'success', text });

  return {
    me,
    level: account?.level ?? me?.level ?? 1,
    xp: account?.xp ?? 0,
    pp: account?.pp ?? 0,
    busy:
      actions.setAvatar.isPending ||
      actions.setBadge.isPending ||
      actions.buyUsername.isPending,
    onAvatar: (id: string) =>
      actions.setAvatar.mutate(id, { onSuccess: done('Avatar changed') }),
    onBadge: (id: string | null) =>
      actions.setBadge.mutate(id, {
        onSuccess: done(id ? 'Badge changed' : 'Badge removed'),
      }),
    onUsername: (username: string) =>
      actions.buyUsername.mutate(username, {
        onSuccess: done(`You are now ${username}`),
      }),
  };
}
