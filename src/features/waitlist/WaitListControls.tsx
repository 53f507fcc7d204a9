import { useState } from 'react';
import { Button } from '../../ui/Button';
import type { WaitlistStaff } from './useWaitlistStaff';

/** Shows a toggle's state to the eye; aria-pressed tells the rest. */
function Check({ on }: { on: boolean }) {
  return (
    <span aria-hidden="true" className="w-3 text-center">
      {on ? '✓' : ''}
    </span>
  );
}

/** Lock, cycle and clear, for managers; clearing asks once more. */
export function WaitListControls({ staff }: { staff: WaitlistStaff }) {
  const [confirming, setConfirming] = useState(false);

  return (
    <div
      role="toolbar"
      aria-label="Wait list controls"
      className="flex flex-wrap items-center gap-2 border-b border-zinc-800 px-4 py-2"
    >
      <Button
        aria-pressed={staff.locked}
        onClick={staff.onLock}
        disabled={staff.busy}
        className="aria-pressed:bg-amber-500/20 aria-pressed:text-amber-200"
      >
        <Check on={staff.locked} />
        Lock wait list
      </Button>
      <Button
        aria-pressed={staff.cycling}
        onClick={staff.onCycle}
        disabled={staff.busy}
        className="aria-pressed:bg-violet-500/20 aria-pressed:text-violet-200"
      >
        <Check on={staff.cycling} />
        Cycle
      </Button>
      {confirming ? (
        <span className="ml-auto flex gap-2">
          <Button
            tone="danger"
            autoFocus
            onClick={() => {
              setConfirming(false);
              staff.onClear();
            }}
          >
            Confirm clear
          </Button>
          <Button tone="quiet" onClick={() => setConfirming(false)}>
            Cancel
          </Button>
        </span>
      ) : (
        <Button
          tone="quiet"
          className="ml-auto"
          onClick={() => setConfirming(true)}
        >
          Clear
        </Button>
      )}
    </div>
  );
}
