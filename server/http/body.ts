/**
 * Request bodies: capped, JSON only, checked against a strict schema. Real
 * plug clients send `content-type: application/json` with an empty body on
 * GET and DELETE (and on some POSTs), so an empty body reads as `{}`.
 */
import type { IncomingMessage } from 'node:http';
import type { z } from 'zod';
import { fail } from './envelope';

export const MAX_BODY_BYTES = 16 * 1024;

export async function readBody(req: IncomingMessage): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) throw tooLarge();

  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function tooLarge() {
  return fail('requestError', 'Request body too large', 413);
}

/**
 * A body must say it is JSON. Plain forms and text/plain are what a page on
 * another site can send without asking, so they are refused, not guessed at.
 */
export function requireJson(req: IncomingMessage, text: string): void {
  if (text.trim() === '') return;
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim();
  if (type?.toLowerCase() === 'application/json') return;
  throw fail('requestError', 'Send the body as application/json', 415);
}

export function parseJson(text: string): unknown {
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw fail('requestError', 'Invalid JSON');
  }
}

export function validate<S extends z.ZodType>(
  schema: S,
  value: unknown,
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;

  const [issue] = result.error.issues;
  if (!issue) throw fail('requestError', 'Invalid request body');
  if (issue.code === 'unrecognized_keys') {
    throw fail('requestError', `Unknown field: ${issue.keys.join(', ')}`);
  }
  const field = issue.path.join('.') || 'body';
  throw fail('requestError', `Invalid ${field}: ${issue.message}`);
}
