/** Room name, description, welcome and chat level, as staff change them. */
import type { RoomEventOf } from '../protocol';
import { appendSystemLine } from './lines';
import { userByID } from './selectors';
import type { RoomState } from './state';

type MetaEvent = RoomEventOf<
  'roomName' | 'roomDescription' | 'roomWelcome' | 'roomMinChatLevel'
>;

function change(event: MetaEvent): string {
  switch (event.type) {
    case 'roomName':
      return `changed the room name to ${event.value}`;
    case 'roomDescription':
      return 'changed the room description';
    case 'roomWelcome':
      return 'changed the welcome message';
    case 'roomMinChatLevel':
      return `set the minimum chat level to ${event.value}`;
  }
}

function patch(event: MetaEvent): Partial<NonNullable<RoomState['room']>> {
  switch (event.type) {
    case 'roomName':
      return { name: String(event.value) };
    case 'roomDescription':
      return { description: String(event.value) };
    case 'roomWelcome':
      return { welcome: String(event.value) };
    case 'roomMinChatLevel':
      return { minChatLevel: Number(event.value) };
  }
}

export function roomMeta(state: RoomState, event: MetaEvent): RoomState {
  // Meta events carry only the changer's id; they may be gone already.
  const who = userByID(state, event.userID)?.username || 'A staff member';
  const room = state.room ? { ...state.room, ...patch(event) } : state.room;
  return appendSystemLine({ ...state, room }, `${who} ${change(event)}`);
}
