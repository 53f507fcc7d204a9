import clsx from 'clsx';
import { effectiveRole } from '../../protocol';
import { Panel } from '../../ui/Panel';
import { RoleBadge } from '../../ui/RoleBadge';
import { useUsers } from './useUsers';

export function UserList() {
  const { users, guests, meID } = useUsers();
  const title = `Users (${users.length})`;

  return (
    <Panel label="Users" title={title} className="max-h-96 lg:max-h-none">
      <ul className="min-h-0 flex-1 divide-y divide-zinc-800/60 overflow-y-auto">
        {users.map((user) => (
          <li
            key={user.id}
            className="flex items-center gap-2 px-4 py-1.5 text-sm"
            data-testid="user"
          >
            <span
              className={clsx(
                'truncate',
                user.id === meID && 'font-semibold text-violet-200',
              )}
            >
              {user.username || `user #${user.id}`}
            </span>
            {user.id === meID && (
              <span className="text-xs text-zinc-500">(you)</span>
            )}
            <span className="ml-auto flex items-center gap-2">
              <RoleBadge role={effectiveRole(user.role, user.gRole)} />
              <span className="text-xs text-zinc-500 tabular-nums">
                lvl {user.level}
              </span>
            </span>
          </li>
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
