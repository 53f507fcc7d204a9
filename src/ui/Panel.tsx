import clsx from 'clsx';
import type { ReactNode } from 'react';

interface PanelProps {
  /** Makes the panel a named landmark region. */
  label?: string;
  title: ReactNode;
  actions?: ReactNode;
  className?: string;
  children: ReactNode;
}

/** A titled block of the room screen. */
export function Panel({
  label,
  title,
  actions,
  className,
  children,
}: PanelProps) {
  return (
    <section
      aria-label={label}
      className={clsx(
        'flex min-h-0 flex-col rounded-xl border border-zinc-800 bg-zinc-900',
        className,
      )}
    >
      <header className="flex items-center justify-between gap-2 border-b border-zinc-800 px-4 py-2">
        <h2 className="text-xs font-semibold tracking-wider text-zinc-400 uppercase">
          {title}
        </h2>
        {actions}
      </header>
      {children}
    </section>
  );
}
