/** Every staff endpoint beyond the skip and chat deletion basics. */
import type { AppContext } from '../context';
import type { Api } from '../http/router';
import { roomUpdateRoutes } from '../rooms/update';
import { staffRoleRoutes } from './staffRoles';

export function moderationRoutes(api: Api, app: AppContext): void {
  roomUpdateRoutes(api, app);
  staffRoleRoutes(api, app);
}
