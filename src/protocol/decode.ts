/**
 * Frame decoding: one WebSocket message in, the events to act on out.
 * Nothing a server sends may throw here; what cannot be used is reported
 * through `onDrop` (one line each) and skipped.
 */
import {
  EVENT_ALIASES,
  EVENT_SCHEMAS,
  isWireAction,
  type RoomEvent,
} from './events';

export const HEARTBEAT = 'h';
export const DASHBOARD = 'dashboard';

export interface DecodeOptions {
  /** The room being shown; events for other rooms are ignored. */
  slug: string | null;
  onDrop?: (reason: string, action?: string) => void;
}

interface RawEvent {
  a: unknown;
  p: unknown;
  s: unknown;
}

function isRawEvent(value: unknown): value is RawEvent {
  return typeof value === 'object' && value !== null && 'a' in value;
}

export function decodeFrame(raw: string, options: DecodeOptions): RoomEvent[] {
  if (raw === HEARTBEAT) return [];

  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    options.onDrop?.('frame is not JSON');
    return [];
  }
  if (!Array.isArray(parsed)) {
    options.onDrop?.('frame is not an array');
    return [];
  }

  const events: RoomEvent[] = [];
  for (const item of parsed) {
    const event = decodeEvent(item, options);
    if (event) events.push(event);
  }
  return events;
}

export function decodeEvent(
  item: unknown,
  { slug, onDrop }: DecodeOptions,
): RoomEvent | null {
  if (!isRawEvent(item) || typeof item.a !== 'string') {
    onDrop?.('event has no action');
    return null;
  }

  // Late events from a room we already left still arrive for a moment.
  if (item.s !== DASHBOARD && item.s !== slug) {
    onDrop?.(`event for another room (${String(item.s)})`, item.a);
    return null;
  }

  const action = EVENT_ALIASES[item.a] ?? item.a;
  if (!isWireAction(action)) {
    onDrop?.('unknown action', item.a);
    return null;
  }

  const result = EVENT_SCHEMAS[action].safeParse(item.p);
  if (!result.success) {
    onDrop?.(`malformed payload: ${result.error.issues[0]?.message}`, action);
    return null;
  }
  return result.data as RoomEvent;
}
