/**
 * The booth as the room sees it: plays starting and ending (advance, skip,
 * modSkip), the wait list (djListUpdate, lock, cycle, staff adding,
 * removing and moving DJs) and votes and grabs. Each event is caused the
 * way it happens in a real room and checked in another user's browser.
 */
import type { Page } from '@playwright/test';
import {
  expect,
  rest,
  restOk,
  systemLines,
  test,
  usersPanel,
  waitListPanel,
  type Member,
} from './fixtures';
import type { RunningServer } from './server';

/** Media text arrives escaped on the wire; the page shows it decoded. */
function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;|&#34;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The song a user will play next: the head of their active playlist. */
async function nextSong(member: Member, server: RunningServer) {
  const playlists = (await restOk(member.page, server, 'GET', 'playlists')) as {
    id: number;
    active: boolean;
  }[];
  const active = playlists.find((p) => p.active);
  expect(active, 'an active playlist').toBeDefined();
  const media = (await restOk(
    member.page,
    server,
    'GET',
    `playlists/${active?.id}/media`,
  )) as { title: string; author: string }[];
  const first = media[0];
  if (!first) throw new Error('the active playlist is empty');
  return { title: decode(first.title), author: decode(first.author) };
}

const joinButton = (page: Page) =>
  page.getByRole('button', { name: 'Join wait list' });
const leaveButton = (page: Page) =>
  page.getByRole('button', { name: 'Leave wait list' });
const entries = (page: Page) =>
  waitListPanel(page).getByTestId('waitlist-entry');
const position = (page: Page) => page.getByTestId('waitlist-position');

/** The wait list in order, by name (staff also see move and remove icons). */
async function expectQueue(page: Page, names: string[]) {
  await expect(entries(page)).toHaveText(
    names.map((name, i) => new RegExp(`^${i + 1}${name}(?![\\w.-])`)),
  );
}

test('advance: joining an empty wait list plays your song for everyone', async ({
  server,
  crowd,
}) => {
  const host = await crowd.host();
  const dj = await crowd.join('dj');
  const song = await nextSong(dj, server);

  await expect(host.page.getByText('Nobody is playing')).toBeVisible();
  await joinButton(dj.page).click();

  for (const { page } of [host, dj]) {
    await expect(page.getByTestId('current-dj')).toHaveText(dj.username);
    await expect(page.getByTestId('media-title')).toHaveText(song.title);
    await expect(page.getByTestId('media-author')).toHaveText(song.author);
    await expect(page.getByText('Nobody is playing')).toHaveCount(0);
  }
  await expect(position(dj.page)).toHaveText('You are playing now');
  await expect(leaveButton(dj.page)).toBeVisible();
  // Nobody waits: the DJ went straight to the booth.
  await expect(entries(host.page)).toHaveCount(0);
  await expect(position(host.page)).toHaveText('Nobody is waiting');
});

test('djListUpdate: later joiners queue up and everyone sees the order', async ({
  crowd,
}) => {
  const host = await crowd.host();
  const first = await crowd.join('first');
  const second = await crowd.join('second');

  await joinButton(host.page).click();
  await expect(first.page.getByTestId('current-dj')).toHaveText('host');

  await joinButton(first.page).click();
  await expect(position(first.page)).toHaveText('You are #1 in the wait list');
  await expectQueue(second.page, [first.username]);

  await joinButton(second.page).click();
  await expect(position(second.page)).toHaveText('You are #2 in the wait list');
  await expect(position(first.page)).toHaveText('You are #1 in the wait list');
  for (const { page } of [host, first, second]) {
    await expectQueue(page, [first.username, second.username]);
  }
  await expect(position(host.page)).toHaveText('You are playing now');

  // The first in line leaves: the second moves up, for everyone.
  await leaveButton(first.page).click();
  await expect(position(second.page)).toHaveText('You are #1 in the wait list');
  await expectQueue(host.page, [second.username]);
  await expect(joinButton(first.page)).toBeVisible();
});

