import { Button } from '../../ui/Button';
import { useInbox } from './useInbox';

const PANEL_ID = 'notifications-panel';
const HEADING =
  'px-4 pt-3 pb-1 text-xs font-semibold tracking-wider text-zinc-500 uppercase';

/**
 * Friend requests and notifications, in a popover: the browser gives it
 * Escape, outside clicks and the expanded state of its button.
 */
export function NotificationsMenu() {
  const inbox = useInbox();
  const label = inbox.count
    ? `Notifications, ${inbox.count} new`
    : 'Notifications';

  return (
    <>
      <Button tone="quiet" popoverTarget={PANEL_ID} aria-label={label}>
        <span aria-hidden="true">Notifications</span>
        {inbox.count > 0 && (
          <span
            aria-hidden="true"
            className="rounded-full bg-violet-500 px-1.5 text-xs text-white"
            data-testid="notification-count"
          >
            {inbox.count}
          </span>
        )}
      </Button>
      <div
        id={PANEL_ID}
        popover="auto"
        role="dialog"
        aria-label="Notifications"
        className="fixed inset-auto top-14 right-3 m-0 w-80 max-w-[calc(100vw-1.5rem)] rounded-xl border border-zinc-700 bg-zinc-900 pb-2 text-sm text-zinc-100 shadow-2xl"
      >
        <h3 className={HEADING}>Friend requests</h3>
        {inbox.requests.length === 0 && (
          <p className="px-4 py-1 text-zinc-500">No friend requests.</p>
        )}
        <ul>
          {inbox.requests.map((invite) => (
            <li
              key={invite.id}
              className="flex items-center gap-2 px-4 py-1.5"
              data-testid="friend-request"
            >
              <span className="min-w-0 flex-1 truncate">{invite.username}</span>
              <Button
                tone="primary"
                aria-label={`Accept friend request from ${invite.username}`}
                onClick={() => inbox.onAccept(invite.id)}
              >
                Accept
              </Button>
              <Button
                aria-label={`Ignore friend request from ${invite.username}`}
                onClick={() => inbox.onIgnore(invite.id)}
              >
                Ignore
              </Button>
            </li>
          ))}
        </ul>
        <h3 className={HEADING}>Notifications</h3>
        {inbox.notifications.length === 0 && (
          <p className="px-4 py-1 text-zinc-500">Nothing new.</p>
        )}
        <ul>
          {inbox.notifications.map((n) => (
            <li
              key={n.id}
              className="flex items-start gap-2 px-4 py-1.5"
              data-testid="notification"
            >
              <p className="min-w-0 flex-1">{n.text}</p>
              <button
                type="button"
                aria-label="Dismiss notification"
                onClick={() => inbox.onDismiss(n.id)}
                className="rounded px-1 text-xs text-zinc-400 hover:bg-zinc-800 hover:text-white"
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}
