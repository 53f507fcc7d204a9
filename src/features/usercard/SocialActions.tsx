import { useState, type FormEvent } from 'react';
import { useAccountMutations } from '../../api/useAccount';
import { useRoomControls } from '../../app/roomContext';
import { Button } from '../../ui/Button';

interface SocialActionsProps {
  userID: number;
  name: string;
}

/** What anyone may do for another user: befriend them, send a gift. */
export function SocialActions({ userID, name }: SocialActionsProps) {
  const { dispatch, reportError } = useRoomControls();
  const { addFriend, sendGift } = useAccountMutations(reportError);
  const [amount, setAmount] = useState('10');

  const say = (text: string) => () =>
    dispatch({ type: 'notice', tone: 'success', text });

  const onGift = (event: FormEvent) => {
    event.preventDefault();
    const pp = Number(amount);
    if (!Number.isInteger(pp) || pp < 1) return;
    sendGift.mutate(
      { id: userID, amount: pp },
      { onSuccess: say(`You sent ${name} ${pp} PP`) },
    );
  };

  return (
    <div className="flex flex-wrap items-end gap-2">
      <Button
        onClick={() =>
          addFriend.mutate(userID, {
            onSuccess: say(`Friend request sent to ${name}`),
          })
        }
        disabled={addFriend.isPending}
      >
        Add friend
      </Button>
      <form onSubmit={onGift} className="ml-auto flex items-end gap-2">
        <label className="flex flex-col gap-1 text-xs text-zinc-400">
          Gift amount (PP)
          <input
            type="number"
            min={1}
            max={1000}
            value={amount}
            onChange={(event) => setAmount(event.target.value)}
            className="w-24 rounded-md border border-zinc-700 bg-zinc-950 px-2 py-1.5 text-sm text-zinc-100"
          />
        </label>
        <Button type="submit" disabled={sendGift.isPending}>
          Send gift
        </Button>
      </form>
    </div>
  );
}
