/** Account-wide and service events, shown as short notices. */
import type { RoomEventOf } from '../protocol';
import type { NoticeTone } from './state';

export type NoticeEvent = RoomEventOf<
  | 'earn'
  | 'floodAPI'
  | 'floodChat'
  | 'friendAccept'
  | 'friendRequest'
  | 'gift'
  | 'gifted'
  | 'levelUp'
  | 'notify'
  | 'plugMaintenanceAlert'
  | 'plugMessage'
  | 'rateLimit'
>;

const number = new Intl.NumberFormat('en');

export function noticeFor(event: NoticeEvent): {
  tone: NoticeTone;
  text: string;
} {
  switch (event.type) {
    case 'earn':
      return {
        tone: 'info',
        text: `You have ${number.format(event.pp)} PP and ${number.format(event.xp)} XP`,
      };
    case 'floodAPI':
      return {
        tone: 'error',
        text: 'Too many requests: pausing your actions for a moment',
      };
    case 'floodChat':
      return { tone: 'error', text: 'You are chatting too fast: slow down' };
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
    case 'gift':
      return {
        tone: 'success',
        text: `You got a gift: you now have ${number.format(event.pp)} PP`,
      };
    case 'gifted':
      return {
        tone: 'info',
        text: `${event.sender} gave ${event.recipient} a gift`,
      };
    case 'levelUp':
      return { tone: 'success', text: `You reached level ${event.level}` };
    case 'notify':
      return event.action === 'levelUp'
        ? { tone: 'success', text: `You reached level ${event.value}` }
        : { tone: 'info', text: `${event.action}: ${event.value}` };
    case 'plugMaintenanceAlert':
      return {
        tone: 'info',
        text: `Maintenance starts in ${event.minutes} minutes`,
      };
    case 'plugMessage':
      return { tone: 'info', text: event.message };
    case 'rateLimit':
      return { tone: 'info', text: 'Chat is in slow mode' };
  }
}
