/** Chat from a socket to everyone in the sender's room. */
import { escapeHtml, serverEvent } from '../../src/protocol';
import type { AppContext } from '../context';
import { ChatGate } from '../moderation/chatGate';
import { prepareChat } from './message';

export class Chat {
  /** Last stamp used per user, so two lines in one millisecond differ. */
  private readonly lastStamp = new Map<number, number>();
  private readonly gate: ChatGate;

  constructor(private readonly app: AppContext) {
    this.gate = new ChatGate(app);
  }

  async send(userID: number, raw: string): Promise<void> {
    const room = this.app.rooms.roomOf(userID);
    if (!room) return;
    const message = prepareChat(raw);
    if (message === null) return;
    const user = await this.app.store.users.byId(userID);
    if (!user) return;
    if (!(await this.gate.admit(user, room))) return;

    const cid = `${userID}-${this.stamp(userID)}`;
    const { slug } = room.record;
    this.app.broadcast.publish({ room: slug }, [
      serverEvent(
        'chat',
        {
          message,
          un: escapeHtml(user.username),
          cid,
          uid: userID,
          sub: user.sub,
        },
        slug,
      ),
    ]);
    this.app.logs.for('room').debug('chat', { room: slug, user: userID, cid });
  }

  /** Drops per-socket state; the gate keeps pace across reconnects. */
  forget(userID: number): void {
    this.lastStamp.delete(userID);
  }

  private stamp(userID: number): number {
    const now = this.app.clock.now();
    const last = this.lastStamp.get(userID) ?? 0;
    const stamp = now > last ? now : last + 1;
    this.lastStamp.set(userID, stamp);
    return stamp;
  }
}
