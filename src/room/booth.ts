/** The booth: plays, votes, grabs and the wait list. */
import type { RoomEventOf } from '../protocol';
import { IdMap } from './idMap';
import { appendSystemLine } from './lines';
import { scoreOf, userByID } from './selectors';
import type { RoomState } from './state';

export function advance(
  state: RoomState,
  event: RoomEventOf<'advance'>,
): RoomState {
  // Servers may repeat an advance (e.g. after a resync); it is not a new play.
  if (event.play && event.play.historyID === state.play?.historyID)
    return state;

  const lastPlay = state.play
    ? { play: state.play, dj: state.playDJ, score: scoreOf(state) }
    : state.lastPlay;
  const playDJ = event.play ? userByID(state, event.play.djID) : null;

  return {
    ...state,
    play: event.play,
    playDJ,
    lastPlay,
    booth: { ...state.booth, waitlist: event.waitlist },
    votes: IdMap.empty(),
    grabs: [],
  };
}

export function waitlistUpdate(
  state: RoomState,
  event: RoomEventOf<'djListUpdate'>,
): RoomState {
  return { ...state, booth: { ...state.booth, waitlist: event.waitlist } };
}

export function vote(state: RoomState, event: RoomEventOf<'vote'>): RoomState {
  const votes = state.votes.set(event.userID, event.direction);
  // A repeated vote changes nothing; the same state lets views skip it.
  return votes === state.votes ? state : { ...state, votes };
}

export function grab(state: RoomState, event: RoomEventOf<'grab'>): RoomState {
  if (state.grabs.includes(event.userID)) return state;
  return { ...state, grabs: [...state.grabs, event.userID] };
}

export function selfSkip(
  state: RoomState,
  event: RoomEventOf<'skip'>,
): RoomState {
  const name = userByID(state, event.userID)?.username;
  return appendSystemLine(state, `${name || 'The DJ'} skipped their song`);
}

export function lockWaitlist(
  state: RoomState,
  event: RoomEventOf<'djListLocked'>,
): RoomState {
  const booth = {
    ...state.booth,
    isLocked: event.locked,
    waitlist: event.cleared ? [] : state.booth.waitlist,
  };
  const verb = event.locked ? 'locked' : 'unlocked';
  const what = event.cleared ? `cleared and ${verb}` : verb;
  return appendSystemLine(
    { ...state, booth },
    `${event.moderator} ${what} the wait list`,
  );
}

export function cycleWaitlist(
  state: RoomState,
  event: RoomEventOf<'djListCycle'>,
): RoomState {
  const booth = { ...state.booth, shouldCycle: event.cycle };
  return appendSystemLine(
    { ...state, booth },
    `${event.moderator} turned wait-list cycling ${event.cycle ? 'on' : 'off'}`,
  );
}
