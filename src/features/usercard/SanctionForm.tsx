import { useState, type FormEvent } from 'react';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/SelectField';

export interface Choice<T extends string> {
  value: T;
  label: string;
}

interface SanctionFormProps<T extends string> {
  /** "Mute", "Ban", "Wait-list ban": the button and the select names. */
  action: string;
  /** Names the selects, when the action's name alone would be ambiguous. */
  fieldPrefix?: string;
  durations: readonly Choice<T>[];
  reasons: Record<number, string>;
  busy: boolean;
  onSubmit: (duration: T, reason: number) => void;
}

/** Duration, reason and go: one row, all reachable by keyboard. */
export function SanctionForm<T extends string>({
  action,
  fieldPrefix = action,
  durations,
  reasons,
  busy,
  onSubmit,
}: SanctionFormProps<T>) {
  const [duration, setDuration] = useState<T | undefined>(durations[0]?.value);
  const [reason, setReason] = useState(1);
  const reasonOptions = Object.entries(reasons).map(([value, label]) => ({
    value,
    label,
  }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (duration) onSubmit(duration, reason);
  };

  return (
    <form onSubmit={submit} className="flex items-end gap-2">
      <SelectField
        label="Duration"
        aria-label={`${fieldPrefix} duration`}
        boxClassName="w-32 shrink-0"
        options={durations}
        value={duration}
        onChange={(event) => setDuration(event.target.value as T)}
      />
      <SelectField
        label="Reason"
        aria-label={`${fieldPrefix} reason`}
        options={reasonOptions}
        value={String(reason)}
        onChange={(event) => setReason(Number(event.target.value))}
      />
      <Button type="submit" tone="danger" disabled={busy} className="w-32">
        {action}
      </Button>
    </form>
  );
}
