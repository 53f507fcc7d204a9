import clsx from 'clsx';
import { ROLE, ROLE_NAMES, type RoomRole } from '../protocol';

const COLORS: Record<RoomRole, string> = {
  [ROLE.user]: '',
  [ROLE.residentDJ]: 'bg-sky-500/15 text-sky-300',
  [ROLE.bouncer]: 'bg-emerald-500/15 text-emerald-300',
  [ROLE.manager]: 'bg-amber-500/15 text-amber-300',
  [ROLE.cohost]: 'bg-orange-500/15 text-orange-300',
  [ROLE.host]: 'bg-pink-500/15 text-pink-300',
};

/** Room role as a small label; nothing for plain users. */
export function RoleBadge({ role }: { role: number }) {
  const known = role in ROLE_NAMES ? (role as RoomRole) : null;
  if (!known) return null;

  return (
    <span
      className={clsx(
        'rounded px-1.5 py-0.5 text-[0.65rem] font-semibold uppercase',
        COLORS[known],
      )}
    >
      {ROLE_NAMES[known]}
    </span>
  );
}