test('vote and grab: counts for the room, your own choice pressed', async ({
  crowd,
}) => {
  const host = await crowd.host();
  const fan = await crowd.join('fan');
  const critic = await crowd.join('critic');

  await joinButton(host.page).click();
  for (const { page } of [fan, critic]) {
    await expect(page.getByTestId('current-dj')).toHaveText('host');
  }

  const button = (page: Page, name: 'Woot' | 'Meh' | 'Grab') =>
    page.getByRole('button', { name, exact: true });
  const counts = (page: Page) =>
    Promise.all(
      ['woot-count', 'meh-count', 'grab-count'].map((id) =>
        page.getByTestId(id).textContent(),
      ),
    );

  await button(fan.page, 'Woot').click();
  await button(critic.page, 'Meh').click();
  for (const { page } of [host, fan, critic]) {
    await expect(page.getByTestId('woot-count')).toHaveText('1');
    await expect(page.getByTestId('meh-count')).toHaveText('1');
  }
  await expect(button(fan.page, 'Woot')).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(button(fan.page, 'Meh')).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await expect(button(critic.page, 'Meh')).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(button(host.page, 'Woot')).toHaveAttribute(
    'aria-pressed',
    'false',
  );

  // A later vote replaces the earlier one.
  await button(critic.page, 'Woot').click();
  for (const { page } of [host, fan, critic]) {
    await expect(page.getByTestId('woot-count')).toHaveText('2');
    await expect(page.getByTestId('meh-count')).toHaveText('0');
  }
  await expect(button(critic.page, 'Woot')).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(button(critic.page, 'Meh')).toHaveAttribute(
    'aria-pressed',
    'false',
  );

  await button(fan.page, 'Grab').click();
  for (const { page } of [host, fan, critic]) {
    await expect(page.getByTestId('grab-count')).toHaveText('1');
  }
  await expect(button(fan.page, 'Grab')).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(button(critic.page, 'Grab')).toHaveAttribute(
    'aria-pressed',
    'false',
  );

  // A second click on Grab changes nothing anywhere.
  await button(fan.page, 'Grab').click();
  await expect(button(fan.page, 'Grab')).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  expect(await counts(host.page)).toEqual(['2', '0', '1']);

  // Someone who comes in now gets the same counts from the room snapshot.
  const late = await crowd.join('late');
  await expect(late.page.getByTestId('woot-count')).toHaveText('2');
  await expect(late.page.getByTestId('meh-count')).toHaveText('0');
  await expect(late.page.getByTestId('grab-count')).toHaveText('1');
  await expect(button(late.page, 'Woot')).toHaveAttribute(
    'aria-pressed',
    'false',
  );
});

test('skip: the DJ skips their own play and the booth moves on', async ({
  server,
  crowd,
}) => {
  const host = await crowd.host();
  const dj = await crowd.join('dj');
  const next = await crowd.join('next');
  const nextSongOfNext = await nextSong(next, server);

  await joinButton(dj.page).click();
  await expect(host.page.getByTestId('current-dj')).toHaveText(dj.username);
  await joinButton(next.page).click();
  await expect(position(next.page)).toHaveText('You are #1 in the wait list');
  const skipped = await host.page.getByTestId('media-title').textContent();

  await restOk(dj.page, server, 'POST', 'booth/skip/me');

  for (const { page } of [host, dj, next]) {
    await expect(page.getByTestId('current-dj')).toHaveText(next.username);
    await expect(page.getByTestId('media-title')).toHaveText(
      nextSongOfNext.title,
    );
    await expect(page.getByTestId('last-play')).toContainText(
      `${skipped ?? ''} (${dj.username})`,
    );
    await expect(systemLines(page)).toContainText([
      `${dj.username} skipped their song`,
    ]);
  }
  // Cycling is on: the DJ who skipped is back at the end of the line.
  await expect(position(dj.page)).toHaveText('You are #1 in the wait list');
  await expect(position(next.page)).toHaveText('You are playing now');

  // Nobody but the DJ can skip this way.
  const notMine = await rest(host.page, server, 'POST', 'booth/skip/me');
  expect(notMine.status).toBe('requestError');
  await expect(host.page.getByTestId('current-dj')).toHaveText(next.username);
});

