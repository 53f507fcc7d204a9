import { useEffect, useState } from 'react';

/** Whole seconds since `startedAt`, clamped to the play, ticking each second. */
export function useElapsed(startedAt: number | null, duration: number): number {
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (startedAt === null) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [startedAt]);

  if (startedAt === null) return 0;
  const seconds = Math.floor((now - startedAt) / 1000);
  return Math.min(Math.max(seconds, 0), duration);
}

export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
