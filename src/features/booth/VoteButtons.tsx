import clsx from 'clsx';
import type { Score } from '../../room/state';

interface VoteButtonProps {
  label: 'Woot' | 'Meh' | 'Grab';
  icon: string;
  count: number;
  pressed: boolean;
  pressedClass: string;
  /** Why the button cannot be used now, if it cannot. */
  closedReason?: string | undefined;
  onClick: () => void;
}

function VoteButton({
  label,
  icon,
  count,
  pressed,
  pressedClass,
  closedReason,
  onClick,
}: VoteButtonProps) {
  return (
    <div
      className={clsx(
        'flex items-center overflow-hidden rounded-lg border',
        pressed ? pressedClass : 'border-zinc-700 bg-zinc-800/60',
      )}
    >
      <button
        type="button"
        aria-pressed={pressed}
        disabled={closedReason !== undefined}
        title={closedReason}
        onClick={onClick}
        className="flex items-center gap-1.5 px-3 py-1.5 text-sm font-semibold hover:bg-white/5 disabled:cursor-not-allowed disabled:opacity-50 disabled:hover:bg-transparent"
      >
        <span aria-hidden="true">{icon}</span>
        {label}
      </button>
      <span
        className="border-l border-inherit px-2.5 text-sm tabular-nums"
        data-testid={`${label.toLowerCase()}-count`}
      >
        {count}
      </span>
    </div>
  );
}

interface VoteButtonsProps {
  score: Score;
  myVote: 1 | -1 | 0;
  grabbed: boolean;
  /** The DJ does not vote on their own play; the server refuses it. */
  isDJ: boolean;
  onWoot: () => void;
  onMeh: () => void;
  onGrab: () => void;
}

export function VoteButtons({
  score,
  myVote,
  grabbed,
  isDJ,
  onWoot,
  onMeh,
  onGrab,
}: VoteButtonsProps) {
  const ownPlay = isDJ ? 'You cannot vote on your own play' : undefined;
  return (
    <div className="flex flex-wrap gap-2">
      <VoteButton
        label="Woot"
        icon="▲"
        count={score.woots}
        pressed={myVote === 1}
        pressedClass="border-woot/60 bg-woot/15 text-woot"
        closedReason={ownPlay}
        onClick={onWoot}
      />
      <VoteButton
        label="Meh"
        icon="▼"
        count={score.mehs}
        pressed={myVote === -1}
        pressedClass="border-meh/60 bg-meh/15 text-meh"
        closedReason={ownPlay}
        onClick={onMeh}
      />
      <VoteButton
        label="Grab"
        icon="♥"
        count={score.grabs}
        pressed={grabbed}
        pressedClass="border-grab/60 bg-grab/15 text-grab"
        onClick={onGrab}
      />
    </div>
  );
}
