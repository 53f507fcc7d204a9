import type { z } from 'zod';
import { ApiError } from './client';

/** Validates an answer, so a server quirk shows up here, not in a view. */
export function parsed<T>(
  schema: z.ZodType<T>,
  value: unknown,
  what: string,
): T {
  const result = schema.safeParse(value);
  if (!result.success)
    throw new ApiError('badResponse', `The server sent a bad ${what}.`);
  return result.data;
}
