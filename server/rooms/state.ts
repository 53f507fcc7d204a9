/** The `rooms/state` snapshot, in exactly the documented wire shape. */
import {
  escapeHtml,
  formatPlugTime,
  type WireRoomState,
} from '../../src/protocol';
import type { AppContext } from '../context';
import { muteSeconds } from '../moderation/mutes';
import { wireMedia } from '../playlists/present';
import type { UserRecord } from '../store/store';
import { roomUser } from '../users/present';
import type { LiveRoom } from './rooms';

export async function roomState(
  app: AppContext,
  room: LiveRoom,
  viewer: UserRecord,
): Promise<WireRoomState> {
  const { record, booth } = room;
  const staff = await app.store.rooms.staff(record.id);
  const members = await app.store.users.byIds([...room.users]);
  const host = await app.store.users.byId(record.hostID);
  const play = booth.play;

  return {
    booth: {
      currentDJ: play?.djID ?? null,
      isLocked: record.isLocked,
      shouldCycle: record.shouldCycle,
      waitingDJs: [...booth.waitlist],
    },
    meta: {
      id: record.id,
      name: escapeHtml(record.name),
      slug: record.slug,
      description: escapeHtml(record.description),
      welcome: escapeHtml(record.welcome),
      hostID: record.hostID,
      hostName: escapeHtml(host?.username ?? ''),
      minChatLevel: record.minChatLevel,
      population: room.users.size,
      guests: 0,
      favorite: false,
      slowMode: record.slowMode,
    },
    playback: {
      historyID: play?.historyID ?? null,
      media: play ? wireMedia(play.media) : null,
      playlistID: play?.playlistID ?? null,
      startTime: play ? formatPlugTime(play.startedAt) : null,
    },
    users: members.map((user) => roomUser(user, staff.get(user.id) ?? 0)),
    votes: Object.fromEntries(play?.votes ?? []),
    grabs: Object.fromEntries([...(play?.grabs ?? [])].map((id) => [id, 1])),
    mutes: await muteSeconds(app, record.id),
    role: staff.get(viewer.id) ?? 0,
  };
}
