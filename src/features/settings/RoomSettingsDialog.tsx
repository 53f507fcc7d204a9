import { useRef, useState, type FormEvent } from 'react';
import { updateRoom } from '../../api/staffEndpoints';
import { useQueued } from '../../api/useRoomMutations';
import { useRoomControls, useRoomState } from '../../app/roomContext';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { changedSettings, formFrom, type SettingsForm } from './roomSettings';

const LEVELS = [1, 2, 3].map((n) => ({
  value: String(n),
  label: `Level ${n}`,
}));

export function RoomSettingsDialog({ onClose }: { onClose: () => void }) {
  const { room } = useRoomState();
  const { dispatch, reportError } = useRoomControls();
  const [initial] = useState(() => formFrom(room));
  const [form, setForm] = useState(initial);
  const dialog = useRef<HTMLDialogElement>(null);
  const close = () => dialog.current?.close();
  const save = useQueued(updateRoom, reportError, () => {
    dispatch({ type: 'notice', tone: 'success', text: 'Room settings saved' });
    close();
  });

  const set = <K extends keyof SettingsForm>(key: K, value: SettingsForm[K]) =>
    setForm((current) => ({ ...current, [key]: value }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const body = changedSettings(initial, form);
    if (Object.keys(body).length === 0) return close();
    save.mutate(body);
  };

  return (
    <Dialog
      title="Room settings"
      onClose={onClose}
      dialogRef={dialog}
      testId="room-settings"
    >
      <form onSubmit={onSubmit} className="flex flex-col gap-4">
        <TextField
          label="Room name"
          value={form.name}
          onChange={(e) => set('name', e.target.value)}
          required
          maxLength={64}
        />
        <TextAreaField
          label="Description"
          value={form.description}
          onChange={(e) => set('description', e.target.value)}
          maxLength={1000}
        />
        <TextAreaField
          label="Welcome message"
          value={form.welcome}
          onChange={(e) => set('welcome', e.target.value)}
          maxLength={500}
        />
        <div className="flex gap-3">
          <SelectField
            label="Minimum chat level"
            options={LEVELS}
            value={String(form.minChatLevel)}
            onChange={(e) => set('minChatLevel', Number(e.target.value))}
          />
          <label className="flex flex-1 flex-col gap-1 text-xs text-zinc-400">
            Slow mode (seconds)
            <input
              type="number"
              min={0}
              max={300}
              value={form.slowMode}
              onChange={(e) => set('slowMode', Number(e.target.value) || 0)}
              className="rounded-md border border-zinc-700 bg-zinc-950 px-2 py-1.5 text-sm text-zinc-100"
            />
          </label>
        </div>
        <div className="flex justify-end gap-2">
          <Button tone="quiet" onClick={close}>
            Cancel
          </Button>
          <Button type="submit" tone="primary" disabled={save.isPending}>
            Save
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
