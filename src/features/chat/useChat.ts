import { useRoomControls, useRoomState } from '../../app/roomContext';
import { isEmote } from '../../protocol';
import { chatsFreely, mySlowMode } from '../../room/selectors';
import type { PendingLine } from '../../room/state';
import { useModeration } from '../moderation/useModeration';

/** `/me` and `/em` go out as emotes; other commands never reach the server. */
function isLocalCommand(text: string): boolean {
  return text.startsWith('/') && !isEmote(text);
}

export function useChat() {
  const state = useRoomState();
  const { sendChat, dispatch } = useRoomControls();
  const { canDeleteChat, onDeleteChat } = useModeration();

  const send = (text: string): boolean => {
    if (!text.trim()) return false;

    if (isLocalCommand(text.trim())) {
      const name = text.trim().split(/\s/)[0];
      dispatch({
        type: 'notice',
        tone: 'error',
        text: `Unknown command ${name}. Try /me.`,
      });
      return true;
    }
    return sendChat(text) > 0;
  };

  const retry = (line: PendingLine) => {
    dispatch({ type: 'chatDiscard', localId: line.localId });
    sendChat(line.text);
  };

  // The server drops the lines anyway; say so before anyone types.
  const minLevel = state.room?.minChatLevel ?? 0;
  const myLevel = state.me?.level ?? 0;
  const levelNeeded =
    myLevel < minLevel && !chatsFreely(state) ? minLevel : null;

  // A muted user's lines are dropped without a word; say so instead.
  const muted = state.me !== null && state.mutes[state.me.id] !== undefined;

  return {
    welcome: state.room?.welcome ?? '',
    slowMode: mySlowMode(state),
    levelNeeded,
    muted,
    lines: state.chat,
    pending: state.pending,
    users: state.users,
    me: state.me,
    canDelete: canDeleteChat,
    onDelete: onDeleteChat,
    send,
    retry,
    discard: (line: PendingLine) =>
      dispatch({ type: 'chatDiscard', localId: line.localId }),
  };
}
