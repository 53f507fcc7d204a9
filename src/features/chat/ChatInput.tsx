import { useState, type FormEvent } from 'react';
import { Button } from '../../ui/Button';

export function ChatInput({ onSend }: { onSend: (text: string) => boolean }) {
  const [text, setText] = useState('');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (onSend(text)) setText('');
  };

  return (
    <form
      onSubmit={onSubmit}
      className="flex gap-2 border-t border-zinc-800 p-3"
    >
      <input
        aria-label="Chat message"
        placeholder="Say something…"
        value={text}
        onChange={(event) => setText(event.target.value)}
        autoComplete="off"
        className="min-w-0 flex-1 rounded-md border border-zinc-700 bg-zinc-950 px-3 py-2 text-sm placeholder:text-zinc-500 focus:border-violet-400"
      />
      <Button type="submit" tone="primary">
        Send
      </Button>
    </form>
  );
}