test('modSkip: a staff skip is announced and the next DJ plays', async ({
  crowd,
}) => {
  const host = await crowd.host();
  const dj = await crowd.join('dj');
  const next = await crowd.join('next');

  await joinButton(dj.page).click();
  await joinButton(next.page).click();
  await expect(host.page.getByTestId('current-dj')).toHaveText(dj.username);
  await expectQueue(host.page, [next.username]);

  await host.page.getByRole('button', { name: 'Skip', exact: true }).click();

  for (const { page } of [host, dj, next]) {
    await expect(systemLines(page)).toContainText(['host skipped']);
    await expect(page.getByTestId('current-dj')).toHaveText(next.username);
  }
  await expect(position(dj.page)).toHaveText('You are #1 in the wait list');
});

test('empty booth: the last DJ leaves and nobody is playing', async ({
  crowd,
}) => {
  const host = await crowd.host();
  const dj = await crowd.join('dj');

  await joinButton(dj.page).click();
  await expect(host.page.getByTestId('current-dj')).toHaveText(dj.username);
  const title = await host.page.getByTestId('media-title').textContent();

  await leaveButton(dj.page).click();

  for (const { page } of [host, dj]) {
    await expect(page.getByText('Nobody is playing')).toBeVisible();
    await expect(page.getByTestId('current-dj')).toHaveCount(0);
    await expect(page.getByTestId('last-play')).toContainText(
      `${title ?? ''} (${dj.username})`,
    );
  }
  await expect(joinButton(dj.page)).toBeEnabled();
  await expect(position(dj.page)).toHaveText('Nobody is waiting');
});

test('lock and cycle: the wait list state and who may join', async ({
  server,
  crowd,
}) => {
  const host = await crowd.host();
  const user = await crowd.join('plain');
  const waiting = await crowd.join('waiting');
  const panelTitle = (page: Page) =>
    waitListPanel(page).getByRole('heading', { level: 2 });

  await joinButton(host.page).click();
  await joinButton(waiting.page).click();
  await expectQueue(user.page, [waiting.username]);
  await expect(panelTitle(user.page)).toHaveText('Wait list');

  const controls = host.page.getByRole('toolbar', {
    name: 'Wait list controls',
  });
  const lock = controls.getByRole('button', { name: 'Lock wait list' });
  const cycle = controls.getByRole('button', { name: 'Cycle' });

  await test.step('lock: plain users cannot join', async () => {
    await expect(lock).toHaveAttribute('aria-pressed', 'false');
    await lock.click();
    await expect(lock).toHaveAttribute('aria-pressed', 'true');
    await expect(panelTitle(user.page)).toHaveText('Wait list (locked)');
    await expect(systemLines(user.page)).toContainText([
      'host locked the wait list',
    ]);
    await expect(joinButton(user.page)).toBeDisabled();
    // Those already waiting stay.
    await expectQueue(user.page, [waiting.username]);
    const refused = await rest(user.page, server, 'POST', 'booth');
    expect(refused.status).toBe('notAuthorized');
    await expectQueue(host.page, [waiting.username]);
  });

  await test.step('clear: the list empties, the lock stays', async () => {
    await controls.getByRole('button', { name: 'Clear' }).click();
    await controls.getByRole('button', { name: 'Confirm clear' }).click();
    await expect(systemLines(waiting.page)).toContainText([
      'host cleared and locked the wait list',
    ]);
    for (const { page } of [user, waiting]) {
      await expect(entries(page)).toHaveCount(0);
    }
    await expect(joinButton(waiting.page)).toBeDisabled();
    // The play on air is not touched.
    await expect(user.page.getByTestId('current-dj')).toHaveText('host');
  });

  await test.step('unlock: joining works again', async () => {
    await lock.click();
    await expect(panelTitle(user.page)).toHaveText('Wait list');
    await expect(systemLines(user.page)).toContainText([
      'host unlocked the wait list',
    ]);
    await joinButton(user.page).click();
    await expect(position(user.page)).toHaveText('You are #1 in the wait list');
  });

  await test.step('cycle off: shown, and the DJ is not put back', async () => {
    await expect(user.page.getByTestId('waitlist-cycle')).toHaveCount(0);
    await expect(cycle).toHaveAttribute('aria-pressed', 'true');
    await cycle.click();
    await expect(cycle).toHaveAttribute('aria-pressed', 'false');
    for (const { page } of [user, waiting]) {
      await expect(page.getByTestId('waitlist-cycle')).toHaveText('Cycle off');
      await expect(systemLines(page)).toContainText([
        'host turned wait-list cycling off',
      ]);
    }
    await restOk(host.page, server, 'POST', 'booth/skip/me');
    await expect(user.page.getByTestId('current-dj')).toHaveText(user.username);
    await expect(entries(waiting.page)).toHaveCount(0);
    await expect(joinButton(host.page)).toBeVisible();
  });

  await test.step('cycle on again, through the REST call', async () => {
    await restOk(host.page, server, 'PUT', 'booth/cycle', {
      shouldCycle: true,
    });
    await expect(waiting.page.getByTestId('waitlist-cycle')).toHaveCount(0);
    await expect(systemLines(waiting.page)).toContainText([
      'host turned wait-list cycling on',
    ]);
  });
});

