/**
 * The less common happenings: staff actions, and the account, service and
 * session events a client sees now and then. Together with `room.ts` they
 * cover every action in the fixture frames.
 */
import { formatPlugTime } from '../src/protocol';
import { DASHBOARD, SLUG, wire, type RecordedEvent, type Room } from './room';
import { phrase } from './vocabulary';

type Happening = (room: Room) => RecordedEvent[];

function by(room: Room) {
  const m = room.moderator();
  return { m: m.username, mi: m.id };
}

function target(room: Room) {
  const m = room.people.pick(room.random);
  return room.isStaff(m.id) || m === room.me ? null : m;
}

function waiting(room: Room): number | null {
  if (room.waitlist.length === 0) return null;
  return room.random.int(0, room.waitlist.length - 1);
}

const mute: Happening = (room) => {
  const m = target(room);
  if (!m) return room.chat();
  const d = room.random.pick(['s', 'm', 'l', 'o'] as const);
  const p = { i: m.id, t: m.username, r: room.random.int(1, 5), d };
  return [wire('modMute', { ...by(room), ...p })];
};

const MODERATION: Record<string, Happening> = {
  skip: (room) =>
    room.play ? [wire('modSkip', by(room)), ...room.advance()] : mute(room),

  mute,

  ban: (room) => {
    const m = room.leaver();
    if (!m) return mute(room);
    const d = room.random.pick(['h', 'd', 'f'] as const);
    const ban = wire('modBan', { ...by(room), t: m.username, d });
    return [ban, ...room.depart(m)];
  },

  addDJ: (room) => {
    const m = room.people.pick(room.random);
    if (room.waitlist.includes(m.id) || m.id === room.play?.dj)
      return mute(room);
    room.waitlist.push(m.id);
    const add = wire('modAddDJ', { ...by(room), t: m.username });
    return [add, room.waitlistEvent()];
  },

  removeDJ: (room) => {
    const index = waiting(room);
    const [id] = index === null ? [] : room.waitlist.splice(index, 1);
    const m = id === undefined ? undefined : room.people.get(id);
    if (!m) return mute(room);
    const remove = wire('modRemoveDJ', {
      ...by(room),
      t: m.username,
      d: false,
    });
    return [remove, room.waitlistEvent()];
  },

  moveDJ: (room) => {
    const o = waiting(room);
    const id = o === null ? undefined : room.waitlist[o];
    const m = id === undefined ? undefined : room.people.get(id);
    if (o === null || !m || room.waitlist.length < 2) return mute(room);

    const n = room.random.int(0, room.waitlist.length - 2);
    room.waitlist.splice(o, 1);
    room.waitlist.splice(n, 0, m.id);
    const move = wire('modMoveDJ', { ...by(room), u: m.username, o, n });
    return [move, room.waitlistEvent()];
  },

  waitlistBan: (room) => {
    const m = target(room);
    if (!m) return mute(room);
    const d = room.random.pick(['s', 'm', 'l', 'f'] as const);
    const p = { t: m.username, ti: m.id, d };
    const events = [wire('modWaitlistBan', { ...by(room), ...p })];
    if (!room.waitlist.includes(m.id)) return events;

    room.waitlist = room.waitlist.filter((id) => id !== m.id);
    return [...events, room.waitlistEvent()];
  },

  staff: (room) => {
    const m = target(room);
    if (!m) return mute(room);
    m.role = room.random.pick([0, 1000, 2000]);
    // Older servers counted roles 0-5.
    const p = room.random.chance(0.05) ? m.role / 1000 : m.role;
    const u = [{ n: m.username, i: m.id, p }];
    return [wire('modStaff', { ...by(room), u })];
  },

  lock: (room) => {
    room.locked = !room.locked;
    const c = room.locked && room.random.chance(0.15);
    const lock = wire('djListLocked', { ...by(room), f: room.locked, c });
    if (!c) return [lock];
    room.waitlist = [];
    return [lock, room.waitlistEvent()];
  },

  cycle: (room) => {
    room.cycle = !room.cycle;
    // The docs put the flag under `c`; real servers under `f`.
    const flag = room.random.chance(0.1)
      ? { c: room.cycle }
      : { f: room.cycle };
    return [wire('djListCycle', { ...by(room), ...flag })];
  },
};

