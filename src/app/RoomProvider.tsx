import { useQueryClient } from '@tanstack/react-query';
import {
  useCallback,
  useEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { actionQueue } from '../actions/actionQueue';
import { ChatSender } from '../actions/chatSender';
import type { RoomEvent } from '../protocol';
import { roomReducer } from '../room/reducer';
import { mySlowMode } from '../room/selectors';
import { initialRoomState } from '../room/state';
import { useRoomSocket } from '../socket/useRoomSocket';
import { runEventEffects } from './eventEffects';
import {
  RoomControlsContext,
  RoomStateContext,
  type RoomControls,
} from './roomContext';
import { useMuteExpiry } from './useMuteExpiry';
import { useSlowModeCheck } from './useSlowModeCheck';

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
  const myID = useRef<number | null>(null);
  const checkSlowMode = useSlowModeCheck(dispatch);

  useEffect(() => {
    myID.current = state.me?.id ?? null;
  }, [state.me]);

  const onEvent = useCallback(
    (event: RoomEvent) =>
      runEventEffects(event, {
        actionQueue,
        chatSender,
        invalidate: (queryKey) =>
          void queryClient.invalidateQueries({ queryKey }),
        checkSlowMode,
        myID: () => myID.current,
      }),
    [queryClient, chatSender, checkSlowMode],
  );

  const socket = useRoomSocket(slug, dispatch, onEvent);

  useEffect(() => {
    chatSender.connect(socket.sendChat);
    return () => chatSender.reset();
  }, [chatSender, socket.sendChat]);

  const slowMode = mySlowMode(state);
  useEffect(() => {
    chatSender.setSlowMode(slowMode);
  }, [chatSender, slowMode]);

  useMuteExpiry(state.mutes, dispatch);

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
