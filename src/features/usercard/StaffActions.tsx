import { useStaffMutations } from '../../api/useStaffMutations';
import { useRoomControls } from '../../app/roomContext';
import { BAN_REASONS, MUTE_REASONS } from '../../protocol';
import { Button } from '../../ui/Button';
import { useModeration } from '../moderation/useModeration';
import { CardSection } from './CardSection';
import { BAN_FOR, MUTE_FOR, WAITLIST_BAN_FOR, notForever } from './durations';
import { RoleForm } from './RoleForm';
import { SanctionForm } from './SanctionForm';
import type { UserCardModel } from './useUserCard';

interface StaffActionsProps {
  card: UserCardModel;
  /** Called when the user is gone from the room because of you. */
  onDone: () => void;
}

export function StaffActions({ card, onDone }: StaffActionsProps) {
  const { reportError } = useRoomControls();
  const staff = useStaffMutations(reportError);
  const { onSkip, isSkipping } = useModeration();
  const { powers, play } = card;
  const id = card.user?.id ?? 0;
  const waiting = card.position > 0;

  return (
    <div className="flex flex-col gap-4 border-t border-zinc-800 pt-4">
      <CardSection title="Booth">
        <div className="flex flex-wrap gap-2">
          {play && powers.skip && (
            <Button
              tone="danger"
              onClick={() => onSkip(play)}
              disabled={isSkipping}
            >
              Skip
            </Button>
          )}
          {powers.removeDJ && (waiting || play) && (
            <Button
              onClick={() => staff.removeDJ.mutate(id)}
              disabled={staff.removeDJ.isPending}
            >
              {play ? 'Remove from booth' : 'Remove from wait list'}
            </Button>
          )}
          {powers.addDJ && !waiting && !play && card.inRoom && (
            <Button
              onClick={() => staff.addDJ.mutate(id)}
              disabled={staff.addDJ.isPending}
            >
              Add to wait list
            </Button>
          )}
        </div>
        {powers.waitlistBan && (
          <SanctionForm
            action="Wait-list ban"
            durations={notForever(WAITLIST_BAN_FOR, powers.banForever)}
            reasons={BAN_REASONS}
            busy={staff.waitlistBan.isPending}
            onSubmit={(duration, reason) =>
              staff.waitlistBan.mutate({ userID: id, duration, reason })
            }
          />
        )}
      </CardSection>
      {powers.mute && (
        <CardSection title="Chat">
          {card.muted ? (
            <Button
              onClick={() => staff.unmute.mutate(id)}
              disabled={staff.unmute.isPending}
            >
              Unmute
            </Button>
          ) : (
            <SanctionForm
              action="Mute"
              durations={MUTE_FOR}
              reasons={MUTE_REASONS}
              busy={staff.mute.isPending}
              onSubmit={(duration, reason) =>
                staff.mute.mutate({ userID: id, duration, reason })
              }
            />
          )}
        </CardSection>
      )}
      {powers.ban && (
        <CardSection title="Room ban">
          <SanctionForm
            action="Ban"
            fieldPrefix="Room ban"
            durations={notForever(BAN_FOR, powers.banForever)}
            reasons={BAN_REASONS}
            busy={staff.ban.isPending}
            onSubmit={(duration, reason) =>
              staff.ban.mutate(
                { userID: id, duration, reason },
                { onSuccess: onDone },
              )
            }
          />
        </CardSection>
      )}
      {powers.roles.length > 0 && (
        <CardSection title="Staff">
          <RoleForm
            current={card.user?.role ?? 0}
            roles={powers.roles}
            busy={staff.setRole.isPending}
            onSubmit={(roleID) => staff.setRole.mutate({ userID: id, roleID })}
          />
        </CardSection>
      )}
    </div>
  );
}
