/**
 * Account-wide and service events that show as notices or banners: gifts,
 * friends, earnings and levels, operator broadcasts and maintenance
 * alerts, chat and REST floods, and name changes seen by the room.
 */
import type { Page } from '@playwright/test';
import {
  adminOk,
  chatLog,
  expect,
  notices,
  rest,
  restOk,
  sendChat,
  systemLines,
  test,
  usersPanel,
  type Member,
} from './fixtures';
import type { RunningServer } from './server';

const notice = (page: Page, text: string | RegExp) =>
  notices(page).filter({ hasText: text });
const chatLines = (page: Page) => chatLog(page).getByTestId('chat-line');
const userRow = (page: Page, username: string) =>
  usersPanel(page)
    .getByTestId('user')
    .filter({ has: page.getByRole('button', { name: username, exact: true }) });
const woot = (page: Page) =>
  page.getByRole('button', { name: 'Woot', exact: true });
const grab = (page: Page) =>
  page.getByRole('button', { name: 'Grab', exact: true });

/**
 * Ends the DJ's play the way a DJ can: skipping it. The play's woots and
 * grabs are paid out when it ends. Waits until `watcher` sees the next one.
 */
async function skipOwnPlay(dj: Member, watcher: Member, server: RunningServer) {
  const before = await watcher.page.getByTestId('media-title').textContent();
  await restOk(dj.page, server, 'POST', 'booth/skip/me');
  await expect(watcher.page.getByTestId('media-title')).not.toHaveText(
    before ?? '',
  );
  await expect(watcher.page.getByTestId('woot-count')).toHaveText('0');
}

test('earn and gift: a DJ is paid for a woot and gives it away', async ({
  server,
  crowd,
}) => {
  const host = await crowd.host();
  const dj = await crowd.join('dj');
  const fan = await crowd.join('fan');

  await dj.page.getByRole('button', { name: 'Join wait list' }).click();
  await expect(fan.page.getByTestId('current-dj')).toHaveText(dj.username);
  await woot(fan.page).click();
  await expect(dj.page.getByTestId('woot-count')).toHaveText('1');

  await test.step('earn: the play ends and the DJ has 1 PP', async () => {
    await skipOwnPlay(dj, fan, server);
    await expect(notice(dj.page, 'You have 1 PP and 1 XP')).toBeVisible();
    // Earnings are private: nobody else is told.
    await expect(notice(fan.page, /PP and/)).toHaveCount(0);
  });

  await test.step('gift: the fan is told, the room sees it', async () => {
    await usersPanel(dj.page)
      .getByRole('button', { name: fan.username, exact: true })
      .click();
    const card = dj.page.getByRole('dialog', { name: fan.username });
    await card.getByLabel('Gift amount (PP)').fill('1');
    await card.getByRole('button', { name: 'Send gift' }).click();
    await expect(
      notice(dj.page, `You sent ${fan.username} 1 PP`),
    ).toBeVisible();

    await expect(
      notice(fan.page, 'You got a gift: you now have 1 PP'),
    ).toBeVisible();
    await expect(
      notice(fan.page, `${dj.username} sent you a gift of 1 PP`),
    ).toBeVisible();
    for (const { page } of [host, fan, dj]) {
      await expect(
        notice(page, `${dj.username} gave ${fan.username} a gift`),
      ).toBeVisible();
    }
    await expect(notice(dj.page, 'You have 0 PP and 1 XP')).toBeVisible();
  });

  await test.step('both profiles show the new totals', async () => {
    await dj.page.keyboard.press('Escape');
    for (const [member, pp, xp] of [
      [dj, '0', '1'],
      [fan, '1', '0'],
    ] as const) {
      await member.page.getByRole('button', { name: 'Profile' }).click();
      const profile = member.page.getByRole('dialog', { name: 'Profile' });
      await expect(profile.getByTestId('profile-pp')).toHaveText(pp);
      await expect(profile.getByTestId('profile-xp')).toHaveText(xp);
      await member.page.keyboard.press('Escape');
    }
  });

  await test.step("the gift waits in the fan's notifications", async () => {
    await fan.page
      .getByRole('button', { name: 'Notifications, 1 new' })
      .click();
    const inbox = fan.page.getByRole('dialog', { name: 'Notifications' });
    await expect(inbox.getByTestId('notification')).toHaveCount(1);
    await expect(inbox.getByTestId('notification')).toContainText(
      `${dj.username} sent you a gift of 1 PP`,
    );
    await inbox.getByRole('button', { name: 'Dismiss notification' }).click();
    await expect(inbox.getByTestId('notification')).toHaveCount(0);
    await expect(
      fan.page.getByRole('button', { name: 'Notifications', exact: true }),
    ).toBeVisible();
  });

  await test.step('a gift beyond your PP is refused', async () => {
    const broke = await rest(dj.page, server, 'POST', 'gifts', {
      id: fan.id,
      amount: 5,
    });
    expect(broke.status).toBe('requestError');
    await expect(
      notice(fan.page, `${dj.username} sent you a gift of 5 PP`),
    ).toHaveCount(0);
  });
});

