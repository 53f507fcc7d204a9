/**
 * The room reducer: pure and total. Every RoomEvent and local action has a
 * case; anything else is logged once and ignored, so nothing a server sends
 * can throw here. Events that arrive before the snapshot are buffered and
 * replayed on top of it.
 */
import type { RoomEvent } from '../protocol';
import { logger } from '../log';
import type { RoomAction } from './actions';
import * as account from './account';
import * as booth from './booth';
import * as chat from './chat';
import { addNotice, appendSystemLine } from './lines';
import { roomMeta } from './meta';
import { modLine } from './moderation';
import { noticeFor } from './notices';
import { applySnapshot } from './snapshot';
import { BUFFER_CAP, type RoomState } from './state';
import * as users from './users';

const log = logger('reducer');

function ignore(state: RoomState, action: never): RoomState {
  log.debug('ignored unknown action', (action as { type?: unknown })?.type);
  return state;
}

/** Ends the session now, even before the snapshot: nothing else matters. */
const IMMEDIATE = new Set<RoomEvent['type']>([
  'ack',
  'ban',
  'killSession',
  'nameChanged',
  'plugMaintenance',
  'plugUpdate',
]);

function reduceEvent(state: RoomState, event: RoomEvent): RoomState {
  if (state.sync === 'waiting' && !IMMEDIATE.has(event.type)) {
    return {
      ...state,
      buffered: [...state.buffered, event].slice(-BUFFER_CAP),
    };
  }

  switch (event.type) {
    case 'ack':
      return event.accepted
        ? state
        : { ...state, session: { reason: 'authRefused' } };
    case 'advance':
      return booth.advance(state, event);
    case 'djListUpdate':
      return booth.waitlistUpdate(state, event);
    case 'djListLocked':
      return booth.lockWaitlist(state, event);
    case 'djListCycle':
      return booth.cycleWaitlist(state, event);
    case 'vote':
      return booth.vote(state, event);
    case 'grab':
      return booth.grab(state, event);
    case 'skip':
      return booth.selfSkip(state, event);
    case 'chat':
      return chat.chat(state, event);
    case 'chatDelete':
      return chat.chatDelete(state, event);
    case 'userJoin':
      return users.userJoin(state, event);
    case 'userLeave':
      return users.userLeave(state, event);
    case 'userUpdate':
      return users.userUpdate(state, event);
    case 'nameChangedRoom':
      return users.nameChangedRoom(state, event);
    case 'modStaff':
      return users.modStaff(state, event);
    case 'modMute':
      return appendSystemLine(users.modMute(state, event), modLine(event));
    case 'modAddDJ':
    case 'modBan':
    case 'modMoveDJ':
    case 'modRemoveDJ':
    case 'modSkip':
    case 'modWaitlistBan':
      return appendSystemLine(state, modLine(event));
    case 'roomName':
    case 'roomDescription':
    case 'roomWelcome':
    case 'roomMinChatLevel':
      return roomMeta(state, event);
    case 'earn':
      return account.earn(state, event);
    case 'gift':
      return account.gift(state, event);
    case 'levelUp':
      return account.levelUp(state, event);
    case 'rateLimit':
      return chat.rateLimit(state);
    case 'plugMaintenanceAlert':
      return {
        ...state,
        maintenance: { id: state.nextId, minutes: event.minutes },
        nextId: state.nextId + 1,
      };
    case 'floodAPI':
    case 'floodChat':
    case 'friendAccept':
    case 'friendRequest':
    case 'gifted':
    case 'notify':
    case 'plugMessage': {
      const { tone, text } = noticeFor(event);
      return addNotice(state, tone, text);
    }
    case 'playlistCycle':
      // The playlist view refetches on its own; the room does not change.
      return state;
    case 'ban':
      return {
        ...state,
        session: {
          reason: 'ban',
          duration: event.duration,
          banReason: event.reason,
        },
      };
    case 'killSession':
      return { ...state, session: { reason: 'killSession' } };
    case 'plugMaintenance':
      return { ...state, session: { reason: 'maintenance' } };
    case 'nameChanged':
      return { ...state, session: { reason: 'nameChanged' } };
    case 'plugUpdate':
      return { ...state, session: { reason: 'update' } };
    default:
      return ignore(state, event);
  }
}

function reduce(state: RoomState, action: RoomAction): RoomState {
  switch (action.type) {
    case 'resync':
      return { ...state, sync: 'waiting', buffered: [] };
    case 'snapshot':
      return state.buffered.reduce(reduceEvent, applySnapshot(state, action));
    case 'chatQueued':
      return chat.queueLine(state, action.localId, action.text);
    case 'chatSent':
      return chat.setLineStatus(state, action.localId, 'sent');
    case 'chatFailed':
      return chat.setLineStatus(state, action.localId, 'failed');
    case 'chatRetrying':
      return chat.setLineStatus(state, action.localId, 'queued');
    case 'chatDiscard':
      return chat.discardLine(state, action.localId);
    case 'sessionEnded':
      return { ...state, session: action.end };
    case 'notice':
      return addNotice(state, action.tone, action.text);
    case 'muteExpired':
      return users.muteExpired(state, action.userID);
    case 'slowModeKnown':
      return chat.slowModeKnown(state, action.seconds);
    case 'dismissMaintenance':
      return { ...state, maintenance: null };
    case 'dismissNotice':
      return {
        ...state,
        notices: state.notices.filter((n) => n.id !== action.id),
      };
    default:
      return reduceEvent(state, action);
  }
}

export function roomReducer(state: RoomState, action: RoomAction): RoomState {
  try {
    return reduce(state, action);
  } catch (error) {
    // A bug here must not take the room down; keep the last good state.
    log.error('failed to apply', action.type, error);
    return state;
  }
}
