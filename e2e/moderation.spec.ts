/**
 * Room moderation as the room sees it: every staff action is made by a
 * staff member through their own session (REST, or the control on the
 * page where there is one) and checked in the browser of someone else.
 */
import type { Page } from '@playwright/test';
import {
  chatLog,
  expect,
  notices,
  rest,
  restOk,
  sendChat,
  sessionEnded,
  systemLines,
  test,
  usersPanel,
  waitListPanel,
} from './fixtures';

/** Delivered chat lines (not your own lines still on their way). */
const chatLines = (page: Page) => chatLog(page).getByTestId('chat-line');
const lineWith = (page: Page, text: string) =>
  chatLines(page).filter({ hasText: text });
/** Opens a user's card from the Users list, as staff do to act on them. */
async function openCard(page: Page, username: string) {
  await usersPanel(page)
    .getByRole('button', { name: username, exact: true })
    .click();
  const card = page.getByRole('dialog', { name: username });
  await expect(card).toBeVisible();
  return card;
}
const userRow = (page: Page, username: string) =>
  usersPanel(page)
    .getByTestId('user')
    .filter({ has: page.getByRole('button', { name: username, exact: true }) });

test('chatDelete: the deleted line disappears for everyone, and only it', async ({
  crowd,
}) => {
  const host = await crowd.host();
  const talker = await crowd.join('talker');
  const reader = await crowd.join('reader');

  await sendChat(talker.page, 'first, keep me');
  await expect(lineWith(talker.page, 'first, keep me')).toHaveCount(1);
  await sendChat(talker.page, 'second, delete me');
  await sendChat(talker.page, 'third, keep me too');
  for (const { page } of [host, reader]) {
    await expect(lineWith(page, 'third, keep me too')).toHaveCount(1);
  }

  await lineWith(host.page, 'second, delete me')
    .getByRole('button', { name: `Delete message from ${talker.username}` })
    .click();

  for (const { page } of [host, talker, reader]) {
    await expect(lineWith(page, 'second, delete me')).toHaveCount(0);
    await expect(chatLog(page).getByTestId('chat-text')).toHaveText([
      'first, keep me',
      'third, keep me too',
    ]);
  }
});

test('modMute: a line for the room, a muted mark, and the chat is dropped', async ({
  crowd,
}) => {
  const host = await crowd.host();
  const loud = await crowd.join('loud');
  const reader = await crowd.join('reader');

  await sendChat(loud.page, 'before the mute');
  await expect(lineWith(reader.page, 'before the mute')).toHaveCount(1);

  // The host mutes from the user's card.
  const card = await openCard(host.page, loud.username);
  await card
    .getByRole('combobox', { name: 'Mute duration' })
    .selectOption({ label: '15 minutes' });
  await card
    .getByLabel('Mute reason')
    .selectOption({ label: 'Spamming or trolling' });
  await card.getByRole('button', { name: 'Mute', exact: true }).click();
  await expect(card.getByTestId('user-card-muted')).toBeVisible();
  for (const { page } of [reader, loud]) {
    await expect(systemLines(page)).toContainText([
      `host muted ${loud.username} for 15 minutes`,
    ]);
    await expect(
      userRow(page, loud.username).getByTestId('user-muted'),
    ).toBeVisible();
  }
  await expect(
    userRow(reader.page, reader.username).getByTestId('user-muted'),
  ).toHaveCount(0);

  // The muted user is told before typing, rather than left with lines the
  // server drops without a word.
  const input = loud.page.getByRole('textbox', { name: 'Chat message' });
  await expect(input).toBeDisabled();
  await expect(loud.page.getByTestId('chat-muted')).toBeVisible();

  await test.step('unmute: the next line goes through', async () => {
    await card.getByRole('button', { name: 'Unmute' }).click();
    await expect(card.getByTestId('user-card-muted')).toHaveCount(0);
    await expect(systemLines(reader.page)).toContainText([
      `host unmuted ${loud.username}`,
    ]);
    await expect(
      userRow(reader.page, loud.username).getByTestId('user-muted'),
    ).toHaveCount(0);

    await expect(input).toBeEnabled();
    await expect(loud.page.getByTestId('chat-muted')).toHaveCount(0);
    await sendChat(loud.page, 'back again');
    await expect(lineWith(reader.page, 'back again')).toHaveCount(1);
  });

  await expect(lineWith(loud.page, 'back again')).toHaveCount(1);
  await expect(
    chatLog(loud.page)
      .getByTestId('chat-pending')
      .filter({ hasText: 'back again' }),
  ).toHaveCount(0);
});

