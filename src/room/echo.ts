/**
 * Which of your lines on their way an echo confirms. Servers may trim or
 * cut what they echo, and may drop a line without a word (mutes, floods),
 * so matching by order alone would let one line's echo confirm another.
 * The echo confirms the oldest line with the same text, else the oldest
 * line the echo is a cut-off start of, else the oldest line of all.
 * The reducer and the chat sender both use this, so they agree.
 */
import { isEmote, stripEmote } from '../protocol';

export interface Outgoing {
  localId: string;
  text: string;
}

export interface Echo {
  text: string;
  emote: boolean;
}

function body(line: Outgoing, echo: Echo): string | null {
  const text = line.text.trim();
  return isEmote(text) === echo.emote ? stripEmote(text).trim() : null;
}

export function matchEcho(
  lines: readonly Outgoing[],
  echo: Echo,
): string | undefined {
  const said = echo.text.trim();
  const exact = lines.find((line) => body(line, echo) === said);
  const cut =
    said.length > 0
      ? lines.find((line) => body(line, echo)?.startsWith(said))
      : undefined;
  return (exact ?? cut ?? lines[0])?.localId;
}
