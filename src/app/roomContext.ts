/** The live room, shared with every view below RoomProvider. */
import { createContext, useContext } from 'react';
import type { RoomAction } from '../room/actions';
import type { RoomState } from '../room/state';
import type { ConnectionStatus } from '../socket/roomConnection';

export interface RoomControls {
  dispatch: (action: RoomAction) => void;
  /** Queues typed text as chat; returns how many lines it became. */
  sendChat: (text: string) => number;
  /** Shows a failed request as a notice. */
  reportError: (error: Error) => void;
  status: ConnectionStatus;
}

export const RoomStateContext = createContext<RoomState | null>(null);
export const RoomControlsContext = createContext<RoomControls | null>(null);

export function useRoomState(): RoomState {
  const state = useContext(RoomStateContext);
  if (!state) throw new Error('useRoomState needs a RoomProvider above it');
  return state;
}

export function useRoomControls(): RoomControls {
  const controls = useContext(RoomControlsContext);
  if (!controls)
    throw new Error('useRoomControls needs a RoomProvider above it');
  return controls;
}
