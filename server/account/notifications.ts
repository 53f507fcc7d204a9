/**
 * Notifications: stored so `users/me` can list them until the user
 * dismisses one, and pushed as `notify` while the user is online.
 */
import {
  DASHBOARD,
  formatPlugTime,
  serverEvent,
  type ServerEvent,
  type WirePayload,
} from '../../src/protocol';
import type { AppContext } from '../context';
import type { NotificationRecord } from '../store/account';

/** How many `users/me` lists; older ones stay until dismissed. */
export const NOTIFICATION_LIMIT = 50;

/** plug clients split a gift's value on this blank braille character. */
export const GIFT_SEPARATOR = '\u2800';

export type AccountDeps = Pick<AppContext, 'store' | 'clock' | 'broadcast'>;

export function wireNotification(
  entry: NotificationRecord,
): WirePayload<'notify'> {
  return {
    action: entry.action,
    id: entry.id,
    timestamp: formatPlugTime(entry.createdAt),
    value: entry.value,
  };
}

/** Stores the notification and answers the `notify` event for it. */
export async function notification(
  deps: AccountDeps,
  userID: number,
  action: string,
  value: string,
): Promise<ServerEvent> {
  const entry = await deps.store.notifications.add({
    userID,
    action,
    value,
    createdAt: deps.clock.now(),
  });
  return serverEvent('notify', wireNotification(entry), DASHBOARD);
}

export async function notificationsOf(deps: AccountDeps, userID: number) {
  const entries = await deps.store.notifications.ofUser(
    userID,
    NOTIFICATION_LIMIT,
  );
  return entries.map(wireNotification);
}
