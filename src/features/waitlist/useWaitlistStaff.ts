import { useStaffMutations } from '../../api/useStaffMutations';
import { useRoomControls, useRoomState } from '../../app/roomContext';
import { can, effectiveRole } from '../../protocol';
import { powersOver } from '../../room/powers';
import { myRole, userByID } from '../../room/selectors';

/** The wait list's staff controls: lock, cycle, clear, move and remove. */
export function useWaitlistStaff() {
  const state = useRoomState();
  const { reportError } = useRoomControls();
  const staff = useStaffMutations(reportError);
  const role = myRole(state);
  const { isLocked, shouldCycle, waitlist } = state.booth;

  const powersFor = (userID: number) => {
    const user = userByID(state, userID);
    const target = user ? effectiveRole(user.role, user.gRole) : 0;
    return powersOver(role, target, userID === state.me?.id);
  };

  return {
    canControl: can(role, 'lockWaitlist'),
    locked: isLocked,
    cycling: shouldCycle,
    busy: staff.lock.isPending || staff.cycle.isPending,
    onLock: () =>
      staff.lock.mutate({ isLocked: !isLocked, removeAllDJs: false }),
    onCycle: () => staff.cycle.mutate(!shouldCycle),
    // Clearing keeps the lock as it is.
    onClear: () => staff.lock.mutate({ isLocked, removeAllDJs: true }),
    powersFor,
    onMove: (userID: number, position: number) => {
      if (position < 0 || position >= waitlist.length) return;
      staff.moveDJ.mutate({ userID, position });
    },
    onRemove: (userID: number) => staff.removeDJ.mutate(userID),
  };
}

export type WaitlistStaff = ReturnType<typeof useWaitlistStaff>;
