/** Chat lines, moderation lines and your own lines waiting for their echo. */
import type { RoomEventOf } from '../protocol';
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

  // Own echoes confirm the oldest line on its way, by order and not by
  // text: the server may trim or cut what it echoes.
  if (event.userID !== state.me?.id) return next;
  const index = next.pending.findIndex((line) => line.status === 'sent');
  if (index === -1) return next;
  return { ...next, pending: next.pending.filter((_, i) => i !== index) };
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
 * `rateLimit`: a line came sooner than the room allows. The chat sender
 * paces to `slowMode` (see RoomProvider) and the input shows it. Slow mode
 * has no event of its own, so the room's value may be stale: a rateLimit
 * while already pacing means the pace was too fast, and it doubles.
 */
export function rateLimit(state: RoomState): RoomState {
  const slowMode =
    state.slowMode > 0
      ? Math.min(state.slowMode * 2, MAX_SLOW_MODE)
      : state.room?.slowMode || DEFAULT_SLOW_MODE;
  return addNotice(
    { ...state, slowMode },
    'info',
    `Chat is in slow mode: one message every ${slowMode} seconds`,
  );
}
