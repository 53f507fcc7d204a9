import { BAN_REASONS } from '../../protocol';
import type { SessionEnd } from '../../room/state';
import { Button } from '../../ui/Button';
import { FullScreenMessage } from '../../ui/FullScreenMessage';

const BAN_LENGTH = {
  h: 'for an hour',
  d: 'for a day',
  f: 'permanently',
} as const;

function describe(end: SessionEnd): {
  title: string;
  detail: string;
  reload: boolean;
} {
  switch (end.reason) {
    case 'killSession':
      return {
        title: 'You were logged out',
        detail: 'This account was opened somewhere else.',
        reload: true,
      };
    case 'ban':
      return {
        title: `You were banned ${BAN_LENGTH[end.duration]}`,
        detail: BAN_REASONS[end.banReason] ?? 'No reason was given.',
        reload: false,
      };
    case 'roomBan':
      return {
        title: 'You are banned from this room',
        detail:
          end.secondsLeft < 0
            ? 'The ban does not expire.'
            : `Try again in ${Math.ceil(end.secondsLeft / 60)} minutes.`,
        reload: false,
      };
    case 'maintenance':
      return {
        title: 'Down for maintenance',
        detail:
          'The service is being worked on. Please come back a little later.',
        reload: true,
      };
    case 'nameChanged':
      return {
        title: 'Your name was changed',
        detail: 'Reload to continue under your new name.',
        reload: true,
      };
    case 'update':
      return {
        title: 'A new version is available',
        detail: 'Reload to get it.',
        reload: true,
      };
    case 'authRefused':
      return {
        title: 'Could not connect to the room',
        detail: 'The server did not accept this session.',
        reload: true,
      };
  }
}

export function SessionEnded({ end }: { end: SessionEnd }) {
  const { title, detail, reload } = describe(end);

  return (
    <FullScreenMessage title={title} testId="session-ended">
      <p>{detail}</p>
      {reload && (
        <Button tone="primary" onClick={() => window.location.reload()}>
          Reload
        </Button>
      )}
    </FullScreenMessage>
  );
}