test('modBan: the room is told, the banned user is shown out and kept out', async ({
  server,
  crowd,
}) => {
  const host = await crowd.host();
  const troll = await crowd.join('troll');
  const reader = await crowd.join('reader');
  await expect(userRow(reader.page, troll.username)).toBeVisible();

  await restOk(host.page, server, 'POST', 'bans/add', {
    userID: troll.id,
    reason: 1,
    duration: 'h',
  });

  await expect(systemLines(reader.page)).toContainText([
    `host banned ${troll.username} for an hour`,
  ]);
  await expect(userRow(reader.page, troll.username)).toHaveCount(0);
  await expect(userRow(host.page, troll.username)).toHaveCount(0);

  await expect(sessionEnded(troll.page)).toBeVisible();
  await expect(sessionEnded(troll.page)).toContainText(
    'You were banned for an hour',
  );
  await expect(sessionEnded(troll.page)).toContainText('Spamming or trolling');
  await expect(chatLog(troll.page)).toHaveCount(0);
  await expect(troll.page.getByRole('button', { name: 'Reload' })).toHaveCount(
    0,
  );

  await test.step('coming back is refused', async () => {
    const again = await rest(troll.page, server, 'POST', 'rooms/join', {
      slug: 'lobby',
    });
    expect(again.status).toBe('ban');
    const [{ e: left }] = again.data as [{ e: number }];
    expect(left).toBeGreaterThan(3500);
    expect(left).toBeLessThanOrEqual(3600);

    await troll.page.reload();
    await expect(sessionEnded(troll.page)).toContainText(
      'You are banned from this room',
    );
    await expect(sessionEnded(troll.page)).toContainText(
      'Try again in 60 minutes',
    );
    await expect(chatLog(troll.page)).toHaveCount(0);
    await expect(userRow(reader.page, troll.username)).toHaveCount(0);
  });
});

test('modWaitlistBan: the room is told and the user cannot queue', async ({
  server,
  crowd,
}) => {
  const host = await crowd.host();
  const dj = await crowd.join('dj');
  const pest = await crowd.join('pest');
  const join = (page: Page) =>
    page.getByRole('button', { name: 'Join wait list' });

  await join(dj.page).click();
  await join(pest.page).click();
  await expect(
    waitListPanel(host.page).getByTestId('waitlist-entry'),
  ).toHaveCount(1);

  await restOk(host.page, server, 'POST', 'booth/waitlistban', {
    userID: pest.id,
    reason: 1,
    duration: 's',
  });
  for (const { page } of [dj, pest]) {
    await expect(systemLines(page)).toContainText([
      `host banned ${pest.username} from the wait list for 15 minutes`,
    ]);
    await expect(waitListPanel(page).getByTestId('waitlist-entry')).toHaveCount(
      0,
    );
  }

  // Trying to join again explains why not, and changes nothing.
  await join(pest.page).click();
  await expect(notices(pest.page)).toContainText([/banned from the wait list/]);
  await expect(pest.page.getByTestId('waitlist-position')).toHaveText(
    'Nobody is waiting',
  );
  const added = await rest(host.page, server, 'POST', 'booth/add', {
    id: pest.id,
  });
  expect(added.status).toBe('notAuthorized');
  await expect(
    waitListPanel(dj.page).getByTestId('waitlist-entry'),
  ).toHaveCount(0);
});

