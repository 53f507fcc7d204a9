/** Adding chat lines and notices, with their caps and local ids. */
import {
  CHAT_CAP,
  NOTICE_CAP,
  type ChatLine,
  type NoticeTone,
  type RoomState,
} from './state';

export function appendLine(state: RoomState, line: ChatLine): RoomState {
  // Chat is most of a busy room's events; slice and concat copy in bulk,
  // where a spread and then a slice took nearly twice as long.
  const drop = state.chat.length + 1 - CHAT_CAP;
  const kept = drop > 0 ? state.chat.slice(drop) : state.chat;
  return { ...state, chat: kept.concat([line]) };
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
