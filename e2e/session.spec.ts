/**
 * How a session ends, and how it survives a dropped connection. The events
 * that end a session (killSession, ban, plugMaintenance, plugUpdate,
 * nameChanged) must show a full-screen state and stop the client from
 * reconnecting; a network drop must reconnect and replace the room state.
 *
 * "Stops reconnecting" is checked on a fake page clock: two minutes are let
 * pass at once, far beyond every back-off and the silence watchdog, and the
 * page must not have asked for a socket token or opened a socket.
 */
import type { Page, WebSocketRoute } from '@playwright/test';
import {
  adminOk,
  chatLog,
  expect,
  rest,
  restOk,
  sendChat,
  sessionEnded,
  systemLines,
  test,
  usersPanel,
} from './fixtures';

const fakeClock = { prepare: (page: Page) => page.clock.install() };

const userRow = (page: Page, username: string) =>
  usersPanel(page)
    .getByTestId('user')
    .filter({ has: page.getByRole('button', { name: username, exact: true }) });
const status = (page: Page) => page.getByTestId('connection-status');
const reload = (page: Page) => page.getByRole('button', { name: 'Reload' });

/** Counts what a page does to reconnect: socket tokens and sockets. */
function watchReconnects(page: Page) {
  const seen = { tokens: 0, sockets: 0 };
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/_/auth/token') seen.tokens += 1;
  });
  page.on('websocket', () => (seen.sockets += 1));
  return seen;
}

async function expectNoReconnect(
  page: Page,
  seen: { tokens: number; sockets: number },
) {
  const before = { ...seen };
  await page.clock.runFor('02:00');
  // A request made after the timers ran: anything they started is under way.
  await page.evaluate(() => fetch('/').then((response) => response.status));
  expect(seen, 'reconnect attempts after the session ended').toEqual(before);
}

test('killSession: logging in elsewhere ends the older session for good', async ({
  crowd,
}) => {
  const host = await crowd.host();
  const user = await crowd.join('twice', fakeClock);
  const seen = watchReconnects(user.page);

  const elsewhere = await crowd.again(user);

  await expect(sessionEnded(user.page)).toContainText('You were logged out');
  await expect(sessionEnded(user.page)).toContainText(
    'This account was opened somewhere else.',
  );
  await expect(reload(user.page)).toBeVisible();
  await expect(chatLog(user.page)).toHaveCount(0);
  await expectNoReconnect(user.page, seen);
  await expect(sessionEnded(user.page)).toBeVisible();

  // The new session is the one in the room, listed once.
  await expect(userRow(host.page, user.username)).toHaveCount(1);
  await sendChat(elsewhere.page, 'from the other device');
  await expect(chatLog(host.page)).toContainText('from the other device');
});

test('ban: the banned user gets an ended state without a way back in', async ({
  crowd,
}) => {
  const host = await crowd.host();
  const troll = await crowd.join('troll', fakeClock);
  const seen = watchReconnects(troll.page);

  // Banned from the card this time (the moderation spec uses REST).
  await usersPanel(host.page)
    .getByRole('button', { name: troll.username, exact: true })
    .click();
  const card = host.page.getByRole('dialog', { name: troll.username });
  await card
    .getByRole('combobox', { name: 'Room ban duration' })
    .selectOption({ label: 'A day' });
  await card
    .getByRole('combobox', { name: 'Room ban reason' })
    .selectOption({ label: 'Verbal abuse or harassment' });
  await card.getByRole('button', { name: 'Ban', exact: true }).click();
  await expect(card).toHaveCount(0);

  await expect(sessionEnded(troll.page)).toContainText(
    'You were banned for a day',
  );
  await expect(sessionEnded(troll.page)).toContainText(
    'Verbal abuse or harassment',
  );
  await expect(reload(troll.page)).toHaveCount(0);
  await expectNoReconnect(troll.page, seen);
  await expect(userRow(host.page, troll.username)).toHaveCount(0);
});

test('plugMaintenance: everyone is shown out; REST is back when it ends', async ({
  server,
  crowd,
}) => {
  const host = await crowd.host(fakeClock);
  const user = await crowd.join('user', fakeClock);
  const seen = watchReconnects(user.page);

  const said = await adminOk(server, 'maintenance', 'on');
  expect(said).toContain('Maintenance is on');

  for (const { page } of [host, user]) {
    await expect(sessionEnded(page)).toContainText('Down for maintenance');
    await expect(chatLog(page)).toHaveCount(0);
  }
  const refused = await rest(user.page, server, 'GET', 'users/me');
  expect(refused.status).toBe('maintenanceMode');
  await expectNoReconnect(user.page, seen);

  // Reloading during maintenance says why the room is not there.
  await reload(user.page).click();
  await expect(user.page.getByText(/down for maintenance/i)).toBeVisible();
  await expect(chatLog(user.page)).toHaveCount(0);

  await adminOk(server, 'maintenance', 'off');
  await restOk(user.page, server, 'GET', 'users/me');

  await reload(host.page).click();
  await expect(status(host.page)).toHaveText('Live');
  await user.page.reload();
  await expect(status(user.page)).toHaveText('Live');
  await expect(userRow(host.page, user.username)).toBeVisible();
});

