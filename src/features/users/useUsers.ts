import { useMemo } from 'react';
import { useRoomState } from '../../app/roomContext';
import { sortedUsers } from '../../room/selectors';

export function useUsers() {
  const state = useRoomState();
  // Sort again only when users change, not on every chat line or vote.
  const inRoom = state.users;
  const users = useMemo(() => sortedUsers({ users: inRoom }), [inRoom]);

  return {
    users,
    guests: state.guests,
    meID: state.me?.id ?? null,
    mutes: state.mutes,
  };
}