export function moderation(room: Room): RecordedEvent[] {
  const happening = MODERATION[room.random.pick(Object.keys(MODERATION))];
  return happening ? happening(room) : room.chat();
}

function someone(room: Room): string {
  return room.people.pick(room.random).username;
}

function roomMeta(room: Room): RecordedEvent[] {
  const u = room.staff[0]?.id ?? room.me.id;
  const text = phrase(room.random, room.random.int(3, 10));
  const level = room.random.int(0, 3);
  const alias = room.random.chance(0.2);

  switch (room.random.int(0, 3)) {
    case 0:
      return [wire('roomNameUpdate', { n: text.slice(0, 30), u })];
    case 1:
      return alias
        ? [{ a: 'roomDescription', p: { d: text, u }, s: SLUG }]
        : [wire('roomDescriptionUpdate', { d: text, u })];
    case 2:
      return [wire('roomWelcomeUpdate', { w: text, u })];
    default:
      return alias
        ? [{ a: 'roomMinChatLevel', p: { m: level, u }, s: SLUG }]
        : [wire('roomMinChatLevelUpdate', { m: level, u })];
  }
}

/** Rare, with weights: your own account, the service, the session. */
const RARE: (readonly [number, Happening])[] = [
  [3, (room) => [wire('earn', earned(room), DASHBOARD)]],
  [1, (room) => [wire('gift', room.random.int(100, 20_000), DASHBOARD)]],
  [2, (room) => [wire('gifted', { s: someone(room), r: someone(room) })]],
  [2, (room) => [wire('levelUp', room.random.int(2, 40))]],
  [2, notify],
  [1, (room) => [wire('friendRequest', someone(room))]],
  [1, (room) => [wire('friendAccept', someone(room))]],
  [1, () => [wire('floodChat', {})]],
  [1, () => [wire('floodAPI', {})]],
  [1, () => [wire('rateLimit', {})]],
  [2, (room) => [wire('playlistCycle', room.random.int(77_000, 77_010))]],
  [1, (room) => [wire('plugMessage', phrase(room.random, 8))]],
  [1, (room) => [wire('plugMaintenanceAlert', room.random.int(1, 30))]],
  [4, roomMeta],
  [2, nameChangedRoom],
  [3, selfSkip],
  [1, ack],
  // Each of these ends a live session; the recording plays on past them.
  [0.1, () => [wire('ban', { t: 'ban', d: 'h', r: 1 }, DASHBOARD)]],
  [0.1, () => [wire('killSession', {})]],
  [0.1, () => [wire('nameChanged', {})]],
  [0.1, () => [wire('plugMaintenance', {})]],
  [0.1, () => [wire('plugUpdate', {})]],
];

function earned(room: Room) {
  const level = room.random.int(1, 40);
  return { xp: level * 8000, pp: room.random.int(0, 50_000), level };
}

function notify(room: Room): RecordedEvent[] {
  const p = {
    action: 'levelUp',
    id: room.random.int(30_000_000, 39_999_999),
    timestamp: formatPlugTime(room.clock),
    value: String(room.random.int(2, 40)),
  };
  return [wire('notify', p)];
}

/** Servers sent the accepted flag as `"1"`; the docs show `1`. */
function ack(room: Room): RecordedEvent[] {
  return room.random.chance(0.5)
    ? [wire('ack', '1', DASHBOARD)]
    : [wire('ack', 1)];
}

function nameChangedRoom(room: Room): RecordedEvent[] {
  const m = room.people.pick(room.random);
  const o = m.username;
  m.username = `${o.slice(0, 18)}_${room.random.int(0, 9)}`;
  return [wire('nameChangedRoom', { i: m.id, o, n: m.username })];
}

function selfSkip(room: Room): RecordedEvent[] {
  if (!room.play) return room.chat();
  return [wire('skip', room.play.dj), ...room.advance()];
}

export function rare(room: Room): RecordedEvent[] {
  return room.random.weighted(RARE)(room);
}
