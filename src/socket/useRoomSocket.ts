/**
 * React's handle on a RoomConnection: one per room slug, torn down on
 * unmount. The dispatch and event callbacks are read through refs, so a
 * new render never reconnects.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { accountQuery, FRESH_ACCOUNT_MS } from '../api/accountQuery';
import { queryKeys } from '../api/queryKeys';
import type { RoomEvent } from '../protocol';
import type { RoomAction } from '../room/actions';
import { RoomConnection, type ConnectionStatus } from './roomConnection';
import { socketUrl } from './socketUrl';

export interface RoomSocket {
  status: ConnectionStatus;
  sendChat: (text: string) => boolean;
}

export function useRoomSocket(
  slug: string,
  dispatch: (action: RoomAction) => void,
  onEvent: (event: RoomEvent) => void,
): RoomSocket {
  const [status, setStatus] = useState<ConnectionStatus>('connecting');
  const connection = useRef<RoomConnection | null>(null);
  const dispatchRef = useRef(dispatch);
  const onEventRef = useRef(onEvent);
  const queryClient = useQueryClient();

  useEffect(() => {
    dispatchRef.current = dispatch;
    onEventRef.current = onEvent;
  });

  useEffect(() => {
    const current = new RoomConnection({
      slug,
      url: socketUrl(),
      dispatch: (action) => dispatchRef.current(action),
      onEvent: (event) => onEventRef.current(event),
      onStatus: setStatus,
      loadAccount: () =>
        queryClient.fetchQuery({
          ...accountQuery,
          staleTime: FRESH_ACCOUNT_MS,
        }),
      onSignedOut: () => queryClient.setQueryData(queryKeys.account, null),
    });
    connection.current = current;

    return () => {
      current.dispose();
      connection.current = null;
    };
  }, [slug, queryClient]);

  const sendChat = useCallback(
    (text: string) => connection.current?.sendChat(text) ?? false,
    [],
  );

  return { status, sendChat };
}
