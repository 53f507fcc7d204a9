/** Everything a route or socket handler may reach, built once per server. */
import type { ServiceState } from './admin/service';
import type { Sessions } from './auth/sessions';
import type { Clock } from './clock';
import type { LogRoot } from './log';
import type { Rooms } from './rooms/rooms';
import type { Broadcast } from './socket/broadcast';
import type { Store } from './store/store';

export interface AppContext {
  store: Store;
  clock: Clock;
  logs: LogRoot;
  broadcast: Broadcast;
  rooms: Rooms;
  sessions: Sessions;
  service: ServiceState;
}