test('levelUp: a DJ wooted and grabbed by two listeners reaches level 2', async ({
  server,
  crowd,
}) => {
  const dj = await crowd.join('dj');
  const first = await crowd.join('fan');
  const fans = [first, await crowd.join('fan')];

  await dj.page.getByRole('button', { name: 'Join wait list' }).click();
  await expect(userRow(first.page, dj.username)).toContainText('lvl 1');

  // Each woot is worth 1 xp to the DJ and each grab 2: 6 a play, and level
  // 2 takes 10.
  for (const round of [1, 2]) {
    for (const fan of fans) {
      await expect(fan.page.getByTestId('current-dj')).toHaveText(dj.username);
      await woot(fan.page).click();
      await grab(fan.page).click();
      await expect(grab(fan.page)).toHaveAttribute('aria-pressed', 'true');
    }
    await expect(dj.page.getByTestId('grab-count')).toHaveText('2');
    await skipOwnPlay(dj, first, server);
    await expect(
      notice(dj.page, `You have ${6 * round} PP and ${6 * round} XP`),
    ).toBeVisible();
  }

  await expect(notice(dj.page, 'You reached level 2').first()).toBeVisible();
  for (const fan of fans) {
    await expect(userRow(fan.page, dj.username)).toContainText('lvl 2');
    await expect(notice(fan.page, /reached level/)).toHaveCount(0);
  }
  await expect(userRow(dj.page, dj.username)).toContainText('lvl 2');
});

test('friendRequest and friendAccept: through the user card and the inbox', async ({
  crowd,
}) => {
  const asker = await crowd.join('asker');
  const asked = await crowd.join('asked');

  await usersPanel(asker.page)
    .getByRole('button', { name: asked.username, exact: true })
    .click();
  const card = asker.page.getByRole('dialog', { name: asked.username });
  await card.getByRole('button', { name: 'Add friend' }).click();
  await expect(
    notice(asker.page, `Friend request sent to ${asked.username}`),
  ).toBeVisible();

  await expect(
    notice(asked.page, `${asker.username} sent you a friend request`),
  ).toBeVisible();
  await expect(notice(asker.page, /sent you a friend request/)).toHaveCount(0);
  await asked.page
    .getByRole('button', { name: 'Notifications, 1 new' })
    .click();
  const inbox = asked.page.getByRole('dialog', { name: 'Notifications' });
  await expect(inbox.getByTestId('friend-request')).toHaveText(
    new RegExp(`^${asker.username}`),
  );
  await inbox
    .getByRole('button', {
      name: `Accept friend request from ${asker.username}`,
    })
    .click();

  await expect(
    notice(asker.page, `${asked.username} accepted your friend request`),
  ).toBeVisible();
  await expect(inbox.getByTestId('friend-request')).toHaveCount(0);
  await expect(notice(asked.page, /accepted your friend request/)).toHaveCount(
    0,
  );
});

test('plugMessage: an operator broadcast reaches everyone, as text', async ({
  server,
  crowd,
}) => {
  const host = await crowd.host();
  const one = await crowd.join('one');
  const two = await crowd.join('two');

  const said = await adminOk(
    server,
    'broadcast',
    'Tea <b>break</b> & cake at five',
  );
  expect(said).toContain('Message sent to everyone online');

  for (const { page } of [host, one, two]) {
    await expect(notice(page, 'Tea <b>break</b> & cake at five')).toBeVisible();
    await expect(page.locator('b', { hasText: 'break' })).toHaveCount(0);
  }
});

