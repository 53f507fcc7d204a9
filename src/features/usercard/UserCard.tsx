import { useRef } from 'react';
import { Dialog } from '../../ui/Dialog';
import { RoleBadge } from '../../ui/RoleBadge';
import { SocialActions } from './SocialActions';
import { StaffActions } from './StaffActions';
import { useUserCard, type UserCardModel } from './useUserCard';

function where(card: UserCardModel): string | null {
  if (card.play) return 'Playing now';
  if (card.position > 0) return `#${card.position} in the wait list`;
  if (card.user && !card.inRoom && !card.isMe) return 'Not in the room';
  return null;
}

interface UserCardProps {
  userID: number;
  onClose: () => void;
}

/** A user's card: who they are, and what you may do about them. */
export function UserCard({ userID, onClose }: UserCardProps) {
  const card = useUserCard(userID);
  const dialog = useRef<HTMLDialogElement>(null);
  const place = where(card);

  const subtitle = (
    <>
      <RoleBadge role={card.role} />
      {card.user && (
        <span data-testid="user-card-level">Level {card.user.level}</span>
      )}
      {card.isMe && <span>(you)</span>}
      {place && <span data-testid="user-card-place">{place}</span>}
      {card.muted && (
        <span className="text-red-300" data-testid="user-card-muted">
          Muted
        </span>
      )}
    </>
  );

  return (
    <Dialog
      title={card.name}
      subtitle={subtitle}
      onClose={onClose}
      dialogRef={dialog}
      testId="user-card"
    >
      <div className="flex flex-col gap-4">
        {card.isMe ? (
          <p className="text-sm text-zinc-400">This is you.</p>
        ) : (
          <SocialActions userID={userID} name={card.name} />
        )}
        {card.isStaffView && (
          <StaffActions card={card} onDone={() => dialog.current?.close()} />
        )}
      </div>
    </Dialog>
  );
}
