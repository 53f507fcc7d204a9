import { useEffect, useState } from 'react';
import { useRoomControls, useRoomState } from '../../app/roomContext';
import type { MaintenanceAlert } from '../../room/state';
import { formatDuration } from '../booth/useElapsed';

/** Seconds until the deadline, ticking once a second, never below 0. */
function useSecondsLeft(deadline: number): number {
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [deadline]);

  return Math.max(0, Math.ceil((deadline - now) / 1000));
}

function Countdown({ alert }: { alert: MaintenanceAlert }) {
  // The alert says "in N minutes" as of now: fix the deadline on arrival.
  const [deadline] = useState(() => Date.now() + alert.minutes * 60_000);
  const left = useSecondsLeft(deadline);

  return left > 0 ? (
    <>
      Maintenance in {/* Announced once when it appears, not on every tick. */}
      <span aria-live="off" className="font-semibold tabular-nums">
        {formatDuration(left)}
      </span>
    </>
  ) : (
    <>Maintenance is starting now</>
  );
}

/** A service-wide heads-up that the site goes down for maintenance soon. */
export function MaintenanceBanner() {
  const { maintenance } = useRoomState();
  const { dispatch } = useRoomControls();
  if (!maintenance) return null;

  return (
    <div
      role="status"
      data-testid="maintenance-banner"
      className="flex items-center gap-3 border-b border-amber-500/40 bg-amber-500/15 px-4 py-2 text-sm text-amber-100"
    >
      <span aria-hidden="true">⚠</span>
      <p className="flex-1">
        <Countdown key={maintenance.id} alert={maintenance} />
        <span className="text-amber-200/80">
          {' '}
          · Finish what you are doing; the room will be back shortly after.
        </span>
      </p>
      <button
        type="button"
        aria-label="Hide maintenance banner"
        onClick={() => dispatch({ type: 'dismissMaintenance' })}
        className="rounded px-2 py-0.5 text-xs text-amber-200 hover:bg-amber-500/20"
      >
        Hide
      </button>
    </div>
  );
}
