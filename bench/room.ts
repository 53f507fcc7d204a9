/**
 * The room behind the recorded session: who is in it, who waits to DJ, what
 * plays. Every happening changes this model and returns the events a plug
 * server sends for it, so the stream stays as consistent as a real capture:
 * no vote from someone who left, no advance to a DJ who was not waiting, a
 * ban followed by the banned user's leave.
 */
import fixtures from '../src/protocol/fixtures/frames.documented.json';
import {
  formatPlugTime,
  serverEvent,
  type ServerEvent,
  type WireAction,
  type WireMedia,
  type WirePayload,
  type WireRoomState,
} from '../src/protocol';
import type { Random } from './random';
import { member, Roster, wireUser, type Member } from './roster';
import { chatText, mediaLibrary } from './vocabulary';

export const SLUG = fixtures.room;
export const DASHBOARD = 'dashboard';

/** Short names some servers used for two room meta events. */
export type AliasEvent = {
  a: 'roomDescription' | 'roomMinChatLevel';
  p: { d: string; u: number } | { m: number; u: number };
  s: string;
};
export type RecordedEvent = ServerEvent | AliasEvent;

interface Play {
  historyID: string;
  dj: number;
  media: WireMedia;
  startTime: string;
}

const ROOM_SIZE = 210;
const GUEST_SHARE = 0.06;
const ACCOUNTS = 700;
const WAITLIST_SIZE = 20;
const SONG = { min: 150, max: 450 };

export function wire<A extends WireAction>(
  a: A,
  p: WirePayload<A>,
  s: string = SLUG,
): ServerEvent {
  return serverEvent(a, p, s);
}

export class Room {
  readonly people = new Roster();
  readonly away: Member[] = [];
  readonly staff: Member[];
  readonly me: Member;
  guests = 12;
  waitlist: number[] = [];
  locked = false;
  cycle = true;
  play: Play | null = null;
  readonly grabbed = new Set<number>();
  readonly recentChat: string[] = [];
  clock = Date.UTC(2026, 10, 30, 20, 0);
  /** Happenings until the song ends: a song is a few hundred events. */
  songLeft = 0;
  private readonly mediaPool: WireMedia[];

  constructor(readonly random: Random) {
    this.mediaPool = mediaLibrary(random, 120);
    this.staff = [
      member(random, 4100201, 'night_owl', 5000),
      member(random, 4100206, 'dusk_dj', 3000),
      member(random, 4100207, 'cedar_moth', 2000),
    ];
    this.me = member(random, 4100299, 'me_myself');
    for (const m of [...this.staff, this.me]) this.people.add(m);

    const seats = ROOM_SIZE - this.guests - this.people.size;
    for (let i = 0; i < ACCOUNTS; i++) {
      const m = member(random, 5_000_000 + i * 7);
      if (i < seats) this.people.add(m);
      else this.away.push(m);
    }

    for (let i = 0; i < WAITLIST_SIZE; i++)
      this.waitlist.push(this.people.pick(random).id);
    this.waitlist = [...new Set(this.waitlist)];
    this.advance();
  }

  /** Time passes between happenings; it feeds ids and timestamps. */
  tick(): void {
    this.clock += this.random.int(20, 1200);
  }

  isStaff(id: number): boolean {
    return this.staff.some((m) => m.id === id);
  }

  moderator(): Member {
    return this.random.pick(this.staff);
  }

  /** Someone who may leave or be banned: not you, staff or the DJ. */
  leaver(): Member | null {
    for (let tries = 0; tries < 8; tries++) {
      const m = this.people.pick(this.random);
      if (m !== this.me && !this.isStaff(m.id) && m.id !== this.play?.dj)
        return m;
    }
    return null;
  }

  chat(): RecordedEvent[] {
    const m = this.people.pick(this.random);
    const cid = `${m.id}-${this.clock}`;
    this.recentChat.push(cid);
    if (this.recentChat.length > 100) this.recentChat.shift();

    const p = { message: chatText(this.random), un: m.username, cid };
    return [wire('chat', { ...p, uid: m.id, sub: m.sub })];
  }

  vote(): RecordedEvent[] {
    if (!this.play) return this.chat();
    const m = this.people.pick(this.random);
    const v = this.random.chance(0.85) ? 1 : -1;
    return [wire('vote', { i: m.id, v })];
  }

  grab(): RecordedEvent[] {
    const m = this.people.pick(this.random);
    if (!this.play || this.grabbed.has(m.id)) return this.vote();

    this.grabbed.add(m.id);
    return [wire('grab', m.id)];
  }

  /** Someone comes or goes; the room drifts back to its usual size. */
  presence(): RecordedEvent[] {
    const crowd = this.people.size + this.guests;
    const arrives = this.random.chance(0.5 + (ROOM_SIZE - crowd) / 100);
    return arrives ? this.join() : this.leave();
  }

  private join(): RecordedEvent[] {
    if (this.random.chance(GUEST_SHARE)) {
      this.guests += 1;
      return [wire('userJoin', { guest: true, id: 0 })];
    }

    const index = this.random.int(0, this.away.length - 1);
    const [m] = this.away.splice(index, 1);
    if (!m) return this.chat();
    this.people.add(m);
    return [wire('userJoin', wireUser(m))];
  }

