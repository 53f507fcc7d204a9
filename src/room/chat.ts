/** Chat lines, moderation lines and your own lines waiting for their echo. */
import type { RoomEventOf } from '../protocol';
import { matchEcho } from './echo';
import { addNotice, appendLine } from './lines';
import type { PendingStatus, RoomState } from './state';

export function chat(state: RoomState, event: RoomEventOf<'chat'>): RoomState {
  const next = appendLine(state, {
    kind: 'user',
    cid: event.cid,
    userID: event.userID,
    username: event.username,
    text: event.text,
    emote: event.emote,
  });

  if (event.userID !== state.me?.id) return next;
  const sent = next.pending.filter((line) => line.status === 'sent');
  const confirmed = matchEcho(sent, event);
  if (confirmed === undefined) return next;
  return {
    ...next,
    pending: next.pending.filter((line) => line.localId !== confirmed),
  };
}

export function chatDelete(
  state: RoomState,
  event: RoomEventOf<'chatDelete'>,
): RoomState {
  if (!state.chat.some((line) => line.cid === event.cid)) return state;
  return {
    ...state,
    chat: state.chat.filter((line) => line.cid !== event.cid),
  };
}

export function queueLine(
  state: RoomState,
  localId: string,
  text: string,
): RoomState {
  return {
    ...state,
    pending: [...state.pending, { localId, text, status: 'queued' }],
  };
}

export function setLineStatus(
  state: RoomState,
  localId: string,
  status: PendingStatus,
): RoomState {
  const line = state.pending.find((l) => l.localId === localId);
  // A late timeout for a line already confirmed changes nothing.
  if (!line || line.status === status) return state;

  return {
    ...state,
    pending: state.pending.map((l) =>
      l.localId === localId ? { ...l, status } : l,
    ),
  };
}

export function discardLine(state: RoomState, localId: string): RoomState {
  return {
    ...state,
    pending: state.pending.filter((l) => l.localId !== localId),
  };
}

/** Used when the server says "slow mode" but the room's pace is unknown. */
export const DEFAULT_SLOW_MODE = 2;
const MAX_SLOW_MODE = 300;

/**
 * `rateLimit`: a line came sooner than the room allows. Chat slows down at
 * once (the chat sender paces to `slowMode`, see RoomProvider), and the
 * room's pace is fetched afresh, since slow mode has no event of its own:
 * `slowModeKnown` then says what it is. Until then, a rateLimit while
 * already pacing means the pace was too fast, and it doubles.
 */
export function rateLimit(state: RoomState): RoomState {
  const slowMode =
    state.slowMode > 0
      ? Math.min(state.slowMode * 2, MAX_SLOW_MODE)
      : state.room?.slowMode || DEFAULT_SLOW_MODE;
  return { ...state, slowMode };
}

/** The room's pace as just fetched; 0 when the server does not say. */
export function slowModeKnown(state: RoomState, seconds: number): RoomState {
  const slowMode = seconds > 0 ? seconds : state.slowMode || DEFAULT_SLOW_MODE;
  const room =
    state.room && seconds > 0
      ? { ...state.room, slowMode: seconds }
      : state.room;
  return addNotice(
    { ...state, room, slowMode },
    'info',
    `Chat is in slow mode: one message every ${slowMode} seconds`,
  );
}
