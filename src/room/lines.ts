/** Adding chat lines and notices, with their caps and local ids. */
import {
  CHAT_CAP,
  NOTICE_CAP,
  type ChatLine,
  type NoticeTone,
  type RoomState,
} from './state';

export function appendLine(state: RoomState, line: ChatLine): RoomState {
  const chat = [...state.chat, line];
  return {
    ...state,
    chat: chat.length > CHAT_CAP ? chat.slice(-CHAT_CAP) : chat,
  };
}

export function appendSystemLine(state: RoomState, text: string): RoomState {
  const line: ChatLine = {
    kind: 'system',
    cid: `system-${state.nextId}`,
    text,
  };
  return appendLine({ ...state, nextId: state.nextId + 1 }, line);
}

export function addNotice(
  state: RoomState,
  tone: NoticeTone,
  text: string,
): RoomState {
  const notices = [...state.notices, { id: state.nextId, tone, text }];
  return {
    ...state,
    nextId: state.nextId + 1,
    notices: notices.slice(-NOTICE_CAP),
  };
}
