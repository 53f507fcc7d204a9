/**
 * The runners under test. Each takes the same recorded frames, one at a
 * time, the way a socket hands them over, and ends with a checksum read
 * from the state it built, so no work can be skipped as unused.
 */
import {
  decodeFrame,
  HEARTBEAT,
  roomStateSchema,
  userSchema,
  type DecodeOptions,
} from '../src/protocol';
import { roomReducer } from '../src/room/reducer';
import { initialRoomState, type RoomState } from '../src/room/state';
import type { Recording } from './frames';
import { SLUG } from './room';

export interface Pass {
  /** `{a, p, s}` events handled, including those dropped on purpose. */
  events: number;
  checksum: number;
}

/** The room as a client ended up seeing it, to compare two clients. */
export interface RoomSummary {
  users: number;
  guests: number;
  waitlist: number;
  historyID: string | null;
}

export interface Runner {
  readonly name: string;
  /** Untimed: back to the room as the snapshot shows it. */
  reset(): void;
  /** Timed: every frame, in order. */
  run(frames: readonly string[]): Pass;
  summary(): RoomSummary | null;
  close?(): Promise<void>;
}

export function mix(numbers: readonly number[]): number {
  return numbers.reduce((sum, n) => (Math.imul(sum, 31) + n) | 0, 17);
}

/** The floor: parsing each frame and nothing else. */
export function jsonParseRunner(): Runner {
  let checksum = 0;

  return {
    name: 'JSON.parse alone',
    reset: () => {
      checksum = 0;
    },
    run(frames) {
      let events = 0;
      for (const raw of frames) {
        if (raw === HEARTBEAT) continue;
        const parsed: unknown = JSON.parse(raw);
        if (!Array.isArray(parsed)) continue;
        events += parsed.length;
        checksum = mix([checksum, parsed.length]);
      }
      return { events, checksum };
    },
    summary: () => null,
  };
}

/** The first half of the client alone, to show where the time goes. */
export function decodeOnlyRunner(): Runner {
  let dropped = 0;
  let checksum = 0;
  const options: DecodeOptions = {
    slug: SLUG,
    onDrop: () => {
      dropped += 1;
    },
  };

  return {
    name: 'wootroom decode only',
    reset: () => {
      dropped = 0;
      checksum = 0;
    },
    run(frames) {
      let events = 0;
      for (const raw of frames) {
        const decoded = decodeFrame(raw, options);
        events += decoded.length;
        checksum = mix([checksum, decoded[0]?.type.length ?? 0]);
      }
      return { events: events + dropped, checksum };
    },
    summary: () => null,
  };
}

export interface WootroomRunner extends Runner {
  /** Why events were dropped in the last pass, and how many. */
  readonly drops: ReadonlyMap<string, number>;
}

/** The client: `decodeFrame` then `roomReducer` for each event. */
export function wootroomRunner(recording: Recording): WootroomRunner {
  const me = userSchema.parse(recording.me);
  const drops = new Map<string, number>();
  let state: RoomState = initialRoomState(SLUG);

  const options: DecodeOptions = {
    slug: SLUG,
    onDrop: (reason) => drops.set(reason, (drops.get(reason) ?? 0) + 1),
  };

  return {
    name: 'wootroom decode + reduce',
    drops,
    reset() {
      drops.clear();
      const snapshot = roomStateSchema.parse(JSON.parse(recording.snapshot));
      state = roomReducer(initialRoomState(SLUG), {
        type: 'snapshot',
        me,
        snapshot,
      });
    },
    run(frames) {
      let events = 0;
      for (const raw of frames) {
        const decoded = decodeFrame(raw, options);
        events += decoded.length;
        for (const event of decoded) state = roomReducer(state, event);
      }
      const dropped = [...drops.values()].reduce((sum, n) => sum + n, 0);
      return { events: events + dropped, checksum: roomChecksum(state) };
    },
    summary: () => ({
      users: state.users.size,
      guests: state.guests,
      waitlist: state.booth.waitlist.length,
      historyID: state.play?.historyID ?? null,
    }),
  };
}

function roomChecksum(state: RoomState): number {
  return mix([
    state.chat.length,
    state.chat.at(-1)?.cid.length ?? 0,
    state.nextId,
    state.users.size,
    state.votes.size,
    state.grabs.length,
    state.guests,
    state.booth.waitlist.length,
    state.play?.media.id ?? 0,
  ]);
}
