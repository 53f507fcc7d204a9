import type { ReactNode } from 'react';

interface FullScreenMessageProps {
  title: string;
  /** Announce it at once: for errors and ended sessions, not for loading. */
  alert?: boolean;
  testId?: string;
  children?: ReactNode;
}

export function FullScreenMessage({
  title,
  alert = true,
  testId,
  children,
}: FullScreenMessageProps) {
  return (
    <main className="flex min-h-dvh items-center justify-center p-6">
      <div
        role={alert ? 'alert' : undefined}
        data-testid={testId}
        className="max-w-md rounded-2xl border border-zinc-800 bg-zinc-900 p-8 text-center shadow-xl"
      >
        <h1 className="text-xl font-semibold">{title}</h1>
        {children && (
          <div className="mt-3 space-y-4 text-sm text-zinc-400">{children}</div>
        )}
      </div>
    </main>
  );
}
