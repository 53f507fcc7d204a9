/**
 * Slows password guessing. Failed logins are counted per client address
 * and per email tried, over a rolling `windowMs`; once either count reaches
 * its limit, logins for that key are refused with `floodAPI` for `blockMs`,
 * before any password is checked. The REST flood limit alone does not do
 * this: it keys by session first, and sessions are free to make.
 */
import { fail } from '../http/envelope';

export interface LoginLimits {
  perAddress: number;
  perEmail: number;
  windowMs: number;
  blockMs: number;
}

export const LOGIN_LIMITS: LoginLimits = {
  perAddress: 10,
  perEmail: 5,
  windowMs: 10 * 60_000,
  blockMs: 15 * 60_000,
};

const MINUTE = 60_000;

function refusal(ms: number) {
  const minutes = Math.max(1, Math.ceil(ms / MINUTE));
  const unit = minutes === 1 ? 'minute' : 'minutes';
  return fail(
    'floodAPI',
    `Too many login attempts; try again in ${minutes} ${unit}`,
    429,
  );
}

export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();
  private readonly blocked = new Map<string, number>();
  private swept: number;

  constructor(
    private readonly now: () => number,
    private readonly limits: LoginLimits = LOGIN_LIMITS,
  ) {
    this.swept = now();
  }

  /**
   * Call before checking a password. Throws `floodAPI` while the address
   * or the email is blocked; otherwise counts the attempt as failed until
   * `succeeded` says otherwise. Counting up front means guesses sent in
   * parallel cannot all get past before the first of them fails.
   */
  attempt(address: string, email: string): void {
    const now = this.now();
    this.sweep(now);
    const keys = [
      { key: addressKey(address), limit: this.limits.perAddress },
      { key: emailKey(email), limit: this.limits.perEmail },
    ];
    for (const { key, limit } of keys) this.refuseOver(key, limit, now);
    for (const { key } of keys) this.record(key, now);
  }

  /**
   * The right password clears that email's count, and takes back this
   * attempt from the address. The address keeps its other failures, or one
   * valid account would let it guess at others without end.
   */
  succeeded(address: string, email: string): void {
    this.failures.delete(emailKey(email));
    this.failures.get(addressKey(address))?.pop();
  }

  private refuseOver(key: string, limit: number, now: number): void {
    const until = this.blocked.get(key) ?? -Infinity;
    if (until > now) throw refusal(until - now);
    const recent = this.recent(key, now);
    if (recent.length < limit) return;
    this.failures.delete(key);
    this.blocked.set(key, now + this.limits.blockMs);
    throw refusal(this.limits.blockMs);
  }

  private record(key: string, now: number): void {
    this.failures.set(key, [...this.recent(key, now), now]);
  }

  private recent(key: string, now: number): number[] {
    const since = now - this.limits.windowMs;
    return (this.failures.get(key) ?? []).filter((t) => t > since);
  }

  // Forgets keys that have gone quiet or served their block, so the maps
  // stay small however many addresses and emails are tried.
  private sweep(now: number): void {
    const { windowMs } = this.limits;
    if (now - this.swept < windowMs) return;
    this.swept = now;
    for (const [key, times] of this.failures) {
      if ((times.at(-1) ?? 0) <= now - windowMs) this.failures.delete(key);
    }
    for (const [key, until] of this.blocked) {
      if (until <= now) this.blocked.delete(key);
    }
  }
}

const addressKey = (address: string) => `address:${address}`;
const emailKey = (email: string) => `email:${email.toLowerCase()}`;
