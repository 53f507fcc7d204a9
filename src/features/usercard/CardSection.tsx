import { useId, type ReactNode } from 'react';

/** A titled group of actions on a user card, named for assistive tech. */
export function CardSection({
  title,
  children,
}: {
  title: string;
  children: ReactNode;
}) {
  const id = useId();
  // A group, not a region: "Booth" must keep naming one landmark only.
  return (
    <div role="group" aria-labelledby={id} className="flex flex-col gap-2">
      <h3
        id={id}
        className="text-xs font-semibold tracking-wider text-zinc-500 uppercase"
      >
        {title}
      </h3>
      {children}
    </div>
  );
}
