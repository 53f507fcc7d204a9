/**
 * Service-wide state the operator switches from the admin command line.
 * In memory on purpose: a restart is the end of any maintenance.
 */
import type { ServerResponse } from 'node:http';
import { fail, sendError } from '../http/envelope';

export const MAINTENANCE_MESSAGE =
  'Wootroom is down for maintenance. Please come back soon.';

export class ServiceState {
  maintenance = false;
}

/** Answers `maintenanceMode` when maintenance is on; true if it did. */
export function refuseDuringMaintenance(
  service: ServiceState,
  res: ServerResponse,
): boolean {
  if (!service.maintenance) return false;
  sendError(res, fail('maintenanceMode', MAINTENANCE_MESSAGE));
  return true;
}
