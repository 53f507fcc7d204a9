/** Account-wide, service and flood events, shown as short notices. */
import type { RoomEventOf } from '../protocol';
import type { NoticeTone } from './state';

export type NoticeEvent = RoomEventOf<
  | 'floodAPI'
  | 'floodChat'
  | 'friendAccept'
  | 'friendRequest'
  | 'gifted'
  | 'notify'
  | 'plugMessage'
>;

/**
 * The text of a notification, from a `notify` event or the `notifications`
 * of `users/me`. Gift values were sent as "name<U+2800>amount".
 */
export function describeNotification(action: string, value: string): string {
  switch (action) {
    case 'levelUp':
      return `You reached level ${value}`;
    case 'gift': {
      const [sender, amount] = value.split('\u2800');
      return amount
        ? `${sender} sent you a gift of ${amount} PP`
        : `${sender} sent you a gift`;
    }
    case 'custom':
      return value;
    default:
      return value ? `${action}: ${value}` : action;
  }
}

export function noticeFor(event: NoticeEvent): {
  tone: NoticeTone;
  text: string;
} {
  switch (event.type) {
    case 'floodAPI':
      return {
        tone: 'error',
        text: 'Too many requests: your actions are paused for 15 seconds',
      };
    case 'floodChat':
      return {
        tone: 'error',
        text: 'You are chatting too fast: your messages will go out slower',
      };
    case 'friendAccept':
      return {
        tone: 'success',
        text: `${event.username} accepted your friend request`,
      };
    case 'friendRequest':
      return {
        tone: 'info',
        text: `${event.username} sent you a friend request`,
      };
    case 'gifted':
      return {
        tone: 'info',
        text: `${event.sender} gave ${event.recipient} a gift`,
      };
    case 'notify':
      return {
        tone: event.action === 'levelUp' ? 'success' : 'info',
        text: describeNotification(event.action, event.value),
      };
    case 'plugMessage':
      return { tone: 'info', text: event.message };
  }
}
