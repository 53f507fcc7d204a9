/**
 * The account side of the store: earnings, profile changes, friendships and
 * notifications. Kept apart from `store.ts` so room features and account
 * features can grow without editing one another's lines.
 */
import type { UserRecord } from './store';

export interface Transfer {
  sender: UserRecord;
  recipient: UserRecord;
}

export interface AccountsStore {
  /** Adds to xp and pp in one write; answers the updated user. */
  credit(userID: number, xp: number, pp: number): Promise<UserRecord | null>;
  setLevel(userID: number, level: number): Promise<void>;
  /** Moves pp in one transaction; null when the sender has too few. */
  transfer(from: number, to: number, amount: number): Promise<Transfer | null>;
  /** Throws the unique-index error when another user has the name. */
  rename(userID: number, username: string): Promise<void>;
  setAvatar(userID: number, avatarID: string): Promise<void>;
  setBadge(userID: number, badge: string | null): Promise<void>;
}

/**
 * One row per direction. `requested` and `ignored` are a pending request
 * from `userID` to `otherID`; a friendship is two `friends` rows.
 */
export type FriendState = 'requested' | 'ignored' | 'friends';

export interface FriendLink {
  userID: number;
  otherID: number;
  state: FriendState;
  since: number;
}

export interface FriendsStore {
  link(userID: number, otherID: number): Promise<FriendLink | null>;
  setLink(link: FriendLink): Promise<void>;
  /** Both directions become `friends`, in one transaction. */
  befriend(a: number, b: number, since: number): Promise<void>;
  /** Removes both directions; answers whether anything was there. */
  unlink(a: number, b: number): Promise<boolean>;
  friendsOf(userID: number): Promise<FriendLink[]>;
  /** Requests to this user that are still waiting (not ignored). */
  invitesTo(userID: number): Promise<FriendLink[]>;
}

export interface NotificationRecord {
  id: number;
  userID: number;
  action: string;
  value: string;
  createdAt: number;
}

export type NewNotification = Omit<NotificationRecord, 'id'>;

export interface NotificationsStore {
  add(entry: NewNotification): Promise<NotificationRecord>;
  /** Newest first, at most `limit`. */
  ofUser(userID: number, limit: number): Promise<NotificationRecord[]>;
  /** Only the owner's own notification; answers whether one was removed. */
  delete(userID: number, id: number): Promise<boolean>;
}
