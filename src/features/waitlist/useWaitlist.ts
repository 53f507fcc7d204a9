import { useJoinWaitlist, useLeaveWaitlist } from '../../api/useRoomMutations';
import { useRoomControls, useRoomState } from '../../app/roomContext';
import { can } from '../../protocol';
import { amDJ, myRole, myWaitlistPosition } from '../../room/selectors';

export function useWaitlist() {
  const state = useRoomState();
  const { reportError } = useRoomControls();
  const join = useJoinWaitlist(reportError);
  const leave = useLeaveWaitlist(reportError);

  const position = myWaitlistPosition(state);
  const djing = amDJ(state);
  const locked = state.booth.isLocked;

  return {
    ids: state.booth.waitlist,
    position,
    djing,
    locked,
    cycling: state.booth.shouldCycle,
    canJoin: !locked || can(myRole(state), 'joinLockedWaitlist'),
    busy: join.isPending || leave.isPending,
    onJoin: () => join.mutate(),
    // Leaving the booth while playing uses the same endpoint.
    onLeave: () => leave.mutate(),
  };
}
