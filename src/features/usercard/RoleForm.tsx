import { useState, type FormEvent } from 'react';
import { ROLE_NAMES, type RoomRole } from '../../protocol';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/SelectField';

interface RoleFormProps {
  current: number;
  roles: RoomRole[];
  busy: boolean;
  onSubmit: (role: RoomRole) => void;
}

/** Sets a room role, offering only those you may hand out. */
export function RoleForm({ current, roles, busy, onSubmit }: RoleFormProps) {
  const start = roles.includes(current as RoomRole) ? current : roles[0];
  const [role, setRole] = useState(String(start ?? 0));
  const options = roles.map((r) => ({
    value: String(r),
    label: ROLE_NAMES[r],
  }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (Number(role) !== current) onSubmit(Number(role) as RoomRole);
  };

  return (
    <form onSubmit={submit} className="flex items-end gap-2">
      <SelectField
        label="Room role"
        options={options}
        value={role}
        onChange={(event) => setRole(event.target.value)}
      />
      <Button
        type="submit"
        disabled={busy || Number(role) === current}
        className="w-32"
      >
        Set role
      </Button>
    </form>
  );
}
