import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const randomSecret = (bytes = 32) =>
  randomBytes(bytes).toString('base64url');

/** Session ids and socket tokens are stored only as this digest. */
export const digest = (secret: string) =>
  createHash('sha256').update(secret).digest('base64url');

export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
