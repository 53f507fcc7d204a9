import { useRef } from 'react';
import { ROLE } from '../../protocol';
import { Panel } from '../../ui/Panel';
import { ChatInput } from './ChatInput';
import { ChatMessage } from './ChatMessage';
import { PendingMessage } from './PendingMessage';
import { useChat } from './useChat';
import { useStickToBottom } from './useStickToBottom';

function nameClass(role: number): string {
  if (role >= ROLE.bouncer) return 'text-amber-300';
  if (role >= ROLE.residentDJ) return 'text-sky-300';
  return 'text-zinc-200';
}

export function Chat() {
  const chat = useChat();
  const log = useRef<HTMLDivElement>(null);
  const onScroll = useStickToBottom(
    log,
    chat.lines.length + chat.pending.length,
  );
  const mention = chat.me ? `@${chat.me.username}`.toLowerCase() : null;

  return (
    <Panel title="Chat" className="h-[28rem] lg:h-auto lg:min-h-0 lg:flex-1">
      <div
        ref={log}
        role="log"
        aria-label="Chat"
        onScroll={onScroll}
        className="min-h-0 flex-1 overflow-y-auto py-2"
      >
        {chat.welcome && (
          <p className="mx-3 mb-2 rounded-md bg-zinc-800/60 px-3 py-2 text-sm whitespace-pre-line text-zinc-300">
            {chat.welcome}
          </p>
        )}
        {chat.lines.map((line) => (
          <ChatMessage
            key={line.cid}
            line={line}
            nameClass={
              line.kind === 'user'
                ? nameClass(chat.users.get(line.userID)?.role ?? 0)
                : ''
            }
            mentionsMe={
              line.kind === 'user' &&
              !!mention &&
              line.text.toLowerCase().includes(mention)
            }
            onDelete={
              chat.canDelete && line.kind === 'user'
                ? () => chat.onDelete(line.cid)
                : null
            }
          />
        ))}
        {chat.pending.map((line) => (
          <PendingMessage
            key={line.localId}
            line={line}
            username={chat.me?.username ?? ''}
            onRetry={() => chat.retry(line)}
            onDiscard={() => chat.discard(line)}
          />
        ))}
      </div>
      <ChatInput
        onSend={chat.send}
        slowMode={chat.slowMode}
        levelNeeded={chat.levelNeeded}
        muted={chat.muted}
      />
    </Panel>
  );
}
