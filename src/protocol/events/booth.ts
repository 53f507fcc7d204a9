/** Booth events: plays, the wait list, votes and grabs. */
import { z } from 'zod';
import { id, mediaSchema, plugTime } from '../schemas';
import { moderated, moderator } from './shared';

const play = z.object({
  c: id,
  d: z.array(id),
  h: z.string().min(1),
  m: mediaSchema,
  p: id,
  t: plugTime,
});

const advance = z.union([play, z.object({}).strict()]).transform((p) =>
  'h' in p
    ? {
        type: 'advance' as const,
        play: {
          historyID: p.h,
          djID: p.c,
          media: p.m,
          playlistID: p.p,
          startedAt: p.t,
        },
        waitlist: p.d,
      }
    : { type: 'advance' as const, play: null, waitlist: [] },
);

export type Play = NonNullable<z.output<typeof advance>['play']>;

export const boothEvents = {
  advance,

  // The docs' example carried the flag under `c`; real servers used `f`.
  djListCycle: z
    .object({ ...moderated, f: z.boolean().optional(), c: z.boolean() })
    .partial({ c: true })
    .refine((p) => p.f !== undefined || p.c !== undefined)
    .transform((p) => ({
      type: 'djListCycle' as const,
      cycle: p.f ?? p.c ?? false,
      ...moderator(p),
    })),

  djListLocked: z
    .object({ ...moderated, f: z.boolean(), c: z.boolean().optional() })
    .transform((p) => ({
      type: 'djListLocked' as const,
      locked: p.f,
      cleared: p.c ?? false,
      ...moderator(p),
    })),

  djListUpdate: z
    .array(id)
    .transform((ids) => ({ type: 'djListUpdate' as const, waitlist: ids })),

  grab: id.transform((userID) => ({ type: 'grab' as const, userID })),

  skip: id.transform((userID) => ({ type: 'skip' as const, userID })),

  vote: z
    .object({ i: id, v: z.union([z.literal(1), z.literal(-1)]) })
    .transform((p) => ({
      type: 'vote' as const,
      userID: p.i,
      direction: p.v,
    })),
};
