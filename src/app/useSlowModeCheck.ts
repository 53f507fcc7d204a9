import { useCallback, useRef } from 'react';
import { actionQueue } from '../actions/actionQueue';
import { getRoomState } from '../api/endpoints';
import type { RoomAction } from '../room/actions';

/**
 * Asks the server for the room's slow mode after a `rateLimit`; one ask at
 * a time, through the action queue like any request in a burst.
 */
export function useSlowModeCheck(dispatch: (action: RoomAction) => void) {
  const asking = useRef(false);

  return useCallback(() => {
    if (asking.current) return;
    asking.current = true;

    actionQueue
      .run(getRoomState)
      .then(
        (snapshot) => snapshot.room.slowMode,
        () => 0,
      )
      .then((seconds) => {
        asking.current = false;
        dispatch({ type: 'slowModeKnown', seconds });
      });
  }, [dispatch]);
}
