import { useLayoutEffect, useRef, type RefObject } from 'react';

const SLACK_PX = 48;

/**
 * Keeps a scrolling list pinned to its newest item while the reader is at
 * the bottom, and leaves it alone while they scroll back through history.
 */
export function useStickToBottom(
  ref: RefObject<HTMLElement | null>,
  version: unknown,
) {
  const pinned = useRef(true);

  useLayoutEffect(() => {
    const element = ref.current;
    if (element && pinned.current) element.scrollTop = element.scrollHeight;
  }, [ref, version]);

  return () => {
    const element = ref.current;
    if (!element) return;
    pinned.current =
      element.scrollHeight - element.scrollTop - element.clientHeight <
      SLACK_PX;
  };
}
