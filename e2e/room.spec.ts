import { expect, logIn, newAccount, sendChat, signUp, test } from './fixtures';

test('a new user and the host chat, vote, moderate and skip together', async ({
  browser,
  server,
}) => {
  const hostContext = await browser.newContext();
  const userContext = await browser.newContext();
  const host = await hostContext.newPage();
  const user = await userContext.newPage();
  const account = newAccount('listener');

  await logIn(host, server, server.host);
  await signUp(user, server, account);

  const hostChat = host.getByRole('log', { name: 'Chat' });
  const userChat = user.getByRole('log', { name: 'Chat' });

  await test.step('the user chats and the host sees it', async () => {
    await sendChat(user, 'hello <b>room</b> & all');
    await expect(hostChat).toContainText('hello <b>room</b> & all');
    await expect(hostChat).toContainText(account.username);
  });

  await test.step('the host and the user queue up to DJ', async () => {
    await host.getByRole('button', { name: 'Join wait list' }).click();
    await expect(host.getByTestId('current-dj')).toHaveText('host');
    await expect(user.getByTestId('current-dj')).toHaveText('host');
    await expect(host.getByRole('button', { name: 'Woot' })).toBeDisabled();

    await user.getByRole('button', { name: 'Join wait list' }).click();
    await expect(user.getByText('You are #1 in the wait list')).toBeVisible();
    await expect(host.getByRole('region', { name: 'Wait list' })).toContainText(
      account.username,
    );
  });

  await test.step('the user woots and both see the count', async () => {
    await expect(host.getByTestId('woot-count')).toHaveText('0');
    await user.getByRole('button', { name: 'Woot' }).click();

    await expect(user.getByTestId('woot-count')).toHaveText('1');
    await expect(host.getByTestId('woot-count')).toHaveText('1');
    await expect(user.getByRole('button', { name: 'Woot' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  await test.step('the host deletes the message for everyone', async () => {
    await host
      .getByRole('button', { name: `Delete message from ${account.username}` })
      .click();
    await expect(userChat).not.toContainText('hello <b>room</b> & all');
    await expect(hostChat).not.toContainText('hello <b>room</b> & all');
  });

  await test.step('the host skips and the booth advances for both', async () => {
    await host.getByRole('button', { name: 'Skip' }).click();

    await expect(user.getByTestId('current-dj')).toHaveText(account.username);
    await expect(host.getByTestId('current-dj')).toHaveText(account.username);
    await expect(host.getByTestId('woot-count')).toHaveText('0');
  });

  await hostContext.close();
  await userContext.close();
});

test('a plain user sees no staff controls', async ({ browser, server }) => {
  const page = await (await browser.newContext()).newPage();
  const account = newAccount('plain');

  await signUp(page, server, account);
  await sendChat(page, 'just me');

  await expect(page.getByRole('log', { name: 'Chat' })).toContainText(
    'just me',
  );
  await expect(
    page.getByRole('button', { name: /^Delete message/ }),
  ).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Skip' })).toHaveCount(0);
});
