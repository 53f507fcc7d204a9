/** Runs an operator command inside the server and words the outcome. */
import {
  DASHBOARD,
  escapeHtml,
  serverEvent,
  type ServerEvent,
} from '../../src/protocol';
import { renameUser } from '../account/profile';
import type { AppContext } from '../context';
import { ApiError, fail } from '../http/envelope';
import {
  checkRequest,
  helpText,
  type AdminReply,
  type AdminRequest,
} from './commands';

type Handler = (app: AppContext, args: string[]) => Promise<string>;

const toEveryone = (app: AppContext, event: ServerEvent) =>
  app.broadcast.publish({ everyone: true }, [event]);

const HANDLERS: Record<string, Handler> = {
  async broadcast(app, args) {
    const text = escapeHtml(args.join(' ').trim());
    toEveryone(app, serverEvent('plugMessage', text, DASHBOARD));
    return 'Message sent to everyone online.';
  },

  async 'maintenance-alert'(app, [minutes]) {
    const n = Number(minutes);
    toEveryone(app, serverEvent('plugMaintenanceAlert', n, DASHBOARD));
    return `Everyone online was told maintenance starts in ${n} minutes.`;
  },

  async maintenance(app, [mode]) {
    const on = mode === 'on';
    const was = app.service.maintenance;
    app.service.maintenance = on;
    if (!on) {
      return was ? 'Maintenance is over.' : 'Maintenance was not on.';
    }
    toEveryone(app, serverEvent('plugMaintenance', {}, DASHBOARD));
    return was
      ? 'Maintenance was already on; everyone online was told again.'
      : 'Maintenance is on: REST answers maintenanceMode until "maintenance off".';
  },

  async update(app) {
    toEveryone(app, serverEvent('plugUpdate', {}, DASHBOARD));
    return 'Everyone online was offered a reload.';
  },

  async rename(app, [from = '', to = '']) {
    const user = await app.store.users.byUsername(from);
    if (!user) throw fail('notFound', `No user named "${from}"`);

    const renamed = await renameUser(app, user, to);
    app.broadcast.publish({ user: user.id }, [
      serverEvent('nameChanged', {}, DASHBOARD),
    ]);
    return `Renamed ${user.username} to ${renamed.username}.`;
  },

  help: async () => helpText(),
};

export async function runAdminCommand(
  app: AppContext,
  request: AdminRequest,
): Promise<AdminReply> {
  const problem = checkRequest(request);
  const handler = HANDLERS[request.command];
  if (problem || !handler) return { ok: false, error: problem ?? 'unknown' };

  const log = app.logs.for('server');
  try {
    const message = await handler(app, request.args);
    log.info('admin command', { command: request.command });
    return { ok: true, message };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: error.message };
    log.error(`admin command failed: ${String(error)}`, {
      command: request.command,
    });
    return { ok: false, error: 'The command failed; see the server log.' };
  }
}
