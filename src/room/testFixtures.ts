/**
 * Test helpers: the recorded fixture frames, decoded the way the socket
 * hook decodes them, and a small room snapshot to start from.
 */
import fixtures from '../protocol/fixtures/frames.documented.json';
import {
  decodeFrame,
  roomStateSchema,
  userSchema,
  type RoomEvent,
  type User,
  type WireRoomState,
  type WireUser,
} from '../protocol';
import type { RoomAction } from './actions';
import type { IdMap } from './idMap';
import { roomReducer } from './reducer';
import { initialRoomState, type RoomState } from './state';

export const SLUG = fixtures.room;

interface FixtureFrame {
  event: string;
  variant?: string;
  frame?: unknown;
  raw?: string;
}

export const FRAMES = fixtures.frames as FixtureFrame[];

export function rawFrame(entry: FixtureFrame): string {
  return entry.raw ?? JSON.stringify(entry.frame);
}

/** The decoded events of one fixture, picked by event name and variant. */
export function fixture(event: string, variant?: string): RoomEvent[] {
  const entry = FRAMES.find(
    (f) =>
      f.event === event &&
      (variant ? f.variant?.startsWith(variant) : !f.variant),
  );
  if (!entry) throw new Error(`no fixture ${event} ${variant ?? ''}`);
  return decodeFrame(rawFrame(entry), { slug: SLUG });
}

export function frame(events: unknown[]): RoomEvent[] {
  return decodeFrame(JSON.stringify(events), { slug: SLUG });
}

export function wireUser(
  id: number,
  username: string,
  extra: Partial<WireUser> = {},
): WireUser {
  return {
    id,
    username,
    avatarID: 'base01',
    level: 5,
    role: 0,
    gRole: 0,
    ...extra,
  };
}

export const NIGHT_OWL = wireUser(4100201, 'night_owl', { role: 3000 });
export const DJ_TWO = wireUser(4100202, 'dusk_dj');
export const MINT_TEA = wireUser(4100203, 'mint_tea');
export const ME = wireUser(4100299, 'me_myself');

export function user(wire: WireUser): User {
  return userSchema.parse(wire);
}

export function wireState(
  overrides: Partial<WireRoomState> = {},
): WireRoomState {
  return {
    booth: {
      currentDJ: null,
      isLocked: false,
      shouldCycle: true,
      waitingDJs: [],
    },
    meta: {
      id: 1,
      name: 'Chill Lounge',
      slug: SLUG,
      description: '',
      welcome: '',
      hostID: NIGHT_OWL.id as number,
      hostName: 'night_owl',
      minChatLevel: 0,
      population: 3,
      guests: 0,
      favorite: false,
    },
    playback: {
      historyID: null,
      media: null,
      playlistID: null,
      startTime: null,
    },
    users: [NIGHT_OWL, DJ_TWO, MINT_TEA],
    votes: {},
    grabs: {},
    mutes: {},
    role: 0,
    ...overrides,
  };
}

export function snapshotAction(
  overrides: Partial<WireRoomState> = {},
): RoomAction {
  return {
    type: 'snapshot',
    me: user(ME),
    snapshot: roomStateSchema.parse(wireState(overrides)),
  };
}

export function reduceAll(
  state: RoomState,
  actions: readonly RoomAction[],
): RoomState {
  return actions.reduce(roomReducer, state);
}

/** A live room: the default snapshot applied, then the given events. */
export function liveRoom(...actions: RoomAction[]): RoomState {
  return reduceAll(initialRoomState(SLUG), [snapshotAction(), ...actions]);
}

export function systemTexts(state: RoomState): string[] {
  return state.chat.filter((l) => l.kind === 'system').map((l) => l.text);
}

/** A map's entries as a plain record, to compare with a literal. */
export function asRecord<V>(map: IdMap<V>): Record<number, V> {
  const values = map.values();
  return Object.fromEntries(map.keys().map((id, i) => [id, values[i] as V]));
}
