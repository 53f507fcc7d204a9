import type { AppContext } from '../context';
import { openAdminChannel, type AdminChannel } from './channel';
import { runAdminCommand } from './execute';

/** Opens the admin channel at `path`; on failure the store is closed too. */
export async function startAdminChannel(
  app: AppContext,
  path: string | false,
): Promise<AdminChannel | null> {
  if (path === false) return null;
  try {
    return await openAdminChannel(
      path,
      (request) => runAdminCommand(app, request),
      app.logs.for('server'),
    );
  } catch (error) {
    await app.store.close();
    throw error;
  }
}
