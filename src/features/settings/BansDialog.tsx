import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../api/queryKeys';
import { getBans, type Ban } from '../../api/staffEndpoints';
import { useStaffMutations } from '../../api/useStaffMutations';
import { useRoomControls } from '../../app/roomContext';
import { BAN_REASONS } from '../../protocol';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';

function timeLeft(ban: Ban): string {
  const left = ban.secondsLeft;
  if (left === null) return '';
  if (left < 0) return 'forever';
  if (left < 3600) return `${Math.ceil(left / 60)} min left`;
  if (left < 86400) return `${Math.ceil(left / 3600)} h left`;
  return `${Math.ceil(left / 86400)} days left`;
}

function BanRow({
  ban,
  onUnban,
  busy,
}: {
  ban: Ban;
  onUnban: () => void;
  busy: boolean;
}) {
  const name = ban.username || `user #${ban.userID}`;
  const reason = ban.reason ? BAN_REASONS[ban.reason] : null;
  const by = ban.moderator ? `by ${ban.moderator}` : null;

  return (
    <li className="flex items-center gap-3 py-2" data-testid="ban-entry">
      <div className="min-w-0 flex-1">
        <p className="truncate font-medium">{name}</p>
        <p className="truncate text-xs text-zinc-400">
          {[timeLeft(ban), reason, by].filter(Boolean).join(' · ')}
        </p>
      </div>
      <Button onClick={onUnban} disabled={busy} aria-label={`Unban ${name}`}>
        Unban
      </Button>
    </li>
  );
}

/** The room's bans, for managers and up, each with a way back in. */
export function BansDialog({ onClose }: { onClose: () => void }) {
  const { reportError } = useRoomControls();
  const bans = useQuery({ queryKey: queryKeys.bans, queryFn: getBans });
  const { unban } = useStaffMutations(reportError);

  return (
    <Dialog title="Bans" onClose={onClose} testId="bans">
      {bans.isPending && <p className="text-sm text-zinc-400">Loading…</p>}
      {bans.isError && (
        <p role="alert" className="text-sm text-red-300">
          {bans.error.message}
        </p>
      )}
      {bans.data?.length === 0 && (
        <p className="text-sm text-zinc-400">
          Nobody is banned from this room.
        </p>
      )}
      <ul className="divide-y divide-zinc-800">
        {bans.data?.map((ban) => (
          <BanRow
            key={ban.userID}
            ban={ban}
            busy={unban.isPending}
            onUnban={() => unban.mutate(ban.userID)}
          />
        ))}
      </ul>
    </Dialog>
  );
}
