import { useState } from 'react';
import { useRoomState } from '../../app/roomContext';
import { can } from '../../protocol';
import { myRole } from '../../room/selectors';
import { Button } from '../../ui/Button';
import { BansDialog } from './BansDialog';
import { RoomSettingsDialog } from './RoomSettingsDialog';

type Open = 'settings' | 'bans' | null;

/** Header buttons for room-wide staff work, shown to those allowed. */
export function StaffMenu() {
  const role = myRole(useRoomState());
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);

  return (
    <>
      {can(role, 'editRoom') && (
        <Button tone="quiet" onClick={() => setOpen('settings')}>
          Room settings
        </Button>
      )}
      {can(role, 'unban') && (
        <Button tone="quiet" onClick={() => setOpen('bans')}>
          Bans
        </Button>
      )}
      {open === 'settings' && <RoomSettingsDialog onClose={close} />}
      {open === 'bans' && <BansDialog onClose={close} />}
    </>
  );
}
