/** Turning a `rooms/state` snapshot into room state. */
import type { LocalAction } from './actions';
import { IdMap } from './idMap';
import { initialRoomState, type RoomState } from './state';

type SnapshotAction = Extract<LocalAction, { type: 'snapshot' }>;

/**
 * Replaces everything the server owns; keeps what is the client's own (chat
 * so far, lines on their way, notices, the end of the session).
 */
export function applySnapshot(
  state: RoomState,
  { me, snapshot, account }: SnapshotAction,
): RoomState {
  const users = IdMap.from([me, ...snapshot.users].map((u) => [u.id, u]));
  const playDJ = snapshot.play ? (users.get(snapshot.play.djID) ?? null) : null;

  return {
    ...initialRoomState(state.slug),
    sync: 'live',
    me: users.get(me.id) ?? me,
    role: snapshot.role,
    room: snapshot.room,
    booth: snapshot.booth,
    play: snapshot.play,
    playDJ,
    lastPlay: state.lastPlay,
    users,
    guests: Math.max(0, snapshot.room.guests),
    votes: IdMap.fromRecord(snapshot.votes),
    grabs: snapshot.grabs,
    mutes: snapshot.mutes,
    chat: state.chat,
    pending: state.pending,
    notices: state.notices,
    session: state.session,
    account: account ?? state.account,
    maintenance: state.maintenance,
    slowMode: snapshot.room.slowMode,
    nextId: state.nextId,
  };
}
