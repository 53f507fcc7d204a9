import { Button } from '../../ui/Button';
import { Panel } from '../../ui/Panel';
import { WaitingUser } from './WaitingUser';
import { WaitListControls } from './WaitListControls';
import { useWaitlist } from './useWaitlist';
import { useWaitlistStaff } from './useWaitlistStaff';

function statusText(position: number, djing: boolean, count: number): string {
  if (djing) return 'You are playing now';
  if (position > 0) return `You are #${position} in the wait list`;
  return count === 0 ? 'Nobody is waiting' : `${count} waiting`;
}

export function WaitList() {
  const list = useWaitlist();
  const staff = useWaitlistStaff();
  const inList = list.position > 0 || list.djing;

  const action = inList ? (
    <Button tone="neutral" onClick={list.onLeave} disabled={list.busy}>
      Leave wait list
    </Button>
  ) : (
    <Button
      tone="primary"
      onClick={list.onJoin}
      disabled={list.busy || !list.canJoin}
    >
      Join wait list
    </Button>
  );

  return (
    <Panel
      label="Wait list"
      title={list.locked ? 'Wait list (locked)' : 'Wait list'}
      className="max-h-96 lg:max-h-none"
      actions={
        !list.cycling && (
          <span className="text-xs text-zinc-500" data-testid="waitlist-cycle">
            Cycle off
          </span>
        )
      }
    >
      {staff.canControl && <WaitListControls staff={staff} />}
      <div className="flex items-center justify-between gap-2 px-4 py-3">
        <p className="text-sm text-zinc-300" data-testid="waitlist-position">
          {statusText(list.position, list.djing, list.ids.length)}
        </p>
        {action}
      </div>
      <ol className="min-h-0 flex-1 overflow-y-auto pb-2">
        {list.ids.map((id, index) => (
          <WaitingUser
            key={id}
            id={id}
            position={index + 1}
            last={index === list.ids.length - 1}
            staff={staff}
          />
        ))}
      </ol>
    </Panel>
  );
}