test('modStaff: the role badge and the staff controls follow the role', async ({
  server,
  crowd,
}) => {
  const host = await crowd.host();
  const helper = await crowd.join('helper');
  const reader = await crowd.join('reader');

  await sendChat(reader.page, 'a line to moderate');
  await expect(lineWith(helper.page, 'a line to moderate')).toHaveCount(1);
  await expect(
    helper.page.getByRole('button', { name: /^Delete message/ }),
  ).toHaveCount(0);

  // Promoted from the card; demoted below through the REST call.
  const card = await openCard(host.page, helper.username);
  await card
    .getByRole('combobox', { name: 'Room role' })
    .selectOption({ label: 'Bouncer' });
  await card.getByRole('button', { name: 'Set role' }).click();
  await expect(card).toContainText('Bouncer');
  await card.getByRole('button', { name: 'Close' }).click();
  for (const { page } of [reader, helper]) {
    await expect(systemLines(page)).toContainText([
      `host made ${helper.username} a bouncer`,
    ]);
    await expect(userRow(page, helper.username)).toContainText('Bouncer');
  }
  // Staff are listed first.
  await expect(usersPanel(reader.page).getByTestId('user')).toHaveText([
    /^host/,
    new RegExp(`^${helper.username}`),
    new RegExp(`^${reader.username}`),
  ]);
  // The new bouncer gets the bouncer's controls at once.
  await expect(
    lineWith(helper.page, 'a line to moderate').getByRole('button', {
      name: `Delete message from ${reader.username}`,
    }),
  ).toBeVisible();

  await restOk(host.page, server, 'DELETE', `staff/${helper.id}`);
  for (const { page } of [reader, helper]) {
    await expect(systemLines(page)).toContainText([
      `host removed ${helper.username} from the staff`,
    ]);
    await expect(userRow(page, helper.username)).not.toContainText('Bouncer');
  }
  await expect(
    helper.page.getByRole('button', { name: /^Delete message/ }),
  ).toHaveCount(0);
});

test('room settings: name, description, welcome and chat level for everyone', async ({
  server,
  crowd,
}) => {
  const host = await crowd.host();
  const reader = await crowd.join('reader');
  const title = (page: Page) => page.getByRole('heading', { level: 1 });

  await host.page.getByRole('button', { name: 'Room settings' }).click();
  const settings = host.page.getByRole('dialog', { name: 'Room settings' });
  await settings.getByLabel('Room name').fill('Disco <Inferno> & Co');
  await settings.getByLabel('Description').fill('Only "funky" tunes');
  await settings
    .getByLabel('Welcome message')
    .fill('Welcome, dancers!\nBe kind.');
  await settings.getByRole('button', { name: 'Save' }).click();
  await expect(settings).toHaveCount(0);

  await expect(title(reader.page)).toHaveText('Disco <Inferno> & Co');
  await expect(reader.page).toHaveTitle('Disco <Inferno> & Co · Wootroom');
  await expect(reader.page.getByTestId('room-description')).toHaveText(
    'Only "funky" tunes',
  );
  await expect(chatLog(reader.page)).toContainText('Welcome, dancers!');
  await expect(systemLines(reader.page)).toContainText([
    'host changed the room name to Disco <Inferno> & Co',
    'host changed the room description',
    'host changed the welcome message',
  ]);

  // A partial update changes only what it names.
  await restOk(host.page, server, 'POST', 'rooms/update', { minChatLevel: 2 });
  await expect(systemLines(reader.page)).toContainText([
    'host set the minimum chat level to 2',
  ]);
  await expect(reader.page.getByTestId('chat-level')).toHaveText(
    'Only level 2 and up can chat in this room.',
  );
  await expect(
    reader.page.getByRole('textbox', { name: 'Chat message' }),
  ).toBeDisabled();
  await expect(title(reader.page)).toHaveText('Disco <Inferno> & Co');

  // Someone arriving now gets all of it from the room snapshot.
  const late = await crowd.join('late');
  await expect(title(late.page)).toHaveText('Disco <Inferno> & Co');
  await expect(late.page.getByTestId('room-description')).toHaveText(
    'Only "funky" tunes',
  );
  await expect(chatLog(late.page)).toContainText('Be kind.');
  await expect(late.page.getByTestId('chat-level')).toBeVisible();
});

