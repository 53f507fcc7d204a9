import { useEffect, useRef } from 'react';
import type { RoomAction } from '../room/actions';

interface Timer {
  seconds: number;
  handle: ReturnType<typeof setTimeout>;
}

/**
 * Lifts mutes when their time is up. The server announces only early
 * unmutes, and the state holds seconds left as of when the mute was
 * learned, so each timer starts when its mute first shows up and is kept
 * while other mutes come and go.
 */
export function useMuteExpiry(
  mutes: Record<number, number>,
  dispatch: (action: RoomAction) => void,
) {
  const timers = useRef(new Map<number, Timer>());

  useEffect(() => {
    const running = timers.current;

    for (const [id, timer] of running) {
      if (mutes[id] === timer.seconds) continue;
      clearTimeout(timer.handle);
      running.delete(id);
    }

    for (const [key, seconds] of Object.entries(mutes)) {
      const userID = Number(key);
      if (running.has(userID) || seconds < 0) continue;
      const handle = setTimeout(() => {
        running.delete(userID);
        dispatch({ type: 'muteExpired', userID });
      }, seconds * 1000);
      running.set(userID, { seconds, handle });
    }
  }, [mutes, dispatch]);

  useEffect(() => {
    const running = timers.current;
    return () => {
      for (const timer of running.values()) clearTimeout(timer.handle);
      running.clear();
    };
  }, []);
}
