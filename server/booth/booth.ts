/**
 * One room's booth: the wait list, the play on air and the timer that ends
 * it. Every change runs through `serial` so a timer firing during a skip,
 * or two joins racing each other, cannot interleave their store writes.
 */
import { serverEvent, type ServerEvent } from '../../src/protocol';
import type { Cancel, Clock } from '../clock';
import { fail } from '../http/envelope';
import type { Logger } from '../log';
import type { Broadcast } from '../socket/broadcast';
import type { RoomRecord, Store } from '../store/store';
import type { PlayObserver } from './observer';
import {
  advancePayload,
  nextMedia,
  scoreOf,
  startPlay,
  type Play,
} from './play';

export const MAX_WAITLIST = 50;

export interface BoothDeps {
  store: Store;
  clock: Clock;
  broadcast: Broadcast;
  log: Logger;
  /** How many people are in the room, for the play's score. */
  listeners: () => number;
  /** Who is in the room, for the play observer. */
  members: () => readonly number[];
  plays?: PlayObserver;
}

interface EndOptions {
  skipped: boolean;
  /** The DJ is leaving the booth rather than cycling back into the list. */
  dropDJ: boolean;
}

export class Booth {
  waitlist: number[] = [];
  play: Play | null = null;
  private cancelTimer: Cancel | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly room: RoomRecord,
    private readonly deps: BoothDeps,
  ) {}

  has(userID: number): boolean {
    return this.play?.djID === userID || this.waitlist.includes(userID);
  }

  join(userID: number): Promise<void> {
    return this.serial(async () => {
      if (this.has(userID)) throw fail('requestError', 'Already in the booth');
      if (this.waitlist.length >= MAX_WAITLIST) throw fail('boothFull');
      if (!(await nextMedia(this.deps.store, userID))) {
        throw fail('noValidPlaylist', 'Your active playlist is empty');
      }

      this.waitlist.push(userID);
      this.deps.log.info('joined wait list', { room: this.slug, user: userID });
      if (this.play) this.publish([this.listUpdate()]);
      else await this.advance({ skipped: false, dropDJ: false });
    });
  }

  /** Takes a user out of the booth; their play ends if they are on air. */
  leave(userID: number): Promise<boolean> {
    return this.serial(async () => {
      if (this.play?.djID === userID) {
        await this.advance({ skipped: false, dropDJ: true });
        return true;
      }
      if (!this.waitlist.includes(userID)) return false;

      this.waitlist = this.waitlist.filter((id) => id !== userID);
      this.publish([this.listUpdate()]);
      return true;
    });
  }

  /** Ends the named play early; `announce` goes out before the advance. */
  skip(historyID: string, announce: ServerEvent): Promise<void> {
    return this.serial(async () => {
      if (this.play?.historyID !== historyID) {
        throw fail('requestError', 'That play is no longer on air');
      }
      this.publish([announce]);
      await this.advance({ skipped: true, dropDJ: false });
    });
  }

  /** A moderator puts a user at the end of the list. */
  add(userID: number, announce: ServerEvent): Promise<void> {
    return this.serial(async () => {
      if (this.has(userID)) {
        throw fail('requestError', 'That user is already in the booth');
      }
      if (this.waitlist.length >= MAX_WAITLIST) {
        throw fail('boothFull', 'The wait list is full');
      }
      if (!(await nextMedia(this.deps.store, userID))) {
        throw fail('noValidPlaylist', 'That user has nothing to play');
      }

      this.waitlist.push(userID);
      this.publish([announce]);
      if (this.play) this.publish([this.listUpdate()]);
      else await this.advance({ skipped: false, dropDJ: false });
    });
  }

  /** A moderator takes a user out of the list, or off the air. */
  remove(userID: number, announce: (wasDJ: boolean) => ServerEvent) {
    return this.serial(async () => {
      const wasDJ = this.play?.djID === userID;
      if (!wasDJ && !this.waitlist.includes(userID)) {
        throw fail('userNotInBooth', 'That user is not in the booth');
      }

      this.publish([announce(wasDJ)]);
      if (wasDJ) return this.advance({ skipped: true, dropDJ: true });
      this.waitlist = this.waitlist.filter((id) => id !== userID);
      this.publish([this.listUpdate()]);
    });
  }

  /** Moves a waiting user to `position`, or to the end if it is past it. */
  move(
    userID: number,
    position: number,
    announce: (from: number, to: number) => ServerEvent,
  ) {
    return this.serial(async () => {
      const from = this.waitlist.indexOf(userID);
      if (from === -1) {
        throw fail('userNotInBooth', 'That user is not in the wait list');
      }

      const to = Math.min(position, this.waitlist.length - 1);
      this.waitlist.splice(from, 1);
      this.waitlist.splice(to, 0, userID);
      this.publish([announce(from, to), this.listUpdate()]);
    });
  }

  /** Announces a lock change; `clear` empties the list but not the air. */
  lock(announce: ServerEvent, clear: boolean): Promise<void> {
    return this.serial(async () => {
      this.publish([announce]);
      if (!clear) return;
      this.waitlist = [];
      this.publish([this.listUpdate()]);
    });
  }

  stop(): void {
    this.cancelTimer?.();
    this.cancelTimer = null;
  }

  /** The current play, if it is the one the caller is looking at. */
  current(historyID: string): Play {
    if (this.play?.historyID !== historyID) {
      throw fail('requestError', 'That play is no longer on air');
    }
    return this.play;
  }

  private get slug() {
    return this.room.slug;
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async advance({ skipped, dropDJ }: EndOptions): Promise<void> {
    this.stop();
    const previous = this.play;
    if (previous) await this.finish(previous, skipped, dropDJ);

    this.play = await this.startNext();
    if (this.play) {
      this.deps.plays?.started(this.room, this.play, this.deps.members());
    }
    this.publish([
      serverEvent(
        'advance',
        advancePayload(this.play, this.waitlist),
        this.slug,
      ),
      this.listUpdate(),
    ]);
    if (this.play) this.schedule(this.play);
  }

  private async finish(play: Play, skipped: boolean, dropDJ: boolean) {
    const { store, broadcast } = this.deps;
    const score = scoreOf(play, this.deps.listeners(), skipped);
    await store.history.setScore(play.historyID, score);
    await this.deps.plays?.ended(this.room, play, score, this.deps.members());
    await store.playlists.rotate(play.playlistID);
    broadcast.publish({ user: play.djID }, [
      serverEvent('playlistCycle', play.playlistID, 'dashboard'),
    ]);

    if (!dropDJ && this.room.shouldCycle) this.waitlist.push(play.djID);
  }

  /** Takes DJs off the front of the list until one has something to play. */
  private async startNext(): Promise<Play | null> {
    const { store, clock, log } = this.deps;
    for (
      let dj = this.waitlist.shift();
      dj !== undefined;
      dj = this.waitlist.shift()
    ) {
      const next = await nextMedia(store, dj);
      if (!next) {
        log.info('dropped DJ with empty playlist', {
          room: this.slug,
          user: dj,
        });
        continue;
      }

      const play = await startPlay(store, this.room.id, dj, next, clock.now());
      log.info('advance', { room: this.slug, user: dj, media: play.media.cid });
      return play;
    }
    return null;
  }

  private schedule(play: Play): void {
    this.cancelTimer = this.deps.clock.after(play.media.duration * 1000, () => {
      void this.serial(async () => {
        // A skip may have replaced this play while the timer was queued.
        if (this.play?.historyID !== play.historyID) return;
        await this.advance({ skipped: false, dropDJ: false });
      }).catch((error: unknown) => {
        this.deps.log.error(`advance failed: ${String(error)}`, {
          room: this.slug,
        });
      });
    });
  }

  private listUpdate(): ServerEvent {
    return serverEvent('djListUpdate', [...this.waitlist], this.slug);
  }

  private publish(events: ServerEvent[]): void {
    this.deps.broadcast.publish({ room: this.slug }, events);
  }
}
