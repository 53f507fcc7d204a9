import { useState, type ReactNode } from 'react';
import { UserCard } from './UserCard';
import { UserCardContext } from './userCardContext';

/** Holds which user card is open; one at a time. */
export function UserCardHost({ children }: { children: ReactNode }) {
  const [userID, setUserID] = useState<number | null>(null);

  return (
    <UserCardContext value={setUserID}>
      {children}
      {userID !== null && (
        <UserCard
          key={userID}
          userID={userID}
          onClose={() => setUserID(null)}
        />
      )}
    </UserCardContext>
  );
}
