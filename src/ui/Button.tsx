import clsx from 'clsx';
import type { ButtonHTMLAttributes } from 'react';

type Tone = 'primary' | 'neutral' | 'danger' | 'quiet';

const TONES: Record<Tone, string> = {
  primary: 'bg-violet-500 text-white hover:bg-violet-400',
  neutral: 'bg-zinc-800 text-zinc-100 hover:bg-zinc-700',
  danger: 'bg-red-600/90 text-white hover:bg-red-500',
  quiet: 'text-zinc-300 hover:bg-zinc-800 hover:text-white',
};

const BASE =
  'inline-flex items-center justify-center gap-2 rounded-md px-3 py-1.5 text-sm font-medium whitespace-nowrap transition-colors disabled:cursor-not-allowed disabled:opacity-50';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  tone?: Tone;
}

export function Button({
  tone = 'neutral',
  className,
  type = 'button',
  ...rest
}: ButtonProps) {
  return (
    <button
      type={type}
      className={clsx(BASE, TONES[tone], className)}
      {...rest}
    />
  );
}
