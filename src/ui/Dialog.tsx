import {
  useEffect,
  useId,
  useRef,
  type ReactNode,
  type RefObject,
} from 'react';

interface DialogProps {
  title: ReactNode;
  /** Under the title: a role, a level, a short explanation. */
  subtitle?: ReactNode;
  onClose: () => void;
  testId?: string;
  /**
   * For closing from inside (Cancel, done): call `close()` on it rather
   * than unmounting, so the browser puts focus back where it was.
   */
  dialogRef?: RefObject<HTMLDialogElement | null>;
  children: ReactNode;
}

/**
 * A modal dialog on the native <dialog>: the browser traps focus, closes it
 * on Escape and puts focus back where it was. Clicking the backdrop closes
 * it too. It is named by its title.
 */
export function Dialog({
  title,
  subtitle,
  onClose,
  testId,
  dialogRef,
  children,
}: DialogProps) {
  const own = useRef<HTMLDialogElement>(null);
  const ref = dialogRef ?? own;
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    // Strict mode runs effects twice; a second showModal would throw.
    if (dialog && !dialog.open) dialog.showModal();
  }, [ref]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      data-testid={testId}
      onClose={onClose}
      onClick={(event) => {
        if (event.target === ref.current) ref.current.close();
      }}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-2xl border border-zinc-700 bg-zinc-900 p-0 text-zinc-100 shadow-2xl backdrop:bg-black/60"
    >
      <div className="flex max-h-[85dvh] flex-col">
        <header className="flex items-start gap-3 border-b border-zinc-800 px-5 py-3">
          <div className="min-w-0 flex-1">
            <h2 id={titleId} className="truncate text-lg font-semibold">
              {title}
            </h2>
            {subtitle && (
              <div className="mt-0.5 flex flex-wrap items-center gap-2 text-xs text-zinc-400">
                {subtitle}
              </div>
            )}
          </div>
          <button
            type="button"
            aria-label="Close"
            onClick={() => ref.current?.close()}
            className="rounded px-2 py-1 text-zinc-400 hover:bg-zinc-800 hover:text-white"
          >
            ✕
          </button>
        </header>
        <div className="overflow-y-auto px-5 py-4">{children}</div>
      </div>
    </dialog>
  );
}
