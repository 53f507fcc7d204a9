/** The REST flood guard for one server; a blocked user also hears `floodAPI`. */
import { DASHBOARD, serverEvent } from '../../src/protocol';
import type { AppContext } from '../context';
import { floodGuard, type FloodLimits } from '../http/flood';
import type { Middleware } from '../http/router';

export function restFlood(app: AppContext, limits?: FloodLimits): Middleware {
  return floodGuard({
    now: () => app.clock.now(),
    limits,
    onFlood(userID) {
      const slug = app.rooms.roomOf(userID)?.record.slug ?? DASHBOARD;
      app.broadcast.publish({ user: userID }, [
        serverEvent('floodAPI', {}, slug),
      ]);
      app.logs.for('http').warn('REST flood: requests refused', {
        user: userID,
      });
    },
  });
}
