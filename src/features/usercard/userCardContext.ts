import { createContext, useContext } from 'react';

/** Opens the card of a user, from wherever their name is shown. */
export const UserCardContext = createContext<(userID: number) => void>(
  () => {},
);

export function useOpenUserCard(): (userID: number) => void {
  return useContext(UserCardContext);
}
