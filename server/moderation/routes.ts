/** Every staff endpoint beyond the skip and chat deletion basics. */
import { boothModRoutes } from '../booth/modRoutes';
import type { AppContext } from '../context';
import type { Api } from '../http/router';
import { roomUpdateRoutes } from '../rooms/update';
import { banRoutes } from './bans';
import { muteRoutes } from './mutes';
import { staffRoleRoutes } from './staffRoles';
import { waitlistBanRoutes } from './waitlistBans';

export function moderationRoutes(api: Api, app: AppContext): void {
  roomUpdateRoutes(api, app);
  staffRoleRoutes(api, app);
  boothModRoutes(api, app);
  waitlistBanRoutes(api, app);
  banRoutes(api, app);
  muteRoutes(api, app);
}
