/** Bringing many members online at once, within a deadline. */
import { Member, type MemberHooks } from './member';

const SIGNUP_CONCURRENCY = 8;
/** Sign-ups per address in a rolling 10 s: under the flood limit of 20. */
const SIGNUPS_PER_WINDOW = 15;
const WINDOW_MS = 10_000;

/** Signs up `n` members; each has its own session, so the flood limit allows it. */
export async function signUpMembers(
  base: string,
  n: number,
  hooks: MemberHooks,
  runTag: string,
): Promise<Member[]> {
  const members = Array.from(
    { length: n },
    (_, i) => new Member(base, i, hooks),
  );
  const recent = new Map<string, number[]>();
  let next = 0;
  // Signup hashes a password with scrypt; a few at a time keeps the server
  // responsive instead of queueing hundreds of hashes.
  const worker = async () => {
    while (next < members.length) {
      const member = members[next++];
      if (!member) break;
      await underLimit(recent, member.rest.localAddress);
      await member.signUp(runTag);
    }
  };
  await Promise.all(Array.from({ length: SIGNUP_CONCURRENCY }, worker));
  return members;
}

/** Waits until the address has room in its window, then books a slot. */
async function underLimit(recent: Map<string, number[]>, address: string) {
  for (;;) {
    const now = performance.now();
    const times = (recent.get(address) ?? []).filter(
      (t) => t > now - WINDOW_MS,
    );
    recent.set(address, times);
    if (times.length < SIGNUPS_PER_WINDOW) {
      times.push(now);
      return;
    }
    await sleep((times[0] ?? now) + WINDOW_MS - now + 10);
  }
}

/** Resolves once every member is live, or after `timeoutMs` with how many are. */
export async function waitUntilLive(
  members: readonly Member[],
  timeoutMs: number,
): Promise<{ live: number; ms: number }> {
  const started = performance.now();
  for (;;) {
    const live = members.filter((m) => m.live).length;
    const ms = performance.now() - started;
    if (live === members.length || ms >= timeoutMs) return { live, ms };
    await sleep(20);
  }
}

export const sleep = (ms: number) =>
  new Promise((resolve) => setTimeout(resolve, ms));
