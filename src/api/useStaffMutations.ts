/** Staff actions; each leaves through the action queue like every mutation. */
import { useQueryClient } from '@tanstack/react-query';
import { queryKeys } from './queryKeys';
import * as staff from './staffEndpoints';
import { useQueued, type OnError } from './useRoomMutations';

export function useStaffMutations(onError: OnError) {
  const queryClient = useQueryClient();
  const refreshBans = () =>
    void queryClient.invalidateQueries({ queryKey: queryKeys.bans });

  return {
    addDJ: useQueued(staff.addDJ, onError),
    removeDJ: useQueued(staff.removeDJ, onError),
    moveDJ: useQueued(staff.moveDJ, onError),
    lock: useQueued(staff.lockWaitlist, onError),
    cycle: useQueued(staff.cycleWaitlist, onError),
    mute: useQueued(staff.mute, onError),
    unmute: useQueued(staff.unmute, onError),
    ban: useQueued(staff.ban, onError, refreshBans),
    unban: useQueued(staff.unban, onError, refreshBans),
    waitlistBan: useQueued(staff.waitlistBan, onError),
    setRole: useQueued(staff.setRole, onError),
  };
}

export type StaffMutations = ReturnType<typeof useStaffMutations>;
