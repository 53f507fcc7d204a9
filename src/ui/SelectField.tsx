import clsx from 'clsx';
import type { SelectHTMLAttributes } from 'react';

interface SelectFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  label: string;
  /** Classes for the label box, e.g. a fixed width. */
  boxClassName?: string;
  options: readonly { value: string; label: string }[];
}

/** A labelled select; the label is also its accessible name. */
export function SelectField({
  label,
  options,
  boxClassName = 'flex-1',
  ...select
}: SelectFieldProps) {
  return (
    <label
      className={clsx(
        'flex min-w-0 flex-col gap-1 text-xs text-zinc-400',
        boxClassName,
      )}
    >
      {label}
      <select
        className="rounded-md border border-zinc-700 bg-zinc-950 px-2 py-1.5 text-sm text-zinc-100 focus:border-violet-400"
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
