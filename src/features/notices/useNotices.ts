import { useEffect } from 'react';
import { useRoomControls, useRoomState } from '../../app/roomContext';

const SHOW_MS = { info: 6000, success: 6000, error: 10_000 } as const;

/** The current notices; each one goes away on its own after a while. */
export function useNotices() {
  const { notices } = useRoomState();
  const { dispatch } = useRoomControls();

  useEffect(() => {
    const timers = notices.map((notice) =>
      setTimeout(
        () => dispatch({ type: 'dismissNotice', id: notice.id }),
        SHOW_MS[notice.tone],
      ),
    );
    return () => timers.forEach(clearTimeout);
  }, [notices, dispatch]);

  return {
    notices,
    onDismiss: (id: number) => dispatch({ type: 'dismissNotice', id }),
  };
}
