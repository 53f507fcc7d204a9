/** The room settings form: what it starts from and what it sends. */
import type { RoomUpdateBody } from '../../protocol';
import type { RoomMeta } from '../../room/state';

export interface SettingsForm {
  name: string;
  description: string;
  welcome: string;
  minChatLevel: number;
  slowMode: number;
}

export function formFrom(room: RoomMeta | null): SettingsForm {
  return {
    name: room?.name ?? '',
    description: room?.description ?? '',
    welcome: room?.welcome ?? '',
    // Rooms start at 0, which the form (1-3) shows as its lowest level.
    minChatLevel: Math.min(3, Math.max(1, room?.minChatLevel ?? 1)),
    slowMode: room?.slowMode ?? 0,
  };
}

/** Only what changed goes out, so each change is announced once. */
export function changedSettings(
  before: SettingsForm,
  after: SettingsForm,
): RoomUpdateBody {
  const body: RoomUpdateBody = {};
  if (after.name.trim() !== before.name) body.name = after.name.trim();
  if (after.description !== before.description)
    body.description = after.description;
  if (after.welcome !== before.welcome) body.welcome = after.welcome;
  if (after.minChatLevel !== before.minChatLevel)
    body.minChatLevel = after.minChatLevel;
  if (after.slowMode !== before.slowMode) body.slowMode = after.slowMode;
  return body;
}
