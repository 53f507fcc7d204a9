import { expect, logIn, newAccount, test } from './fixtures';
import { miniplugFor } from './miniplug';

test('a third-party plug.dj client logs in, joins, chats and is seen', async ({
  browser,
  server,
}) => {
  const account = newAccount('bot');
  const signup = await fetch(`${server.url}/_/users/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(account),
  });
  expect(signup.status).toBe(200);

  const page = await (await browser.newContext()).newPage();
  await logIn(page, server, server.host);
  const chat = page.getByRole('log', { name: 'Chat' });

  const mp = miniplugFor(server);
  const acked = new Promise<void>((resolve) =>
    mp.on('connected', () => resolve()),
  );
  await mp.connect({ email: account.email, password: account.password });
  await acked;
  expect(mp.me()?.username).toBe(account.username);

  const room = await mp.join('lobby');
  expect(room.slug).toBe('lobby');
  await expect(page.getByRole('region', { name: 'Users' })).toContainText(
    account.username,
  );

  const echo = await mp.chat('beep boop, I am a <robot> & friendly');
  expect(echo.message).toBe('beep boop, I am a <robot> & friendly');
  await expect(chat).toContainText('beep boop, I am a <robot> & friendly');
  await expect(chat).toContainText(account.username);

  mp.ws.close();
});
