import { useMe } from '../api/useMe';
import { AuthScreen } from '../features/auth/AuthScreen';
import { Button } from '../ui/Button';
import { FullScreenMessage } from '../ui/FullScreenMessage';
import { RoomProvider } from './RoomProvider';
import { RoomScreen } from './RoomScreen';
import { roomSlugFromPath } from './slug';

export function App() {
  const me = useMe();
  const slug = roomSlugFromPath(window.location.pathname);

  if (me.isPending) return <FullScreenMessage title="Loading…" alert={false} />;
  if (me.isError) {
    return (
      <FullScreenMessage title="Could not reach the server">
        <p>{me.error.message}</p>
        <Button tone="primary" onClick={() => void me.refetch()}>
          Try again
        </Button>
      </FullScreenMessage>
    );
  }
  if (!me.data) return <AuthScreen slug={slug} />;

  // A new account or room starts from a clean room state.
  return (
    <RoomProvider key={`${me.data.id}:${slug}`} slug={slug}>
      <RoomScreen />
    </RoomProvider>
  );
}
