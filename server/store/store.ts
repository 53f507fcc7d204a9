/**
 * What the server keeps between restarts, as an interface. The SQLite file
 * is the embedded default; every method is async so that a networked
 * database (PostgreSQL) can be a new adapter rather than a rewrite.
 */
import type {
  AccountsStore,
  FriendsStore,
  NotificationsStore,
} from './account';

export interface UserRecord {
  id: number;
  email: string;
  username: string;
  passwordHash: string;
  avatarID: string;
  badge: string | null;
  level: number;
  xp: number;
  pp: number;
  gRole: number;
  sub: number;
  language: string;
  joinedAt: number;
}

export interface NewUser {
  email: string;
  username: string;
  passwordHash: string;
  joinedAt: number;
}

export interface SessionRecord {
  /** A hash of the cookie value; the value itself is never stored. */
  id: string;
  csrf: string;
  userID: number | null;
  createdAt: number;
}

export interface RoomRecord {
  id: number;
  slug: string;
  name: string;
  description: string;
  welcome: string;
  hostID: number;
  minChatLevel: number;
  isLocked: boolean;
  shouldCycle: boolean;
  /** Seconds a non-staff user must wait between chat lines; 0 is off. */
  slowMode: number;
}

export type NewRoom = Pick<RoomRecord, 'slug' | 'name' | 'hostID'>;

/** The room settings staff may change. */
export type RoomPatch = Partial<Omit<RoomRecord, 'id' | 'slug'>>;

export type SanctionKind = 'ban' | 'mute' | 'waitlistBan';

export interface SanctionRecord {
  roomID: number;
  userID: number;
  kind: SanctionKind;
  moderatorID: number;
  reason: number;
  /** The wire duration code: h/d/f, s/m/l or s/m/l/f. */
  duration: string;
  createdAt: number;
  /** Null for forever. */
  expiresAt: number | null;
}

export interface MediaRecord {
  id: number;
  cid: string;
  format: 1 | 2;
  author: string;
  title: string;
  image: string;
  duration: number;
}

export type NewMedia = Omit<MediaRecord, 'id'>;

export interface PlaylistRecord {
  id: number;
  userID: number;
  name: string;
  active: boolean;
  count: number;
}

export interface Score {
  positive: number;
  negative: number;
  grabs: number;
  listeners: number;
  skipped: number;
}

export interface HistoryRecord {
  id: string;
  roomID: number;
  userID: number;
  playlistID: number;
  media: MediaRecord;
  startedAt: number;
  score: Score;
}

export interface Store {
  users: {
    create(user: NewUser): Promise<UserRecord>;
    byId(id: number): Promise<UserRecord | null>;
    byIds(ids: readonly number[]): Promise<UserRecord[]>;
    byEmail(email: string): Promise<UserRecord | null>;
    byUsername(username: string): Promise<UserRecord | null>;
  };
  sessions: {
    create(session: SessionRecord): Promise<void>;
    get(id: string): Promise<SessionRecord | null>;
    setUser(id: string, userID: number | null): Promise<void>;
    delete(id: string): Promise<void>;
  };
  tokens: {
    create(hash: string, userID: number, expiresAt: number): Promise<void>;
    /** Deletes the token and answers its user, if it was still valid. */
    consume(hash: string, now: number): Promise<number | null>;
  };
  rooms: {
    create(room: NewRoom): Promise<RoomRecord>;
    bySlug(slug: string): Promise<RoomRecord | null>;
    count(): Promise<number>;
    roleOf(roomID: number, userID: number): Promise<number>;
    setRole(roomID: number, userID: number, role: number): Promise<void>;
    /** Everyone with a role above plain user, by user id. */
    staff(roomID: number): Promise<Map<number, number>>;
    update(roomID: number, patch: RoomPatch): Promise<void>;
  };
  /** Bans, mutes and wait-list bans; reads answer only unexpired ones. */
  sanctions: {
    /** Replaces any earlier sanction of the same kind on that user. */
    put(sanction: SanctionRecord): Promise<void>;
    get(
      roomID: number,
      kind: SanctionKind,
      userID: number,
      now: number,
    ): Promise<SanctionRecord | null>;
    list(
      roomID: number,
      kind: SanctionKind,
      now: number,
    ): Promise<SanctionRecord[]>;
    /** Answers whether there was one to remove. */
    remove(
      roomID: number,
      kind: SanctionKind,
      userID: number,
    ): Promise<boolean>;
  };
  playlists: {
    create(userID: number, name: string, media: NewMedia[]): Promise<number>;
    ofUser(userID: number): Promise<PlaylistRecord[]>;
    byId(id: number): Promise<PlaylistRecord | null>;
    active(userID: number): Promise<PlaylistRecord | null>;
    activate(userID: number, id: number): Promise<void>;
    media(id: number): Promise<MediaRecord[]>;
    append(id: number, media: NewMedia): Promise<MediaRecord>;
    /** Moves the first item to the end, as after a play. */
    rotate(id: number): Promise<void>;
  };
  history: {
    add(entry: HistoryRecord): Promise<void>;
    setScore(id: string, score: Score): Promise<void>;
    ofRoom(roomID: number, limit: number): Promise<HistoryRecord[]>;
  };
  accounts: AccountsStore;
  friends: FriendsStore;
  notifications: NotificationsStore;
  close(): Promise<void>;
}
