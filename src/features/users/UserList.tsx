import clsx from 'clsx';
import type { User } from '../../protocol';
import { effectiveRole } from '../../protocol';
import { Panel } from '../../ui/Panel';
import { RoleBadge } from '../../ui/RoleBadge';
import { UserNameButton } from '../usercard/UserNameButton';
import { useUsers } from './useUsers';

function UserRow({
  user,
  me,
  muted,
}: {
  user: User;
  me: boolean;
  muted: boolean;
}) {
  return (
    <li
      className="flex items-center gap-2 px-4 py-1.5 text-sm"
      data-testid="user"
      data-user-id={user.id}
    >
      <UserNameButton
        userID={user.id}
        className={clsx(
          'min-w-0 truncate',
          me && 'font-semibold text-violet-200',
        )}
      >
        {user.username || `user #${user.id}`}
      </UserNameButton>
      {me && <span className="text-xs text-zinc-500">(you)</span>}
      {muted && (
        <span
          className="rounded bg-red-500/15 px-1.5 py-0.5 text-[0.65rem] font-semibold text-red-300 uppercase"
          data-testid="user-muted"
        >
          Muted
        </span>
      )}
      <span className="ml-auto flex shrink-0 items-center gap-2">
        <RoleBadge role={effectiveRole(user.role, user.gRole)} />
        <span className="text-xs text-zinc-500 tabular-nums">
          lvl {user.level}
        </span>
      </span>
    </li>
  );
}

export function UserList() {
  const { users, guests, meID, mutes } = useUsers();
  const title = `Users (${users.length})`;

  return (
    <Panel label="Users" title={title} className="max-h-96 lg:max-h-none">
      <ul className="min-h-0 flex-1 divide-y divide-zinc-800/60 overflow-y-auto">
        {users.map((user) => (
          <UserRow
            key={user.id}
            user={user}
            me={user.id === meID}
            muted={user.id in mutes}
          />
        ))}
      </ul>
      <p
        className="border-t border-zinc-800 px-4 py-2 text-xs text-zinc-400"
        data-testid="guest-count"
      >
        {guests === 1 ? '1 guest' : `${guests} guests`}
      </p>
    </Panel>
  );
}
