/**
 * Who is in which room, in this process. A user is in at most one room;
 * joining another leaves the first. Rooms load from the store on first use
 * and keep their booth in memory.
 */
import { effectiveRole, serverEvent } from '../../src/protocol';
import { Booth } from '../booth/booth';
import type { PlayObserver } from '../booth/observer';
import type { Clock } from '../clock';
import type { Logger } from '../log';
import type { Broadcast } from '../socket/broadcast';
import type { RoomRecord, Store, UserRecord } from '../store/store';
import { wireUser } from '../users/present';

export interface LiveRoom {
  record: RoomRecord;
  users: Set<number>;
  booth: Booth;
}

export interface RoomsDeps {
  store: Store;
  clock: Clock;
  broadcast: Broadcast;
  log: Logger;
  /** Told about every play in every room (rewards listen here). */
  plays?: PlayObserver;
}

export class Rooms {
  private readonly live = new Map<string, LiveRoom>();
  private readonly loading = new Map<string, Promise<LiveRoom | null>>();
  private readonly whereIs = new Map<number, LiveRoom>();

  constructor(private readonly deps: RoomsDeps) {}

  find(slug: string): Promise<LiveRoom | null> {
    const open = this.live.get(slug);
    if (open) return Promise.resolve(open);

    // Two first visitors at once must share one booth, not build two.
    let pending = this.loading.get(slug);
    if (!pending) {
      pending = this.load(slug).finally(() => this.loading.delete(slug));
      this.loading.set(slug, pending);
    }
    return pending;
  }

  roomOf(userID: number): LiveRoom | null {
    return this.whereIs.get(userID) ?? null;
  }

  members(slug: string): readonly number[] {
    return [...(this.live.get(slug)?.users ?? [])];
  }

  /** The room role, raised by a global role where that grants more. */
  async roleOf(room: LiveRoom, user: UserRecord): Promise<number> {
    const role = await this.deps.store.rooms.roleOf(room.record.id, user.id);
    return effectiveRole(role, user.gRole);
  }

  async join(user: UserRecord, room: LiveRoom): Promise<void> {
    const current = this.whereIs.get(user.id);
    if (current === room) return;
    if (current) await this.leave(user.id);

    room.users.add(user.id);
    this.whereIs.set(user.id, room);
    const role = await this.deps.store.rooms.roleOf(room.record.id, user.id);
    const { slug } = room.record;
    this.deps.broadcast.publish({ room: slug, except: user.id }, [
      serverEvent('userJoin', wireUser(user, role), slug),
    ]);
    this.deps.log.info('user joined', { room: slug, user: user.id });
  }

  async leave(userID: number): Promise<void> {
    const room = this.whereIs.get(userID);
    if (!room) return;

    room.users.delete(userID);
    this.whereIs.delete(userID);
    const { slug } = room.record;
    this.deps.broadcast.publish({ room: slug }, [
      serverEvent('userLeave', userID, slug),
    ]);
    this.deps.log.info('user left', { room: slug, user: userID });
    await room.booth.leave(userID);
  }

  stop(): void {
    for (const room of this.live.values()) room.booth.stop();
  }

  private async load(slug: string): Promise<LiveRoom | null> {
    const record = await this.deps.store.rooms.bySlug(slug);
    if (!record) return null;

    const users = new Set<number>();
    const booth = new Booth(record, {
      ...this.deps,
      listeners: () => users.size,
      members: () => [...users],
    });
    const room: LiveRoom = { record, users, booth };
    this.live.set(slug, room);
    return room;
  }
}