test('slow mode: a plain user going too fast is told, staff are not', async ({
  server,
  crowd,
}) => {
  const host = await crowd.host();
  const chatty = await crowd.join('chatty');

  await restOk(host.page, server, 'POST', 'rooms/update', { slowMode: 3 });

  await sendChat(chatty.page, 'one');
  await expect(lineWith(host.page, 'one')).toHaveCount(1);
  await sendChat(chatty.page, 'two');

  // Told, with the room's real pace.
  await expect(notices(chatty.page)).toContainText([
    'Chat is in slow mode: one message every 3 seconds',
  ]);
  await expect(chatty.page.getByTestId('slow-mode')).toHaveText(
    /Slow mode: one message every 3 seconds/,
  );
  // The refused line is sent again at the room's pace, not lost.
  await expect(lineWith(host.page, 'two')).toHaveCount(1);
  await expect(chatLog(chatty.page).getByTestId('chat-pending')).toHaveCount(0);

  // Staff are not slowed down.
  await sendChat(host.page, 'staff one');
  await sendChat(host.page, 'staff two');
  await expect(lineWith(chatty.page, 'staff two')).toHaveCount(1);
  await expect(notices(host.page)).not.toContainText([/slow mode/]);

  // Someone arriving later learns the pace from the room snapshot.
  const late = await crowd.join('late');
  await expect(late.page.getByTestId('slow-mode')).toHaveText(
    /Slow mode: one message every 3 seconds/,
  );
});

test('a plain user is refused every staff action and nothing changes', async ({
  server,
  crowd,
}) => {
  const host = await crowd.host();
  const rogue = await crowd.join('rogue');
  const victim = await crowd.join('victim');

  await sendChat(victim.page, 'do not delete me');
  await expect(lineWith(rogue.page, 'do not delete me')).toHaveCount(1);
  const cid = await lineWith(rogue.page, 'do not delete me').getAttribute(
    'data-cid',
  );

  const attempts: [string, 'POST' | 'PUT' | 'DELETE', string, unknown?][] = [
    [
      'ban',
      'POST',
      'bans/add',
      { userID: victim.id, reason: 1, duration: 'h' },
    ],
    ['mute', 'POST', 'mutes', { userID: victim.id, reason: 1, duration: 's' }],
    [
      'promote self',
      'POST',
      'staff/update',
      { userID: rogue.id, roleID: 4000 },
    ],
    ['rename room', 'POST', 'rooms/update', { name: 'Rogue room' }],
    ['lock', 'PUT', 'booth/lock', { isLocked: true, removeAllDJs: true }],
    ['delete chat', 'DELETE', `chat/${cid ?? ''}`],
  ];
  for (const [what, method, path, body] of attempts) {
    const answer = await rest(rogue.page, server, method, path, body);
    expect(answer.status, what).toBe('notAuthorized');
    expect(answer.http, what).toBe(403);
  }

  // Nothing happened, for anyone.
  for (const { page } of [host, victim, rogue]) {
    await expect(lineWith(page, 'do not delete me')).toHaveCount(1);
    await expect(systemLines(page)).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(
      'Rogue room',
    );
    await expect(userRow(page, victim.username)).toBeVisible();
    await expect(userRow(page, rogue.username)).not.toContainText('Co-host');
  }
  await expect(
    waitListPanel(victim.page).getByRole('heading', { level: 2 }),
  ).toHaveText('Wait list');
  await sendChat(victim.page, 'still here and heard');
  await expect(lineWith(host.page, 'still here and heard')).toHaveCount(1);
  const [state] = await restOk(host.page, server, 'GET', 'rooms/state');
  expect(state).toMatchObject({
    meta: { name: 'Lobby' },
    booth: { isLocked: false },
    mutes: {},
  });
});
