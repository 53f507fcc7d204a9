/**
 * The live room as the client knows it. Everything here comes from the
 * socket (as RoomEvents) or from the `rooms/state` snapshot, and changes only
 * through `roomReducer`.
 */
import type { Play, RoomEvent, RoomSnapshot, User } from '../protocol';
import { IdMap } from './idMap';

export type Vote = 1 | -1;

export interface Score {
  woots: number;
  mehs: number;
  grabs: number;
}

export interface LastPlay {
  play: Play;
  /** Cached when the play started, so it survives the DJ leaving. */
  dj: User | null;
  score: Score;
}

export type ChatLine =
  | {
      kind: 'user';
      cid: string;
      userID: number;
      username: string;
      text: string;
      emote: boolean;
    }
  | { kind: 'system'; cid: string; text: string };

export type PendingStatus = 'queued' | 'sent' | 'failed';

export interface PendingLine {
  localId: string;
  text: string;
  status: PendingStatus;
}

export type NoticeTone = 'info' | 'success' | 'error';

export interface Notice {
  id: number;
  tone: NoticeTone;
  text: string;
}

export type SessionEnd =
  | { reason: 'killSession' }
  | { reason: 'ban'; duration: 'h' | 'd' | 'f'; banReason: number }
  | { reason: 'maintenance' }
  | { reason: 'nameChanged' }
  | { reason: 'update' }
  | { reason: 'authRefused' }
  /** `rooms/join` refused: banned from this room; -1 = forever. */
  | { reason: 'roomBan'; secondsLeft: number };

export type RoomMeta = RoomSnapshot['room'];

/** Your own totals: from `users/me`, then kept current by `earn` & co. */
export interface Account {
  level: number;
  xp: number;
  pp: number;
}

/** A `plugMaintenanceAlert`; `id` tells a repeated alert from the last. */
export interface MaintenanceAlert {
  id: number;
  minutes: number;
}

export interface BoothState {
  isLocked: boolean;
  shouldCycle: boolean;
  waitlist: number[];
}

export interface RoomState {
  slug: string;
  /** Until the snapshot lands, events are buffered and replayed after it. */
  sync: 'waiting' | 'live';
  buffered: RoomEvent[];
  me: User | null;
  role: number;
  room: RoomMeta | null;
  booth: BoothState;
  play: Play | null;
  playDJ: User | null;
  lastPlay: LastPlay | null;
  users: IdMap<User>;
  guests: number;
  votes: IdMap<Vote>;
  grabs: number[];
  mutes: Record<number, number>;
  chat: ChatLine[];
  pending: PendingLine[];
  notices: Notice[];
  session: SessionEnd | null;
  account: Account | null;
  maintenance: MaintenanceAlert | null;
  /** Seconds between your chat lines the room asks for; 0 = no limit. */
  slowMode: number;
  /** Source of ids for system lines and notices, so the reducer stays pure. */
  nextId: number;
}

export const CHAT_CAP = 500;
export const NOTICE_CAP = 5;
export const BUFFER_CAP = 1000;

export function initialRoomState(slug: string): RoomState {
  return {
    slug,
    sync: 'waiting',
    buffered: [],
    me: null,
    role: 0,
    room: null,
    booth: { isLocked: false, shouldCycle: true, waitlist: [] },
    play: null,
    playDJ: null,
    lastPlay: null,
    users: IdMap.empty(),
    guests: 0,
    votes: IdMap.empty(),
    grabs: [],
    mutes: {},
    chat: [],
    pending: [],
    notices: [],
    session: null,
    account: null,
    maintenance: null,
    slowMode: 0,
    nextId: 1,
  };
}
