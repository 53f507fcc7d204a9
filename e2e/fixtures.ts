import { test as base, expect, type Page } from '@playwright/test';
import { startServer, type RunningServer } from './server';

export { expect };

export const test = base.extend<{ server: RunningServer }>({
  // A fresh server and database for every test.
  // eslint-disable-next-line no-empty-pattern -- Playwright needs the pattern
  server: async ({}, use) => {
    const server = await startServer();
    await use(server);
    await server.stop();
  },
});

let counter = 0;

/** A new account's details, unique within the run. */
export function newAccount(prefix = 'guest') {
  counter += 1;
  const tag = `${Date.now().toString(36)}${counter}`;
  return {
    email: `${prefix}-${tag}@wootroom.test`,
    username: `${prefix}_${tag}`.slice(0, 24),
    password: `pw-${tag}-long-enough`,
  };
}

export async function logIn(
  page: Page,
  server: RunningServer,
  account: { email: string; password: string },
) {
  await page.goto(`${server.url}/lobby`);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('log', { name: 'Chat' })).toBeVisible();
}

export async function signUp(
  page: Page,
  server: RunningServer,
  account: { email: string; username: string; password: string },
) {
  await page.goto(`${server.url}/lobby`);
  await page.getByRole('button', { name: 'Create an account' }).click();
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Username').fill(account.username);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign up' }).click();
  await expect(page.getByRole('log', { name: 'Chat' })).toBeVisible();
}

export async function sendChat(page: Page, text: string) {
  await page.getByRole('textbox', { name: 'Chat message' }).fill(text);
  await page.getByRole('textbox', { name: 'Chat message' }).press('Enter');
}
