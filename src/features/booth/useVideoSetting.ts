import { useState } from 'react';

const KEY = 'wootroom:video';

function stored(): boolean {
  try {
    return localStorage.getItem(KEY) === 'on';
  } catch {
    return false;
  }
}

/**
 * Whether to embed the YouTube player. Off by default: embedding loads
 * third-party scripts, and the room works without them.
 */
export function useVideoSetting(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(stored);

  const set = (next: boolean) => {
    setOn(next);
    try {
      localStorage.setItem(KEY, next ? 'on' : 'off');
    } catch {
      // Not stored; it still holds for this visit.
    }
  };

  return [on, set];
}
