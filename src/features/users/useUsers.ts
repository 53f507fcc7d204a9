import { useMemo } from 'react';
import { useRoomState } from '../../app/roomContext';
import { sortedUsers } from '../../room/selectors';

export function useUsers() {
  const state = useRoomState();
  const users = useMemo(() => sortedUsers(state), [state]);

  return {
    users,
    guests: state.guests,
    meID: state.me?.id ?? null,
    mutes: state.mutes,
  };
}
