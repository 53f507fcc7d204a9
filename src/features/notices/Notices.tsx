import clsx from 'clsx';
import type { NoticeTone } from '../../room/state';
import { useNotices } from './useNotices';

const TONES: Record<NoticeTone, string> = {
  info: 'border-sky-500/40 bg-sky-500/10 text-sky-100',
  success: 'border-emerald-500/40 bg-emerald-500/10 text-emerald-100',
  error: 'border-red-500/40 bg-red-500/10 text-red-100',
};

/** Always in the page, so screen readers announce what is added to it. */
export function Notices() {
  const { notices, onDismiss } = useNotices();

  return (
    <div
      role="status"
      aria-label="Notices"
      className="pointer-events-none fixed bottom-3 left-3 z-10 flex w-80 max-w-[calc(100vw-1.5rem)] flex-col gap-2"
    >
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={clsx(
            'pointer-events-auto flex items-start gap-2 rounded-lg border px-3 py-2 text-sm shadow-lg backdrop-blur',
            TONES[notice.tone],
          )}
          data-testid="notice"
        >
          <p className="flex-1">{notice.text}</p>
          <button
            type="button"
            aria-label="Dismiss notice"
            onClick={() => onDismiss(notice.id)}
            className="rounded px-1 text-xs opacity-70 hover:opacity-100"
          >
            ✕
          </button>
        </div>
      ))}
    </div>
  );
}
