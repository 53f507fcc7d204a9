import { useQueryClient } from '@tanstack/react-query';
import {
  useCallback,
  useEffect,
  useMemo,
  useReducer,
  useState,
  type ReactNode,
} from 'react';
import { actionQueue } from '../actions/actionQueue';
import { ChatSender } from '../actions/chatSender';
import { queryKeys } from '../api/queryKeys';
import type { RoomEvent } from '../protocol';
import { roomReducer } from '../room/reducer';
import { initialRoomState } from '../room/state';
import { useRoomSocket } from '../socket/useRoomSocket';
import {
  RoomControlsContext,
  RoomStateContext,
  type RoomControls,
} from './roomContext';

export function RoomProvider({
  slug,
  children,
}: {
  slug: string;
  children: ReactNode;
}) {
  const [state, dispatch] = useReducer(roomReducer, slug, initialRoomState);
  const [chatSender] = useState(() => new ChatSender({ dispatch }));
  const queryClient = useQueryClient();

  const onEvent = useCallback(
    (event: RoomEvent) => {
      switch (event.type) {
        case 'floodAPI':
          actionQueue.backOff();
          return;
        case 'floodChat':
          chatSender.backOff();
          return;
        case 'playlistCycle':
          void queryClient.invalidateQueries({ queryKey: queryKeys.playlists });
          return;
      }
    },
    [queryClient, chatSender],
  );

  const socket = useRoomSocket(slug, dispatch, onEvent);

  useEffect(() => {
    chatSender.connect(socket.sendChat);
    return () => chatSender.reset();
  }, [chatSender, socket.sendChat]);

  const controls = useMemo<RoomControls>(
    () => ({
      dispatch,
      status: socket.status,
      sendChat: (text) => chatSender.send(text),
      reportError: (error) =>
        dispatch({ type: 'notice', tone: 'error', text: error.message }),
    }),
    [socket.status, chatSender],
  );

  return (
    <RoomControlsContext value={controls}>
      <RoomStateContext value={state}>{children}</RoomStateContext>
    </RoomControlsContext>
  );
}
