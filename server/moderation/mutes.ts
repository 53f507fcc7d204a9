/**
 * Mutes: a muted user's chat is dropped (see ChatGate) until the mute
 * runs out or staff lift it; `rooms/state` lists the seconds left.
 */
import {
  escapeHtml,
  MUTE_DURATIONS,
  muteBody,
  serverEvent,
} from '../../src/protocol';
import type { AppContext } from '../context';
import { fail } from '../http/envelope';
import type { Api } from '../http/router';
import {
  audit,
  idParam,
  moderator,
  requireStaff,
  requireTarget,
} from './access';
import { impose, listed, secondsLeft } from './sanctions';

/** `{userID: seconds left}` for the room snapshot. */
export async function muteSeconds(
  app: AppContext,
  roomID: number,
): Promise<Record<number, number>> {
  const now = app.clock.now();
  const mutes = await app.store.sanctions.list(roomID, 'mute', now);
  return Object.fromEntries(mutes.map((m) => [m.userID, secondsLeft(m, now)]));
}

export function muteRoutes(api: Api, app: AppContext): void {
  api.get('/_/mutes', async (caller) => {
    const { room } = await requireStaff(app, caller, 'mute');
    return listed(app, room.record.id, 'mute');
  });

  api.post('/_/mutes', muteBody, async (caller) => {
    const staff = await requireStaff(app, caller, 'mute');
    const { userID, reason, duration } = caller.body;
    const target = await requireTarget(app, staff, userID);

    const seconds = MUTE_DURATIONS[duration];
    await impose(app, staff, {
      kind: 'mute',
      userID,
      reason,
      duration,
      seconds,
    });

    const { slug } = staff.room.record;
    const t = escapeHtml(target.user.username);
    const p = { ...moderator(staff.user), i: userID, t, r: reason };
    app.broadcast.publish({ room: slug }, [
      serverEvent('modMute', { ...p, d: duration }, slug),
    ]);
    return [];
  });

  api.delete('/_/mutes/:id', async (caller) => {
    const staff = await requireStaff(app, caller, 'mute');
    const userID = idParam(caller.params.id);
    const target = await requireTarget(app, staff, userID);
    const { id, slug } = staff.room.record;
    const mute = await app.store.sanctions.get(
      id,
      'mute',
      userID,
      app.clock.now(),
    );
    if (!mute) throw fail('notFound', 'That user is not muted');

    await app.store.sanctions.remove(id, 'mute', userID);
    const t = escapeHtml(target.user.username);
    const p = { ...moderator(staff.user), i: userID, t, r: mute.reason };
    app.broadcast.publish({ room: slug }, [
      serverEvent('modMute', { ...p, d: 'o' }, slug),
    ]);
    audit(app, staff, 'mute lifted', userID);
    return [];
  });
}
