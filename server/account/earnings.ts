/**
 * Crediting xp and pp. The user gets `earn` with their new totals; a level
 * up adds `levelUp` and a stored `notify` for them, and a `userUpdate` for
 * the room they are in.
 */
import { DASHBOARD, serverEvent } from '../../src/protocol';
import type { UserRecord } from '../store/store';
import { levelForXp, type Earning } from './levels';
import { notification, type AccountDeps } from './notifications';

export function earnEvent(user: UserRecord) {
  const { xp, pp, level } = user;
  return serverEvent('earn', { xp, pp, level }, DASHBOARD);
}

export async function credit(
  deps: AccountDeps,
  userID: number,
  earning: Earning,
  roomSlug: string | null,
): Promise<UserRecord | null> {
  if (earning.xp === 0 && earning.pp === 0) return null;
  const credited = await deps.store.accounts.credit(
    userID,
    earning.xp,
    earning.pp,
  );
  if (!credited) return null;

  // Levels never go down, even if the curve is ever made steeper.
  const level = Math.max(credited.level, levelForXp(credited.xp));
  const user = { ...credited, level };
  if (level === credited.level) {
    deps.broadcast.publish({ user: userID }, [earnEvent(user)]);
    return user;
  }

  await deps.store.accounts.setLevel(userID, level);
  deps.broadcast.publish({ user: userID }, [
    earnEvent(user),
    serverEvent('levelUp', level, DASHBOARD),
    await notification(deps, userID, 'levelUp', String(level)),
  ]);
  if (roomSlug) {
    deps.broadcast.publish({ room: roomSlug }, [
      serverEvent('userUpdate', { i: userID, level }, roomSlug),
    ]);
  }
  return user;
}