test('staff add, move and remove DJs: lines and the list for everyone', async ({
  server,
  crowd,
}) => {
  const host = await crowd.host();
  const a = await crowd.join('anna');
  const b = await crowd.join('bert');
  const c = await crowd.join('cleo');

  await test.step('modAddDJ', async () => {
    // The first one, added from their card, plays at once: the booth was
    // empty. The others are added through the REST call.
    await usersPanel(host.page)
      .getByRole('button', { name: a.username, exact: true })
      .click();
    const card = host.page.getByRole('dialog', { name: a.username });
    await card.getByRole('button', { name: 'Add to wait list' }).click();
    await expect(card).toContainText('Playing now');
    await card.getByRole('button', { name: 'Close' }).click();
    await expect(c.page.getByTestId('current-dj')).toHaveText(a.username);
    await restOk(host.page, server, 'POST', 'booth/add', { id: b.id });
    await restOk(host.page, server, 'POST', 'booth/add', { id: c.id });
    for (const { page } of [a, b, c]) {
      await expect(systemLines(page)).toContainText([
        `host added ${a.username} to the wait list`,
        `host added ${b.username} to the wait list`,
        `host added ${c.username} to the wait list`,
      ]);
      await expectQueue(page, [b.username, c.username]);
    }
    await expect(position(c.page)).toHaveText('You are #2 in the wait list');
  });

  await test.step('modMoveDJ', async () => {
    await waitListPanel(host.page)
      .getByRole('button', { name: `Move ${c.username} up` })
      .click();
    for (const { page } of [a, b, c]) {
      await expect(systemLines(page)).toContainText([
        `host moved ${c.username} to position 1`,
      ]);
      await expectQueue(page, [c.username, b.username]);
    }
    await expect(position(c.page)).toHaveText('You are #1 in the wait list');
    await expect(position(b.page)).toHaveText('You are #2 in the wait list');
  });

  await test.step('modRemoveDJ from the wait list', async () => {
    await waitListPanel(host.page)
      .getByRole('button', { name: `Remove ${b.username} from wait list` })
      .click();
    for (const { page } of [a, b, c]) {
      await expect(systemLines(page)).toContainText([
        `host removed ${b.username} from the wait list`,
      ]);
      await expectQueue(page, [c.username]);
    }
    await expect(joinButton(b.page)).toBeVisible();
  });

  await test.step('modRemoveDJ from the booth', async () => {
    await restOk(host.page, server, 'DELETE', `booth/remove/${a.id}`);
    for (const { page } of [a, b, c]) {
      await expect(systemLines(page)).toContainText([
        `host removed ${a.username} from the booth`,
      ]);
      await expect(page.getByTestId('current-dj')).toHaveText(c.username);
      await expect(entries(page)).toHaveCount(0);
    }
    // Removed, not cycled: the DJ is out of the booth altogether.
    await expect(joinButton(a.page)).toBeVisible();
  });
});
