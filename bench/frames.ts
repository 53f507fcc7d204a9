/**
 * The recorded session: one room's socket traffic as the client receives
 * it, frame by frame. It is generated from the room model with a seeded
 * random source, so it is the same on every run and every machine.
 *
 * Mix per event, as recorded at the default size: chat 46%, votes 28%,
 * wait list updates 6%, joins and leaves 5.5% each (guests among them),
 * grabs 3%, profile updates 2%, chat deletes 1%, a new song every 150-450
 * happenings, then staff actions and the rarer account, service and session
 * events. 1% of frames are heartbeats; 13% carry the several events of one
 * server tick (a ban and the leave it causes, a skip and the advance).
 */
import fixtures from '../src/protocol/fixtures/frames.documented.json';
import type { WireUser } from '../src/protocol';
import { Random } from './random';
import { Room, wire, type RecordedEvent } from './room';
import { wireUser } from './roster';
import { moderation, rare } from './staff';

export interface Recording {
  frames: string[];
  /** The `rooms/state` answer the session starts from, as JSON. */
  snapshot: string;
  me: WireUser;
  /** `{a, p, s}` events over all frames, heartbeats excluded. */
  events: number;
  /** Late events for a room the client already left. */
  otherRoom: number;
  heartbeats: number;
  /** Frames carrying more than one event. */
  batched: number;
  bytes: number;
  actions: Map<string, number>;
}

const HEARTBEAT = 'h';
const HEARTBEAT_SHARE = 0.01;
const BATCH_SHARE = 0.12;
const BATCH_MAX = 4;
const OTHER_ROOM_SHARE = 0.0015;

type Happening = (room: Room) => RecordedEvent[];

const MIX: (readonly [number, Happening])[] = [
  [420, (room) => room.chat()],
  [260, (room) => room.vote()],
  [30, (room) => room.grab()],
  [100, (room) => room.presence()],
  [50, (room) => room.queue()],
  [20, (room) => room.userUpdate()],
  [8, (room) => room.chatDelete()],
  [8, moderation],
  [3, rare],
];

function happen(room: Room): RecordedEvent[] {
  room.tick();
  room.songLeft -= 1;
  if (room.songLeft <= 0) return room.advance();
  return room.random.weighted(MIX)(room);
}

/** What arrives just after leaving a room: a vote or a line from there. */
function lateEvent(random: Random): RecordedEvent {
  const uid = random.int(1, 99_999);
  return random.chance(0.5)
    ? wire('vote', { i: uid, v: 1 }, 'other-room')
    : wire(
        'chat',
        { message: 'wrong room', un: 'x', cid: `${uid}-1`, uid, sub: 0 },
        'other-room',
      );
}

export function recordSession(frameCount: number, seed: number): Recording {
  const random = new Random(seed);
  const room = new Room(random);
  const recording: Recording = {
    frames: [],
    snapshot: JSON.stringify(room.snapshot()),
    me: wireUser(room.me),
    events: 0,
    otherRoom: 0,
    heartbeats: 0,
    batched: 0,
    bytes: 0,
    actions: new Map(),
  };

  while (recording.frames.length < frameCount) {
    if (random.chance(HEARTBEAT_SHARE)) {
      add(recording, HEARTBEAT, []);
      continue;
    }

    const events = happen(room);
    while (events.length < BATCH_MAX && random.chance(BATCH_SHARE))
      events.push(...happen(room));
    if (random.chance(OTHER_ROOM_SHARE)) {
      events.splice(random.int(0, events.length), 0, lateEvent(random));
      recording.otherRoom += 1;
    }
    add(recording, JSON.stringify(events), events);
  }

  checkCoverage(recording.actions);
  return recording;
}

function add(recording: Recording, raw: string, events: RecordedEvent[]) {
  recording.frames.push(raw);
  recording.bytes += raw.length;
  recording.events += events.length;
  if (raw === HEARTBEAT) recording.heartbeats += 1;
  if (events.length > 1) recording.batched += 1;

  const names = raw === HEARTBEAT ? [HEARTBEAT] : events.map((e) => e.a);
  for (const name of names)
    recording.actions.set(name, (recording.actions.get(name) ?? 0) + 1);
}

interface FixtureFrame {
  frame?: { a: string }[];
  raw?: string;
}

/** Every action the fixture frames show must be in the session. */
function checkCoverage(actions: Map<string, number>) {
  const wanted = (fixtures.frames as FixtureFrame[]).flatMap(
    (f) => f.raw ?? f.frame?.map((e) => e.a) ?? [],
  );
  const missing = [...new Set(wanted)].filter((a) => !actions.has(a));
  if (missing.length > 0)
    throw new Error(`[bench] session lacks fixture actions: ${missing}`);
}
