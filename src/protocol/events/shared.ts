/** Pieces several event schemas share. */
import { z } from 'zod';
import { id, text } from '../schemas';

/** Every moderation event names its moderator: `m` by name, `mi` by id. */
export const moderated = { m: text, mi: id };

export function moderator(p: { m: string; mi: number }) {
  return { moderator: p.m, moderatorID: p.mi };
}

export const banDuration = z.enum(['h', 'd', 'f']);

/** Events whose payload says nothing (`{}`): only their name matters. */
export const signal = <T extends string>(type: T) =>
  z
    .object({})
    .passthrough()
    .transform(() => ({ type }));
