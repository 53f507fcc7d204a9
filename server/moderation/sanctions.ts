/** What bans, mutes and wait-list bans have in common. */
import { escapeHtml, formatPlugTime } from '../../src/protocol';
import type { AppContext } from '../context';
import { fail } from '../http/envelope';
import type { SanctionKind, SanctionRecord } from '../store/store';
import { audit, type Staff } from './access';

export interface NewSanction {
  kind: SanctionKind;
  userID: number;
  reason: number;
  duration: string;
  /** Length in seconds; -1 is forever, as the protocol codes it. */
  seconds: number;
}

export async function impose(
  app: AppContext,
  staff: Staff,
  sanction: NewSanction,
): Promise<void> {
  const now = app.clock.now();
  const { seconds, ...rest } = sanction;
  await app.store.sanctions.put({
    ...rest,
    roomID: staff.room.record.id,
    moderatorID: staff.user.id,
    createdAt: now,
    expiresAt: seconds < 0 ? null : now + seconds * 1000,
  });
  app.logs.for('room').info(`${sanction.kind} imposed`, {
    room: staff.room.record.slug,
    user: staff.user.id,
    target: sanction.userID,
    duration: sanction.duration,
  });
}

/** Whole seconds left, rounded up so a live sanction never shows 0; -1 forever. */
export function secondsLeft(sanction: SanctionRecord, now: number): number {
  if (sanction.expiresAt === null) return -1;
  return Math.max(1, Math.ceil((sanction.expiresAt - now) / 1000));
}

/** A room's live sanctions of one kind, as the list endpoints show them. */
export async function listed(
  app: AppContext,
  roomID: number,
  kind: SanctionKind,
) {
  const now = app.clock.now();
  const sanctions = await app.store.sanctions.list(roomID, kind, now);
  const ids = sanctions.flatMap((s) => [s.userID, s.moderatorID]);
  const users = await app.store.users.byIds([...new Set(ids)]);
  const names = new Map(users.map((u) => [u.id, escapeHtml(u.username)]));

  return sanctions.map((s) => ({
    id: s.userID,
    username: names.get(s.userID) ?? '',
    moderator: names.get(s.moderatorID) ?? '',
    moderatorID: s.moderatorID,
    reason: s.reason,
    duration: s.duration,
    timestamp: formatPlugTime(s.createdAt),
    secondsLeft: secondsLeft(s, now),
  }));
}

/** Lifts a sanction early; `notFound` with the given text when none is live. */
export async function lift(
  app: AppContext,
  staff: Staff,
  kind: SanctionKind,
  userID: number,
  missing: string,
): Promise<void> {
  const { id } = staff.room.record;
  if (!(await app.store.sanctions.remove(id, kind, userID))) {
    throw fail('notFound', missing);
  }
  audit(app, staff, `${kind} lifted`, userID);
}
