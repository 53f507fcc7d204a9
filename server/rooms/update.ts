/**
 * `rooms/update`: co-hosts and above change the room's name, description,
 * welcome, minimum chat level and slow mode. Partial bodies are normal;
 * each field that actually changes is announced once.
 */
import {
  escapeHtml,
  roomUpdateBody,
  serverEvent,
  type ServerEvent,
} from '../../src/protocol';
import type { AppContext } from '../context';
import { fail } from '../http/envelope';
import type { Api } from '../http/router';
import { requireStaff } from '../moderation/access';
import type { RoomPatch, RoomRecord } from '../store/store';

function changes(record: RoomRecord, patch: RoomPatch): RoomPatch {
  const entries = Object.entries(patch).filter(
    ([key, value]) =>
      value !== undefined && record[key as keyof RoomRecord] !== value,
  );
  return Object.fromEntries(entries) as RoomPatch;
}

function announcements(
  changed: RoomPatch,
  userID: number,
  slug: string,
): ServerEvent[] {
  const u = userID;
  const events: ServerEvent[] = [];
  const { name, description, welcome, minChatLevel } = changed;
  if (name !== undefined) {
    events.push(
      serverEvent('roomNameUpdate', { n: escapeHtml(name), u }, slug),
    );
  }
  if (description !== undefined) {
    const d = escapeHtml(description);
    events.push(serverEvent('roomDescriptionUpdate', { d, u }, slug));
  }
  if (welcome !== undefined) {
    const w = escapeHtml(welcome);
    events.push(serverEvent('roomWelcomeUpdate', { w, u }, slug));
  }
  if (minChatLevel !== undefined) {
    const m = minChatLevel;
    events.push(serverEvent('roomMinChatLevelUpdate', { m, u }, slug));
  }
  return events;
}

export function roomUpdateRoutes(api: Api, app: AppContext): void {
  api.post('/_/rooms/update', roomUpdateBody, async (caller) => {
    const { user, room } = await requireStaff(app, caller, 'editRoom');
    const patch: RoomPatch = caller.body;
    if (Object.values(patch).every((value) => value === undefined)) {
      throw fail('requestError', 'Name at least one setting to change');
    }

    const { record } = room;
    const changed = changes(record, patch);
    await app.store.rooms.update(record.id, changed);
    // The booth shares this record, so lock and cycle reads stay current.
    Object.assign(record, changed);

    const events = announcements(changed, user.id, record.slug);
    app.broadcast.publish({ room: record.slug }, events);
    app.logs.for('room').info('room updated', {
      room: record.slug,
      user: user.id,
      fields: Object.keys(changed).join(','),
    });
    return [];
  });
}
