import type { Play } from '../../protocol';
import { Button } from '../../ui/Button';
import { useModeration } from './useModeration';

export function SkipButton({ play }: { play: Play }) {
  const { canSkip, onSkip, isSkipping } = useModeration();
  if (!canSkip) return null;

  return (
    <Button tone="danger" onClick={() => onSkip(play)} disabled={isSkipping}>
      Skip
    </Button>
  );
}
