/** Staff actions, shown to the room as system chat lines. */
import type { RoomEventOf } from '../protocol';

const BAN_FOR = { h: 'for an hour', d: 'for a day', f: 'forever' } as const;
const MUTE_FOR = {
  s: 'for 15 minutes',
  m: 'for 30 minutes',
  l: 'for 45 minutes',
} as const;
const WAITLIST_BAN_FOR = {
  s: 'for 15 minutes',
  m: 'for an hour',
  l: 'for a day',
  f: 'forever',
} as const;

export type ModEvent = RoomEventOf<
  | 'modAddDJ'
  | 'modBan'
  | 'modMoveDJ'
  | 'modMute'
  | 'modRemoveDJ'
  | 'modSkip'
  | 'modWaitlistBan'
>;

function describe(event: ModEvent): string {
  switch (event.type) {
    case 'modAddDJ':
      return `added ${event.username} to the wait list`;
    case 'modBan':
      return `banned ${event.username} ${BAN_FOR[event.duration]}`;
    case 'modMoveDJ':
      return `moved ${event.username} to position ${event.to + 1}`;
    case 'modMute':
      return event.duration === 'o'
        ? `unmuted ${event.username}`
        : `muted ${event.username} ${MUTE_FOR[event.duration]}`;
    case 'modRemoveDJ':
      return `removed ${event.username} from the ${event.fromBooth ? 'booth' : 'wait list'}`;
    case 'modSkip':
      return 'skipped';
    case 'modWaitlistBan':
      return `banned ${event.username} from the wait list ${WAITLIST_BAN_FOR[event.duration]}`;
  }
}

export function modLine(event: ModEvent): string {
  return `${event.moderator} ${describe(event)}`;
}
