import { useDisplayName } from '../users/useDisplayName';
import { UserNameButton } from '../usercard/UserNameButton';
import type { WaitlistStaff } from './useWaitlistStaff';

interface WaitingUserProps {
  id: number;
  /** 1-based. */
  position: number;
  last: boolean;
  staff: WaitlistStaff;
}

const ICON =
  'rounded px-1.5 py-0.5 text-xs text-zinc-400 hover:bg-zinc-800 hover:text-white disabled:opacity-30';

export function WaitingUser({ id, position, last, staff }: WaitingUserProps) {
  const { name, known } = useDisplayName(id);
  const powers = staff.powersFor(id);
  const index = position - 1;

  return (
    <li
      className="flex items-center gap-3 px-4 py-1.5 text-sm"
      data-testid="waitlist-entry"
    >
      <span className="w-6 text-right text-xs text-zinc-500 tabular-nums">
        {position}
      </span>
      <UserNameButton
        userID={id}
        className={
          known ? 'min-w-0 truncate' : 'min-w-0 truncate text-zinc-500 italic'
        }
      >
        {name}
      </UserNameButton>
      <span className="ml-auto flex shrink-0 gap-0.5">
        {powers.moveDJ && (
          <>
            <button
              type="button"
              aria-label={`Move ${name} up`}
              className={ICON}
              disabled={index === 0}
              onClick={() => staff.onMove(id, index - 1)}
            >
              ▲
            </button>
            <button
              type="button"
              aria-label={`Move ${name} down`}
              className={ICON}
              disabled={last}
              onClick={() => staff.onMove(id, index + 1)}
            >
              ▼
            </button>
          </>
        )}
        {powers.removeDJ && (
          <button
            type="button"
            aria-label={`Remove ${name} from wait list`}
            className={`${ICON} hover:text-red-300`}
            onClick={() => staff.onRemove(id)}
          >
            ✕
          </button>
        )}
      </span>
    </li>
  );
}
