import type { InputHTMLAttributes } from 'react';
import { Field } from './Field';

interface TextFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
}

export function TextField({ label, ...input }: TextFieldProps) {
  return (
    <Field label={label}>
      {(id) => (
        <input
          id={id}
          className="rounded-md border border-zinc-700 bg-zinc-950 px-3 py-2 text-zinc-100 placeholder:text-zinc-500 focus:border-violet-400"
          {...input}
        />
      )}
    </Field>
  );
}
