import { Booth } from '../features/booth/Booth';
import { Chat } from '../features/chat/Chat';
import { Notices } from '../features/notices/Notices';
import { SessionEnded } from '../features/notices/SessionEnded';
import { UserList } from '../features/users/UserList';
import { WaitList } from '../features/waitlist/WaitList';
import { RoomHeader } from './RoomHeader';
import { useRoomState } from './roomContext';

export function RoomScreen() {
  const { session } = useRoomState();
  if (session) return <SessionEnded end={session} />;

  return (
    <div className="flex min-h-dvh flex-col lg:h-dvh">
      <RoomHeader />
      <Notices />
      <main className="grid flex-1 gap-3 p-3 lg:min-h-0 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="flex flex-col gap-3 lg:min-h-0">
          <Booth />
          <div className="grid gap-3 sm:grid-cols-2 lg:min-h-0 lg:flex-1">
            <WaitList />
            <UserList />
          </div>
        </div>
        <Chat />
      </main>
    </div>
  );
}
