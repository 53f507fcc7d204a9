import { Booth } from '../features/booth/Booth';
import { Chat } from '../features/chat/Chat';
import { MaintenanceBanner } from '../features/notices/MaintenanceBanner';
import { Notices } from '../features/notices/Notices';
import { SessionEnded } from '../features/notices/SessionEnded';
import { UserCardHost } from '../features/usercard/UserCardHost';
import { UserList } from '../features/users/UserList';
import { WaitList } from '../features/waitlist/WaitList';
import { RoomHeader } from './RoomHeader';
import { useRoomState } from './roomContext';

// Source order is the small-screen (and tab) order: booth, chat, lists.
// Wide screens move chat into a full-height column on the right.
const GRID =
  'grid flex-1 grid-cols-[minmax(0,1fr)] gap-3 p-3 lg:min-h-0 lg:grid-cols-[minmax(0,1fr)_24rem] lg:grid-rows-[auto_minmax(0,1fr)]';

export function RoomScreen() {
  const { session } = useRoomState();
  if (session) return <SessionEnded end={session} />;

  return (
    <UserCardHost>
      <div className="flex min-h-dvh flex-col lg:h-dvh">
        <RoomHeader />
        <MaintenanceBanner />
        <Notices />
        <main className={GRID}>
          <div className="min-w-0 lg:col-start-1 lg:row-start-1">
            <Booth />
          </div>
          <div className="flex min-w-0 flex-col lg:col-start-2 lg:row-span-2 lg:row-start-1 lg:min-h-0">
            <Chat />
          </div>
          <div className="grid min-w-0 gap-3 sm:grid-cols-2 lg:col-start-1 lg:row-start-2 lg:min-h-0">
            <WaitList />
            <UserList />
          </div>
        </main>
      </div>
    </UserCardHost>
  );
}
