import { useUser } from '../../api/useUser';
import { useRoomState } from '../../app/roomContext';
import { effectiveRole } from '../../protocol';
import { hasPowers, powersOver } from '../../room/powers';
import { myRole, userByID } from '../../room/selectors';

/** Everything a user card shows about one user, and what you may do. */
export function useUserCard(userID: number) {
  const state = useRoomState();
  const local = userByID(state, userID);
  const fetched = useUser(userID, !local);
  const user = local ?? fetched.data ?? null;

  const isMe = state.me?.id === userID;
  const role = user ? effectiveRole(user.role, user.gRole) : 0;
  const powers = powersOver(myRole(state), role, isMe);

  return {
    user,
    name: user?.username || `user #${userID}`,
    role,
    isMe,
    inRoom: state.users.has(userID),
    /** 1-based; 0 when not waiting. */
    position: state.booth.waitlist.indexOf(userID) + 1,
    play: state.play?.djID === userID ? state.play : null,
    muted: userID in state.mutes,
    powers,
    isStaffView: hasPowers(powers),
  };
}

export type UserCardModel = ReturnType<typeof useUserCard>;
