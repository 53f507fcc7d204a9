import { useState, type FormEvent, type ReactNode } from 'react';
import { AVATAR_IDS, BADGE_IDS } from '../../protocol';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { SelectField } from '../../ui/SelectField';
import { useProfile } from './useProfile';

const number = new Intl.NumberFormat('en');
const AVATARS = AVATAR_IDS.map((id) => ({ value: id, label: id }));
const BADGES = [
  { value: '', label: 'No badge' },
  ...BADGE_IDS.map((id) => ({ value: id, label: id })),
];

function Stat({
  label,
  value,
  testId,
}: {
  label: string;
  value: number;
  testId: string;
}) {
  return (
    <div className="flex-1 rounded-lg bg-zinc-800/60 px-3 py-2 text-center">
      <dt className="text-xs text-zinc-400">{label}</dt>
      <dd className="text-lg font-semibold tabular-nums" data-testid={testId}>
        {number.format(value)}
      </dd>
    </div>
  );
}

function Row({
  onSubmit,
  children,
}: {
  onSubmit: () => void;
  children: ReactNode;
}) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form onSubmit={submit} className="flex items-end gap-2">
      {children}
    </form>
  );
}

export function ProfileDialog({ onClose }: { onClose: () => void }) {
  const profile = useProfile();
  const [avatar, setAvatar] = useState(profile.me?.avatarID ?? 'base01');
  const [badge, setBadge] = useState(profile.me?.badge ?? '');
  const [name, setName] = useState('');

  return (
    <Dialog
      title="Profile"
      subtitle={profile.me?.username}
      onClose={onClose}
      testId="profile"
    >
      <div className="flex flex-col gap-4">
        <dl className="flex gap-2">
          <Stat label="Level" value={profile.level} testId="profile-level" />
          <Stat label="XP" value={profile.xp} testId="profile-xp" />
          <Stat label="PP" value={profile.pp} testId="profile-pp" />
        </dl>
        <Row onSubmit={() => profile.onAvatar(avatar)}>
          <SelectField
            label="Avatar"
            options={AVATARS}
            value={avatar}
            onChange={(e) => setAvatar(e.target.value)}
          />
          <Button type="submit" disabled={profile.busy} className="w-32">
            Set avatar
          </Button>
        </Row>
        <Row onSubmit={() => profile.onBadge(badge || null)}>
          <SelectField
            label="Badge"
            options={BADGES}
            value={badge}
            onChange={(e) => setBadge(e.target.value)}
          />
          <Button type="submit" disabled={profile.busy} className="w-32">
            Set badge
          </Button>
        </Row>
        <Row onSubmit={() => name.trim() && profile.onUsername(name.trim())}>
          <label className="flex min-w-0 flex-1 flex-col gap-1 text-xs text-zinc-400">
            New username
            <input
              value={name}
              onChange={(e) => setName(e.target.value)}
              minLength={2}
              maxLength={24}
              autoComplete="off"
              className="rounded-md border border-zinc-700 bg-zinc-950 px-2 py-1.5 text-sm text-zinc-100"
            />
          </label>
          <Button
            type="submit"
            disabled={profile.busy || !name.trim()}
            className="w-32"
          >
            Change name
          </Button>
        </Row>
      </div>
    </Dialog>
  );
}
