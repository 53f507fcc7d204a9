/**
 * Everything the reducer accepts: the decoded socket events plus a few
 * actions of the client's own. One closed union, switched exhaustively.
 */
import type { RoomEvent, RoomSnapshot, User } from '../protocol';
import type { Account, NoticeTone, SessionEnd } from './state';

export type LocalAction =
  /** The socket (re)connected: buffer events until the next snapshot. */
  | { type: 'resync' }
  /** Replaces the room state wholesale, so users who left meanwhile go. */
  | {
      type: 'snapshot';
      me: User;
      snapshot: RoomSnapshot;
      /** Your totals from `users/me`; kept from before when missing. */
      account?: Account;
    }
  | { type: 'chatQueued'; localId: string; text: string }
  | { type: 'chatSent'; localId: string }
  | { type: 'chatFailed'; localId: string }
  /** Probably dropped by the server: queued to go out again. */
  | { type: 'chatRetrying'; localId: string }
  | { type: 'chatDiscard'; localId: string }
  | { type: 'sessionEnded'; end: SessionEnd }
  | { type: 'notice'; tone: NoticeTone; text: string }
  | { type: 'dismissNotice'; id: number }
  /** A mute's time ran out (the server announces only early unmutes). */
  | { type: 'muteExpired'; userID: number }
  | { type: 'dismissMaintenance' }
  /** The room's slow mode, fetched after a `rateLimit`; 0 = unknown. */
  | { type: 'slowModeKnown'; seconds: number };

export type RoomAction = RoomEvent | LocalAction;
