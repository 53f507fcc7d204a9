import { useDeleteChat, useSkip } from '../../api/useRoomMutations';
import { useRoomControls, useRoomState } from '../../app/roomContext';
import { can, type Play } from '../../protocol';
import { myRole } from '../../room/selectors';

/** What your role lets you do here, and the staff actions themselves. */
export function useModeration() {
  const state = useRoomState();
  const { reportError } = useRoomControls();
  const skip = useSkip(reportError);
  const deleteChat = useDeleteChat(reportError);
  const role = myRole(state);

  return {
    canSkip: can(role, 'skip'),
    canDeleteChat: can(role, 'deleteChat'),
    // Names the play, so a skip that arrives late never skips the next one.
    onSkip: (play: Play) =>
      skip.mutate({ userID: play.djID, historyID: play.historyID }),
    isSkipping: skip.isPending,
    onDeleteChat: (cid: string) => deleteChat.mutate(cid),
  };
}
