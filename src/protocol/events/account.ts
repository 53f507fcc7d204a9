/** Events about the signed-in account and the service itself. */
import { z } from 'zod';
import { id, plugTime, text } from '../schemas';
import { banDuration, signal } from './shared';

export const accountEvents = {
  ack: z
    .union([z.string(), z.number()])
    .transform((p) => ({ type: 'ack' as const, accepted: String(p) === '1' })),

  ban: z
    .object({ t: z.string().optional(), d: banDuration, r: z.number().int() })
    .transform((p) => ({
      type: 'ban' as const,
      duration: p.d,
      reason: p.r,
    })),

  earn: z
    .object({
      xp: z.number(),
      pp: z.number(),
      level: z.number().int(),
    })
    .transform((p) => ({ type: 'earn' as const, ...p })),

  floodAPI: signal('floodAPI'),

  friendAccept: text.transform((username) => ({
    type: 'friendAccept' as const,
    username,
  })),

  friendRequest: text.transform((username) => ({
    type: 'friendRequest' as const,
    username,
  })),

  gift: z.number().transform((pp) => ({ type: 'gift' as const, pp })),

  gifted: z.object({ s: text, r: text }).transform((p) => ({
    type: 'gifted' as const,
    sender: p.s,
    recipient: p.r,
  })),

  killSession: signal('killSession'),

  levelUp: z
    .number()
    .int()
    .transform((level) => ({ type: 'levelUp' as const, level })),

  nameChanged: signal('nameChanged'),

  notify: z
    .object({
      action: z.string(),
      id: id,
      timestamp: plugTime,
      value: z.union([z.string(), z.number()]).transform(String),
    })
    .transform((p) => ({
      type: 'notify' as const,
      id: p.id,
      action: p.action,
      value: p.value,
      at: p.timestamp,
    })),

  playlistCycle: id.transform((playlistID) => ({
    type: 'playlistCycle' as const,
    playlistID,
  })),

  plugMaintenance: signal('plugMaintenance'),

  plugMaintenanceAlert: z
    .number()
    .nonnegative()
    .transform((minutes) => ({
      type: 'plugMaintenanceAlert' as const,
      minutes,
    })),

  plugMessage: text.transform((message) => ({
    type: 'plugMessage' as const,
    message,
  })),

  plugUpdate: signal('plugUpdate'),
};
