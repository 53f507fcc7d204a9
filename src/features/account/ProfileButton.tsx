import { useState } from 'react';
import { Button } from '../../ui/Button';
import { ProfileDialog } from './ProfileDialog';

export function ProfileButton() {
  const [open, setOpen] = useState(false);

  return (
    <>
      <Button tone="quiet" onClick={() => setOpen(true)}>
        Profile
      </Button>
      {open && <ProfileDialog onClose={() => setOpen(false)} />}
    </>
  );
}
