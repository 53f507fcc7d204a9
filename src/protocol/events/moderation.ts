/** Staff actions, each naming its moderator. */
import { z } from 'zod';
import { normaliseRole } from '../roles';
import { id, text } from '../schemas';
import { banDuration, moderated, moderator } from './shared';

export const moderationEvents = {
  modAddDJ: z.object({ ...moderated, t: text }).transform((p) => ({
    type: 'modAddDJ' as const,
    username: p.t,
    ...moderator(p),
  })),

  modBan: z
    .object({ ...moderated, t: text, d: banDuration })
    .transform((p) => ({
      type: 'modBan' as const,
      username: p.t,
      duration: p.d,
      ...moderator(p),
    })),

  modMoveDJ: z
    .object({
      ...moderated,
      u: text,
      o: z.number().int(),
      n: z.number().int(),
    })
    .transform((p) => ({
      type: 'modMoveDJ' as const,
      username: p.u,
      from: p.o,
      to: p.n,
      ...moderator(p),
    })),

  modMute: z
    .object({
      ...moderated,
      i: id,
      t: text,
      r: z.number().int(),
      d: z.enum(['s', 'm', 'l', 'o']),
    })
    .transform((p) => ({
      type: 'modMute' as const,
      userID: p.i,
      username: p.t,
      reason: p.r,
      duration: p.d,
      ...moderator(p),
    })),

  modRemoveDJ: z
    .object({ ...moderated, t: text, d: z.boolean().optional() })
    .transform((p) => ({
      type: 'modRemoveDJ' as const,
      username: p.t,
      fromBooth: p.d ?? false,
      ...moderator(p),
    })),

  modSkip: z
    .object(moderated)
    .transform((p) => ({ type: 'modSkip' as const, ...moderator(p) })),

  modStaff: z
    .object({
      ...moderated,
      u: z.array(z.object({ n: text, i: id, p: z.number().int() })),
    })
    .transform((p) => ({
      type: 'modStaff' as const,
      changes: p.u.map((u) => ({
        userID: u.i,
        username: u.n,
        role: normaliseRole(u.p),
      })),
      ...moderator(p),
    })),

  modWaitlistBan: z
    .object({
      ...moderated,
      t: text,
      ti: id,
      d: z.enum(['s', 'm', 'l', 'f']),
    })
    .transform((p) => ({
      type: 'modWaitlistBan' as const,
      userID: p.ti,
      username: p.t,
      duration: p.d,
      ...moderator(p),
    })),
};
