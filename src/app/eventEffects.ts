/**
 * What socket events do outside the room state: flood signals slow the
 * senders down, your own chat echo confirms a line on its way, and account
 * events refresh the fetched lists they change. Runs before the reducer.
 */
import type { QueryKey } from '@tanstack/react-query';
import type { ActionQueue } from '../actions/actionQueue';
import type { ChatSender } from '../actions/chatSender';
import { queryKeys } from '../api/queryKeys';
import type { RoomEvent } from '../protocol';

export interface EffectTargets {
  actionQueue: Pick<ActionQueue, 'backOff'>;
  chatSender: Pick<ChatSender, 'backOff' | 'rateLimited' | 'echoed'>;
  invalidate: (key: QueryKey) => void;
  /** Fetches the room's slow mode, which has no event of its own. */
  checkSlowMode: () => void;
  myID: () => number | null;
}

export function runEventEffects(event: RoomEvent, to: EffectTargets): void {
  switch (event.type) {
    case 'floodAPI':
      return to.actionQueue.backOff();
    case 'floodChat':
      return to.chatSender.backOff();
    case 'rateLimit':
      to.chatSender.rateLimited();
      return to.checkSlowMode();
    case 'chat':
      if (event.userID === to.myID()) to.chatSender.echoed(event);
      return;
    case 'playlistCycle':
      return to.invalidate(queryKeys.playlists);
    case 'notify':
      return to.invalidate(queryKeys.account);
    case 'friendRequest':
      return to.invalidate(queryKeys.friendInvites);
    default:
      return;
  }
}