test('plugUpdate: a reload is offered, and Reload reloads into the room', async ({
  server,
  crowd,
}) => {
  const host = await crowd.host();
  const user = await crowd.join('user', fakeClock);
  const seen = watchReconnects(user.page);

  await adminOk(server, 'update');

  for (const { page } of [host, user]) {
    await expect(sessionEnded(page)).toContainText(
      'A new version is available',
    );
    await expect(reload(page)).toBeVisible();
  }
  await expectNoReconnect(user.page, seen);

  const loaded = user.page.waitForEvent('load');
  await reload(user.page).click();
  await loaded;
  await expect(sessionEnded(user.page)).toHaveCount(0);
  await expect(status(user.page)).toHaveText('Live');
  await expect(chatLog(user.page)).toBeVisible();
  // The host has not reloaded yet: their notice stays until they do.
  await expect(sessionEnded(host.page)).toBeVisible();
});

test('nameChanged: the renamed user is told, the room sees the new name', async ({
  server,
  crowd,
}) => {
  const host = await crowd.host();
  const user = await crowd.join('before', fakeClock);
  const seen = watchReconnects(user.page);
  const newName = `after_${user.username.slice(7)}`.slice(0, 24);

  const said = await adminOk(server, 'rename', user.username, newName);
  expect(said).toContain(`Renamed ${user.username} to ${newName}`);

  await expect(sessionEnded(user.page)).toContainText('Your name was changed');
  await expect(sessionEnded(user.page)).toContainText(
    'Reload to continue under your new name.',
  );
  await expect(systemLines(host.page)).toContainText([
    `${user.username} is now known as ${newName}`,
  ]);
  await expect(userRow(host.page, newName)).toBeVisible();
  await expect(userRow(host.page, user.username)).toHaveCount(0);
  await expectNoReconnect(user.page, seen);

  await reload(user.page).click();
  await expect(status(user.page)).toHaveText('Live');
  await expect(user.page.getByTestId('my-name')).toHaveText(newName);
  await expect(userRow(host.page, newName)).toHaveCount(1);
});

test('network drop: the client reconnects and replaces the room state', async ({
  server,
  crowd,
}) => {
  // Every socket the page opens goes through here, so the test can cut
  // one and hold the next back.
  const links: { page: WebSocketRoute; server: WebSocketRoute }[] = [];
  let opened = 0;
  let gate: Promise<void> = Promise.resolve();
  const routeSocket = async (page: Page) => {
    await page.routeWebSocket(/\/socket$/, async (ws) => {
      opened += 1;
      await gate;
      links.push({ page: ws, server: ws.connectToServer() });
    });
  };

  const host = await crowd.host();
  const leaver = await crowd.join('leaver');
  const user = await crowd.join('user', { prepare: routeSocket });
  await expect(userRow(user.page, leaver.username)).toBeVisible();
  expect(opened).toBe(1);

  await test.step('the connection drops and stays down', async () => {
    let release = () => {};
    gate = new Promise((resolve) => (release = resolve));
    const dropped = links.at(-1);
    if (!dropped) throw new Error('the page has no socket');
    await dropped.server.close();
    await dropped.page.close();
    await expect(status(user.page)).toHaveText('Connecting…');

    await test.step('meanwhile, one user leaves and the host plays', async () => {
      await leaver.page.getByRole('button', { name: 'Log out' }).click();
      await expect(userRow(host.page, leaver.username)).toHaveCount(0);
      await host.page.getByRole('button', { name: 'Join wait list' }).click();
      await expect(host.page.getByTestId('current-dj')).toHaveText('host');
      await sendChat(host.page, 'said while you were away');
      await expect(chatLog(host.page)).toContainText(
        'said while you were away',
      );
    });

    // The user heard none of it.
    await expect(userRow(user.page, leaver.username)).toBeVisible();
    await expect(user.page.getByText('Nobody is playing')).toBeVisible();
    release();
  });

  await test.step('it reconnects and loads the room afresh', async () => {
    await expect(status(user.page)).toHaveText('Live');
    expect(opened).toBeGreaterThan(1);
    await expect(userRow(user.page, leaver.username)).toHaveCount(0);
    await expect(userRow(user.page, 'host')).toBeVisible();
    await expect(user.page.getByTestId('current-dj')).toHaveText('host');
    await expect(usersPanel(user.page).getByRole('heading')).toHaveText(
      'Users (2)',
    );
  });

  await test.step('and the live connection works both ways', async () => {
    await sendChat(host.page, 'welcome back');
    await expect(chatLog(user.page)).toContainText('welcome back');
    await sendChat(user.page, 'glad to be back');
    await expect(chatLog(host.page)).toContainText('glad to be back');
    await expect(chatLog(user.page).getByTestId('chat-pending')).toHaveCount(0);
  });
  expect(await rest(user.page, server, 'GET', 'users/me')).toMatchObject({
    status: 'ok',
  });
});