  private leave(): RecordedEvent[] {
    // Guests go as often as their share of the room; all leave as id 0.
    const crowd = this.people.size + this.guests;
    if (this.random.next() * crowd < this.guests) {
      this.guests -= 1;
      return [wire('userLeave', 0)];
    }

    const m = this.leaver();
    return m ? this.depart(m) : this.chat();
  }

  /** A user goes; their place in the wait list goes with them. */
  depart(m: Member): RecordedEvent[] {
    this.people.remove(m.id);
    this.away.push(m);
    this.grabbed.delete(m.id);

    const events: RecordedEvent[] = [wire('userLeave', m.id)];
    if (this.waitlist.includes(m.id)) {
      this.waitlist = this.waitlist.filter((id) => id !== m.id);
      events.push(this.waitlistEvent());
    }
    return events;
  }

  waitlistEvent(): RecordedEvent {
    return wire('djListUpdate', [...this.waitlist]);
  }

  /** Someone joins or leaves the wait list; it hovers around 20 long. */
  queue(): RecordedEvent[] {
    const length = this.waitlist.length;
    if (this.random.chance(0.5 + (WAITLIST_SIZE - length) / 40)) {
      const m = this.people.pick(this.random);
      if (this.waitlist.includes(m.id) || m.id === this.play?.dj)
        return this.chat();
      this.waitlist.push(m.id);
    } else if (length > 0) {
      this.waitlist.splice(this.random.int(0, length - 1), 1);
    } else {
      return this.chat();
    }
    return [this.waitlistEvent()];
  }

  userUpdate(): RecordedEvent[] {
    const m = this.people.pick(this.random);
    const i = this.random.chance(0.05) ? String(m.id) : m.id;
    const change = this.random.pick(['level', 'avatar', 'badge', 'name']);

    if (change === 'level') {
      m.level += 1;
      return [wire('userUpdate', { i, level: m.level }, DASHBOARD)];
    }
    if (change === 'avatar') {
      m.avatarID = `base${String(this.random.int(1, 15)).padStart(2, '0')}`;
      return [wire('userUpdate', { i, avatarID: m.avatarID }, DASHBOARD)];
    }
    if (change === 'badge') {
      m.badge = `badge${this.random.int(1, 60)}`;
      return [wire('userUpdate', { i, badge: m.badge }, DASHBOARD)];
    }
    m.username = `${m.username.slice(0, 18)}${this.random.int(0, 9)}`;
    return [wire('userUpdate', { i, username: m.username }, DASHBOARD)];
  }

  chatDelete(): RecordedEvent[] {
    if (this.recentChat.length === 0) return this.chat();
    const index = this.random.int(0, this.recentChat.length - 1);
    const [cid] = this.recentChat.splice(index, 1);
    if (!cid) return this.chat();
    return [wire('chatDelete', { c: cid, mi: this.moderator().id })];
  }

  /** The next DJ takes the booth; an empty list empties it. */
  advance(): RecordedEvent[] {
    const last = this.play?.dj;
    if (this.cycle && last !== undefined && this.people.has(last))
      this.waitlist.push(last);
    this.grabbed.clear();
    this.songLeft = this.random.int(SONG.min, SONG.max);

    const dj = this.waitlist.shift();
    if (dj === undefined) {
      this.play = null;
      return [wire('advance', {})];
    }

    const time = formatPlugTime(this.clock);
    this.play = {
      historyID: this.uuid(),
      dj,
      media: this.random.pick(this.mediaPool),
      startTime: this.random.chance(0.03) ? time.slice(0, 19) : time,
    };
    const { historyID: h, media: m, startTime: t } = this.play;
    const p = 70_000 + (dj % 1000);
    return [wire('advance', { c: dj, d: [...this.waitlist], h, m, p, t })];
  }

  /** The `rooms/state` answer for the room as it is now. */
  snapshot(): WireRoomState {
    const host = this.staff[0] ?? this.me;
    return {
      booth: {
        currentDJ: this.play?.dj ?? null,
        isLocked: this.locked,
        shouldCycle: this.cycle,
        waitingDJs: [...this.waitlist],
      },
      meta: {
        id: 1,
        name: 'Chill Lounge',
        slug: SLUG,
        description: 'Downtempo and lo-fi. Be kind.',
        welcome: 'Welcome! Read the rules.',
        hostID: host.id,
        hostName: host.username,
        minChatLevel: 0,
        population: this.people.size + this.guests,
        guests: this.guests,
        favorite: false,
      },
      playback: {
        historyID: this.play?.historyID ?? null,
        media: this.play ? { ...this.play.media } : null,
        playlistID: this.play ? 70_000 + (this.play.dj % 1000) : null,
        startTime: this.play?.startTime ?? null,
      },
      users: this.people.members().map(wireUser),
      votes: {},
      grabs: {},
      mutes: {},
      role: 0,
    };
  }

  private uuid(): string {
    const hex = this.random.hex(32);
    const parts = [
      [0, 8],
      [8, 12],
      [12, 16],
      [16, 20],
      [20, 32],
    ] as const;
    return parts.map(([from, to]) => hex.slice(from, to)).join('-');
  }
}
