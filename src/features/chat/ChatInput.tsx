import { useState, type FormEvent } from 'react';
import { Button } from '../../ui/Button';

interface ChatInputProps {
  onSend: (text: string) => boolean;
  /** Seconds between your lines the room asks for; 0 = none. */
  slowMode: number;
  /** Set when the room's minimum chat level keeps you quiet. */
  levelNeeded: number | null;
  /** Staff muted you: the server would drop whatever you send. */
  muted: boolean;
}

function seconds(n: number): string {
  return n === 1 ? 'second' : `${n} seconds`;
}

export function ChatInput({
  onSend,
  slowMode,
  levelNeeded,
  muted,
}: ChatInputProps) {
  const [text, setText] = useState('');
  const silenced = muted || levelNeeded !== null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (onSend(text)) setText('');
  };

  return (
    <form onSubmit={onSubmit} className="border-t border-zinc-800 p-3">
      <div className="flex gap-2">
        <input
          aria-label="Chat message"
          aria-describedby="chat-limits"
          placeholder={silenced ? 'You cannot chat here now' : 'Say something…'}
          value={text}
          onChange={(event) => setText(event.target.value)}
          autoComplete="off"
          disabled={silenced}
          className="min-w-0 flex-1 rounded-md border border-zinc-700 bg-zinc-950 px-3 py-2 text-sm placeholder:text-zinc-500 focus:border-violet-400 disabled:opacity-60"
        />
        <Button type="submit" tone="primary" disabled={silenced}>
          Send
        </Button>
      </div>
      <div id="chat-limits" className="text-xs text-zinc-400 empty:hidden">
        {slowMode > 0 && (
          <p className="mt-2" data-testid="slow-mode">
            Slow mode: one message every {seconds(slowMode)}
          </p>
        )}
        {muted && (
          <p className="mt-2" data-testid="chat-muted">
            You are muted: staff can lift it, or it ends by itself.
          </p>
        )}
        {levelNeeded !== null && (
          <p className="mt-2" data-testid="chat-level">
            Only level {levelNeeded} and up can chat in this room.
          </p>
        )}
      </div>
    </form>
  );
}
