import clsx from 'clsx';
import type { ReactNode } from 'react';
import { useOpenUserCard } from './userCardContext';

interface UserNameButtonProps {
  userID: number;
  className?: string;
  testId?: string;
  children: ReactNode;
}

/** A user's name that opens their card; a real button, so keys reach it. */
export function UserNameButton({
  userID,
  className,
  testId,
  children,
}: UserNameButtonProps) {
  const open = useOpenUserCard();

  return (
    <button
      type="button"
      onClick={() => open(userID)}
      data-testid={testId}
      className={clsx(
        'rounded-sm text-left hover:underline focus-visible:underline',
        className,
      )}
    >
      {children}
    </button>
  );
}
