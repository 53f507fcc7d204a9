/**
 * Room activity at a human pace: each member chats every 2-4 s (under the
 * chat limit of a 5-line burst then 1 a second), everyone votes on each new
 * play within a few seconds, and whoever is DJ skips after a while so
 * plays keep changing. Timing comes from a seeded generator, so two runs
 * make the same traffic.
 */
import { Random } from '../random';
import { LineBook } from './fanout';
import type { Member, MemberHooks, WireEvent } from './member';

export interface TrafficOptions {
  seed: number;
  chatEveryMs?: [number, number];
  voteWithinMs?: number;
  djPlaysMs?: number;
  /** Pads chat lines to this many characters (the limit is 250 bytes). */
  lineLength?: number;
}

const REFUSALS = new Set(['floodChat', 'floodAPI', 'rateLimit', 'ban']);

export class Traffic {
  readonly book = new LineBook();
  readonly refusals = new Map<string, number>();
  readonly restFailures = new Map<string, number>();
  readonly plays = new Set<string>();
  readonly hooks: MemberHooks = {
    onEvent: (m, e, at) => this.onEvent(m, e, at),
  };
  sent = 0;
  /** Called with each member whose own line came back to them. */
  onEcho: (member: Member) => void = () => {};
  private readonly random: Random;
  private readonly timers = new Set<NodeJS.Timeout>();
  private members: readonly Member[] = [];
  private running = false;

  constructor(private readonly options: TrafficOptions) {
    this.random = new Random(options.seed);
  }

  start(members: readonly Member[]): void {
    this.members = members;
    this.running = true;
    for (const member of members) {
      this.later(this.random.int(0, 3000), () => this.chatLoop(member));
    }
  }

  stop(): void {
    this.running = false;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  /** Sends one line now, if the member is in the room. */
  chat(member: Member): void {
    if (!member.live) return;
    const receivers = this.members.filter((m) => m.live && m !== member);
    const text = this.book.write(
      member.id,
      receivers.length,
      this.options.lineLength,
    );
    if (member.sendChat(text)) this.sent += 1;
  }

  private chatLoop(member: Member): void {
    if (!this.running) return;
    this.chat(member);
    const [min, max] = this.options.chatEveryMs ?? [2000, 4000];
    this.later(this.random.int(min, max), () => this.chatLoop(member));
  }

  private onEvent(member: Member, event: WireEvent, at: number): void {
    if (REFUSALS.has(event.a)) bump(this.refusals, event.a);

    if (event.a === 'chat') {
      const { message } = event.p as { message: string };
      if (this.book.receive(member.id, message, at) !== null) {
        this.onEcho(member);
      }
    } else if (event.a === 'advance') {
      this.onAdvance(member, event.p as { c?: number; h?: string });
    }
  }

  private onAdvance(member: Member, play: { c?: number; h?: string }): void {
    const { h: historyID, c: djID } = play;
    if (!this.running || !historyID) return;
    this.plays.add(historyID);

    if (djID === member.id) {
      const after = this.options.djPlaysMs ?? 9000;
      this.later(after, () => this.rest(member, 'booth/skip/me'));
      return;
    }
    const direction = this.random.chance(0.8) ? 1 : -1;
    const within = this.options.voteWithinMs ?? 3000;
    this.later(this.random.int(0, within), () =>
      this.rest(member, 'votes', { direction, historyID }),
    );
  }

  private rest(member: Member, path: string, body: unknown = {}): void {
    if (!this.running || !member.live) return;
    member.rest.post(path, body).then(
      (answer) => {
        if (answer.status !== 'ok') bump(this.restFailures, answer.status);
      },
      () => bump(this.restFailures, 'no answer'),
    );
  }

  private later(ms: number, fn: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      fn();
    }, ms);
    this.timers.add(timer);
  }
}

export function bump(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

export function describeCounts(counts: Map<string, number>): string {
  if (counts.size === 0) return '0';
  return [...counts].map(([key, n]) => `${n} ${key}`).join(', ');
}
