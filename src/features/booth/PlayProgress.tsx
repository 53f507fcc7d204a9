import { formatDuration, useElapsed } from './useElapsed';

interface PlayProgressProps {
  startedAt: number;
  duration: number;
}

export function PlayProgress({ startedAt, duration }: PlayProgressProps) {
  const elapsed = useElapsed(startedAt, duration);
  const percent = duration > 0 ? (elapsed / duration) * 100 : 0;
  const text = `${formatDuration(elapsed)} / ${formatDuration(duration)}`;

  return (
    <div className="flex items-center gap-3">
      <div
        role="progressbar"
        aria-label="Song progress"
        aria-valuemin={0}
        aria-valuemax={duration}
        aria-valuenow={elapsed}
        aria-valuetext={`${formatDuration(elapsed)} of ${formatDuration(duration)}`}
        className="h-1.5 flex-1 overflow-hidden rounded-full bg-zinc-800"
      >
        <div
          className="h-full rounded-full bg-violet-400"
          style={{ width: `${percent}%` }}
        />
      </div>
      <span
        className="text-xs text-zinc-400 tabular-nums"
        data-testid="media-time"
      >
        {text}
      </span>
    </div>
  );
}