test('plugMaintenanceAlert: a countdown banner for everyone', async ({
  server,
  crowd,
}) => {
  const host = await crowd.host();
  const user = await crowd.join('user');
  const banner = (page: Page) => page.getByTestId('maintenance-banner');

  await expect(banner(user.page)).toHaveCount(0);
  await adminOk(server, 'maintenance-alert', '15');

  for (const { page } of [host, user]) {
    await expect(banner(page)).toContainText(/Maintenance in 1[45]:\d\d/);
  }
  // It counts down.
  const first = await banner(user.page).textContent();
  await expect(banner(user.page)).not.toHaveText(first ?? '');
  await expect(banner(user.page)).toContainText(/Maintenance in 14:\d\d/);
  // The room keeps working meanwhile.
  await sendChat(user.page, 'still chatting');
  await expect(
    chatLines(host.page).filter({ hasText: 'still chatting' }),
  ).toHaveCount(1);

  await user.page
    .getByRole('button', { name: 'Hide maintenance banner' })
    .click();
  await expect(banner(user.page)).toHaveCount(0);
  await expect(banner(host.page)).toBeVisible();
});

test('floodChat: a burst of lines is slowed down, and every line arrives', async ({
  crowd,
}) => {
  const fast = await crowd.join('fast');
  const reader = await crowd.join('reader');
  const lines = Array.from({ length: 10 }, (_, i) => `burst line ${i + 1}`);

  for (const line of lines) await sendChat(fast.page, line);

  await expect(
    notice(
      fast.page,
      'You are chatting too fast: your messages will go out slower',
    ),
  ).toBeVisible();
  // Nothing is lost and the order is kept, for the reader and the sender.
  for (const { page } of [reader, fast]) {
    await expect(chatLog(page).getByTestId('chat-text')).toHaveText(lines, {
      timeout: 20_000,
    });
  }
  await expect(chatLog(fast.page).getByTestId('chat-pending')).toHaveCount(0);
});

test('floodAPI: too many requests pause a user, who is told', async ({
  server,
  crowd,
}) => {
  const eager = await crowd.join('eager');
  const other = await crowd.join('other');

  let refused = null;
  for (let i = 0; i < 25 && !refused; i++) {
    const answer = await rest(eager.page, server, 'POST', 'rooms/join', {
      slug: 'lobby',
    });
    if (answer.status !== 'ok') refused = answer;
  }
  expect(refused).toMatchObject({ http: 429, status: 'floodAPI' });
  await expect(
    notice(
      eager.page,
      'Too many requests: your actions are paused for 15 seconds',
    ),
  ).toBeVisible();
  // One user's flood slows nobody else down.
  await restOk(other.page, server, 'GET', 'users/me');
  await expect(notice(other.page, /Too many requests/)).toHaveCount(0);
});

test('floodAPI: ordinary use stays under the limit: quick reloads after sign-up', async ({
  crowd,
}) => {
  const user = await crowd.join('reloader');
  const flooded = notice(user.page, /Too many requests/);

  for (const round of [1, 2, 3, 4, 5]) {
    await user.page.reload();
    await expect(
      user.page.getByTestId('connection-status'),
      `reload ${round}`,
    ).toHaveText('Live');
    await expect(flooded, `reload ${round}`).toHaveCount(0);
  }
  await user.page.getByRole('button', { name: 'Join wait list' }).click();
  await expect(user.page.getByTestId('waitlist-position')).toHaveText(
    'You are playing now',
  );
  await expect(flooded).toHaveCount(0);
});

test('nameChangedRoom: a rename is shown to the room under the new name', async ({
  server,
  crowd,
}) => {
  const host = await crowd.host();
  const renamer = await crowd.join('old');
  const newName = `new_${renamer.username.slice(4)}`.slice(0, 24);

  await sendChat(renamer.page, 'said under the old name');
  await expect(
    chatLines(host.page).filter({ hasText: 'said under the old name' }),
  ).toHaveCount(1);

  await restOk(renamer.page, server, 'POST', 'store/purchase/username', {
    username: newName,
  });

  for (const { page } of [host, renamer]) {
    await expect(systemLines(page)).toContainText([
      `${renamer.username} is now known as ${newName}`,
    ]);
    await expect(userRow(page, newName)).toBeVisible();
    await expect(userRow(page, renamer.username)).toHaveCount(0);
  }
  await expect(renamer.page.getByTestId('my-name')).toHaveText(newName);

  await sendChat(renamer.page, 'said under the new name');
  await expect(
    chatLines(host.page).filter({ hasText: 'said under the new name' }),
  ).toContainText(newName);

  // The name is taken now; nobody else can have it.
  const taken = await rest(
    host.page,
    server,
    'POST',
    'store/purchase/username',
    {
      username: newName,
    },
  );
  expect(taken.status).toBe('requestError');
  await expect(host.page.getByTestId('my-name')).toHaveText('host');
});
