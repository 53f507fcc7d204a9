import type { PendingLine } from '../../room/state';

interface PendingMessageProps {
  line: PendingLine;
  username: string;
  onRetry: () => void;
  onDiscard: () => void;
}

/** A line of yours on its way, shown greyed until the server echoes it. */
export function PendingMessage({
  line,
  username,
  onRetry,
  onDiscard,
}: PendingMessageProps) {
  const failed = line.status === 'failed';

  return (
    <div
      className="flex items-start gap-2 px-3 py-1 text-sm text-zinc-500"
      data-testid="chat-pending"
      data-status={line.status}
    >
      <p className="min-w-0 flex-1 break-words">
        <span className="mr-1.5 font-semibold">{username}</span>
        {line.text}
        <span className={failed ? 'ml-2 text-xs text-red-400' : 'ml-2 text-xs'}>
          {failed ? 'not delivered' : 'sending…'}
        </span>
      </p>
      {failed && (
        <span className="flex shrink-0 gap-1 text-xs">
          <button
            type="button"
            onClick={onRetry}
            className="rounded px-1.5 text-violet-300 hover:bg-zinc-800"
          >
            Retry
          </button>
          <button
            type="button"
            onClick={onDiscard}
            className="rounded px-1.5 hover:bg-zinc-800"
          >
            Dismiss
          </button>
        </span>
      )}
    </div>
  );
}
