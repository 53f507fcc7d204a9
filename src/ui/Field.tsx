import { useId, type ReactNode } from 'react';

interface FieldProps {
  label: string;
  /** Renders the control, given the id its label points at. */
  children: (id: string) => ReactNode;
}

/** A form control with a visible label above it. */
export function Field({ label, children }: FieldProps) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-medium text-zinc-300">
        {label}
      </label>
      {children(id)}
    </div>
  );
}
