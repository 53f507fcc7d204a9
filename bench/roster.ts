/** The people of the recorded room, as the server knows them. */
import { formatPlugTime, type WireUser } from '../src/protocol';
import type { Random } from './random';
import { username } from './vocabulary';

export interface Member {
  id: number;
  username: string;
  role: number;
  level: number;
  avatarID: string;
  badge: string | null;
  sub: number;
  joined: string;
}

const SIGNED_UP = Date.UTC(2024, 6, 23, 22, 47);
const DAY = 86_400_000;

export function member(
  random: Random,
  id: number,
  name = username(random, id),
  role = 0,
): Member {
  return {
    id,
    username: name,
    role,
    level: random.int(1, 40),
    avatarID: `base${String(random.int(1, 15)).padStart(2, '0')}`,
    badge: random.chance(0.3) ? null : `badge${random.int(1, 60)}`,
    sub: random.chance(0.1) ? 1 : 0,
    joined: formatPlugTime(SIGNED_UP + random.int(0, 700) * DAY),
  };
}

/** A `userJoin` payload, or a snapshot's user: the full wire shape. */
export function wireUser(m: Member): WireUser {
  return {
    avatarID: m.avatarID,
    username: m.username,
    language: 'en',
    guest: false,
    level: m.level,
    role: m.role,
    gRole: 0,
    joined: m.joined,
    id: m.id,
    badge: m.badge,
    slug: m.username.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    sub: m.sub,
  };
}

/** A set of members with a cheap random pick, in join order. */
export class Roster {
  private readonly ids: number[] = [];
  private readonly byID = new Map<number, Member>();

  get size(): number {
    return this.ids.length;
  }

  get(id: number): Member | undefined {
    return this.byID.get(id);
  }

  has(id: number): boolean {
    return this.byID.has(id);
  }

  add(m: Member): void {
    this.byID.set(m.id, m);
    this.ids.push(m.id);
  }

  remove(id: number): Member | undefined {
    const m = this.byID.get(id);
    if (!m) return undefined;

    this.byID.delete(id);
    this.ids.splice(this.ids.indexOf(id), 1);
    return m;
  }

  pick(random: Random): Member {
    const m = this.byID.get(random.pick(this.ids));
    if (!m) throw new Error('[bench] roster out of step');
    return m;
  }

  members(): Member[] {
    return this.ids.flatMap((id) => this.byID.get(id) ?? []);
  }
}
