interface DeleteMessageButtonProps {
  username: string;
  onDelete: () => void;
}

/** Always in the tab order; only its look is quiet until hover or focus. */
export function DeleteMessageButton({
  username,
  onDelete,
}: DeleteMessageButtonProps) {
  return (
    <button
      type="button"
      aria-label={`Delete message from ${username}`}
      title="Delete message"
      onClick={onDelete}
      className="shrink-0 rounded px-1.5 text-xs text-zinc-500 hover:bg-red-500/20 hover:text-red-300 focus-visible:text-red-300"
    >
      ✕
    </button>
  );
}
