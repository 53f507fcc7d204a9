import { useUser } from '../../api/useUser';
import { useRoomState } from '../../app/roomContext';
import { userByID } from '../../room/selectors';

/**
 * A user's name, for ids the room may not know (wait list, votes): unknown
 * ids show a placeholder while their profile is fetched.
 */
export function useDisplayName(id: number): { name: string; known: boolean } {
  const state = useRoomState();
  const local = userByID(state, id);
  const fetched = useUser(id, !local);

  const name = local?.username || fetched.data?.username;
  return name ? { name, known: true } : { name: `user #${id}`, known: false };
}
