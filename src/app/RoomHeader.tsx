import clsx from 'clsx';
import { useEffect } from 'react';
import { useLogout } from '../api/useAuthMutations';
import { NotificationsMenu } from '../features/account/NotificationsMenu';
import { ProfileButton } from '../features/account/ProfileButton';
import { StaffMenu } from '../features/settings/StaffMenu';
import type { ConnectionStatus } from '../socket/roomConnection';
import { Button } from '../ui/Button';
import { useRoomControls, useRoomState } from './roomContext';

const STATUS_TEXT: Record<ConnectionStatus, string> = {
  connecting: 'Connecting…',
  syncing: 'Loading room…',
  live: 'Live',
  stopped: 'Disconnected',
};

export function RoomHeader() {
  const { room, me, slug } = useRoomState();
  const { status } = useRoomControls();
  const logout = useLogout();
  const title = room?.name || slug;

  useEffect(() => {
    document.title = `${title} · Wootroom`;
  }, [title]);

  return (
    <header className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-zinc-800 bg-zinc-900/80 px-4 py-2">
      <span className="font-bold tracking-tight" aria-hidden="true">
        <span className="text-violet-400">woot</span>room
      </span>
      <div className="min-w-0 flex-1">
        <h1 className="truncate text-lg leading-tight font-semibold">
          {title}
        </h1>
        {room?.description && (
          <p
            className="truncate text-xs text-zinc-400"
            data-testid="room-description"
            title={room.description}
          >
            {room.description}
          </p>
        )}
      </div>
      <span
        className={clsx(
          'text-xs',
          status === 'live' ? 'text-emerald-400' : 'text-amber-300',
        )}
        data-testid="connection-status"
      >
        {STATUS_TEXT[status]}
      </span>
      {me && (
        <span className="text-sm text-zinc-300" data-testid="my-name">
          {me.username}
        </span>
      )}
      <nav aria-label="Account" className="flex flex-wrap items-center gap-1">
        <StaffMenu />
        <NotificationsMenu />
        <ProfileButton />
        <Button
          tone="quiet"
          onClick={() => logout.mutate()}
          disabled={logout.isPending}
        >
          Log out
        </Button>
      </nav>
    </header>
  );
}
