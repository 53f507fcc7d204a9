/**
 * Every server-to-client socket event: one schema per action, validating the
 * wire payload and turning it into a single normalised event. The schemas
 * accept every shape real servers sent (string or number ids, 0-5 roles, null
 * badges, `{}` advances, ...); the output is one closed union, `RoomEvent`.
 *
 * The server imports the same table and types its frames with `WirePayload`,
 * so both sides agree on the wire by construction.
 */
import type { z } from 'zod';
import { accountEvents } from './account';
import { boothEvents } from './booth';
import { moderationEvents } from './moderation';
import { roomEvents } from './room';

export type { Play } from './booth';

export const EVENT_SCHEMAS = {
  ...accountEvents,
  ...boothEvents,
  ...moderationEvents,
  ...roomEvents,
} satisfies Record<string, z.ZodType>;

/** Short names some servers used for the room meta events. */
export const EVENT_ALIASES: Record<string, WireAction> = {
  roomDescription: 'roomDescriptionUpdate',
  roomMinChatLevel: 'roomMinChatLevelUpdate',
  roomName: 'roomNameUpdate',
  roomWelcome: 'roomWelcomeUpdate',
};

type Schemas = typeof EVENT_SCHEMAS;
export type WireAction = keyof Schemas;
export type WirePayload<A extends WireAction> = z.input<Schemas[A]>;
export type RoomEvent = { [A in WireAction]: z.output<Schemas[A]> }[WireAction];
export type RoomEventOf<T extends RoomEvent['type']> = Extract<
  RoomEvent,
  { type: T }
>;

export function isWireAction(action: string): action is WireAction {
  return Object.hasOwn(EVENT_SCHEMAS, action);
}
