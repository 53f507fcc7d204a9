import clsx from 'clsx';
import type { ChatLine } from '../../room/state';
import { DeleteMessageButton } from '../moderation/DeleteMessageButton';
import { UserNameButton } from '../usercard/UserNameButton';

interface ChatMessageProps {
  line: ChatLine;
  nameClass: string;
  mentionsMe: boolean;
  onDelete: (() => void) | null;
}

/** One line of chat; all text is rendered as text, never as HTML. */
export function ChatMessage({
  line,
  nameClass,
  mentionsMe,
  onDelete,
}: ChatMessageProps) {
  if (line.kind === 'system') {
    return (
      <div
        className="px-3 py-1 text-xs text-zinc-400 italic"
        data-testid="chat-system"
      >
        {line.text}
      </div>
    );
  }

  return (
    <div
      className={clsx(
        'group flex items-start gap-2 px-3 py-1 text-sm',
        mentionsMe && 'border-l-2 border-violet-400 bg-violet-500/10',
      )}
      data-testid="chat-line"
      data-cid={line.cid}
    >
      <p
        className={clsx(
          'min-w-0 flex-1 break-words',
          line.emote && 'text-violet-200 italic',
        )}
      >
        <UserNameButton
          userID={line.userID}
          className={clsx('mr-1.5 font-semibold', nameClass)}
          testId="chat-username"
        >
          {line.username}
        </UserNameButton>
        <span data-testid="chat-text" className={clsx(line.emote && 'emote')}>
          {line.text}
        </span>
      </p>
      {onDelete && (
        <DeleteMessageButton username={line.username} onDelete={onDelete} />
      )}
    </div>
  );
}
