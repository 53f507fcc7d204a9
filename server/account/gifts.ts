/**
 * Gifts of pp between users. The room hears who gave to whom; the
 * recipient gets their new total and a stored notification; the sender
 * gets their new totals.
 */
import { DASHBOARD, escapeHtml, serverEvent } from '../../src/protocol';
import type { AppContext } from '../context';
import { fail } from '../http/envelope';
import type { UserRecord } from '../store/store';
import { earnEvent } from './earnings';
import { GIFT_SEPARATOR, notification } from './notifications';

export async function sendGift(
  app: AppContext,
  sender: UserRecord,
  recipientID: number,
  amount: number,
): Promise<UserRecord> {
  if (recipientID === sender.id) {
    throw fail('requestError', 'You cannot send a gift to yourself');
  }
  if (!(await app.store.users.byId(recipientID))) {
    throw fail('notFound', 'No such user');
  }
  const moved = await app.store.accounts.transfer(
    sender.id,
    recipientID,
    amount,
  );
  if (!moved) throw fail('requestError', 'You do not have enough pp');

  const { recipient } = moved;
  const value = `${sender.username}${GIFT_SEPARATOR}${amount}`;
  app.broadcast.publish({ user: recipient.id }, [
    serverEvent('gift', recipient.pp, DASHBOARD),
    await notification(app, recipient.id, 'gift', value),
  ]);
  app.broadcast.publish({ user: sender.id }, [earnEvent(moved.sender)]);
  announce(app, moved.sender, recipient);

  app.logs.for('room').info('gift sent', {
    user: sender.id,
    recipient: recipient.id,
    amount,
  });
  return moved.sender;
}

/** `gifted` in the sender's room and, if elsewhere, the recipient's. */
function announce(app: AppContext, sender: UserRecord, recipient: UserRecord) {
  const payload = {
    s: escapeHtml(sender.username),
    r: escapeHtml(recipient.username),
  };
  const slugs = new Set(
    [sender.id, recipient.id].flatMap((id) => {
      const room = app.rooms.roomOf(id);
      return room ? [room.record.slug] : [];
    }),
  );
  for (const slug of slugs) {
    app.broadcast.publish({ room: slug }, [
      serverEvent('gifted', payload, slug),
    ]);
  }
}
