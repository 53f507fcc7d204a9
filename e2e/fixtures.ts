import { execFile } from 'node:child_process';
import {
  test as base,
  expect,
  type Browser,
  type BrowserContext,
  type Page,
} from '@playwright/test';
import { startServer, type RunningServer } from './server';

export { expect };

export const test = base.extend<{ server: RunningServer; crowd: Crowd }>({
  // A fresh server and database for every test.
  // eslint-disable-next-line no-empty-pattern -- Playwright needs the pattern
  server: async ({}, use) => {
    const server = await startServer();
    await use(server);
    await server.stop();
  },
  // Browser contexts for the test's people, closed before the server stops.
  crowd: async ({ browser, server }, use) => {
    const crowd = new Crowd(browser, server);
    await use(crowd);
    await crowd.close();
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

/** One person in the room: their own browser context, page and account. */
export interface Member {
  context: BrowserContext;
  page: Page;
  id: number;
  username: string;
  email: string;
  password: string;
}

/** What a REST call answered: the HTTP status and plug's envelope. */
export interface RestAnswer {
  http: number;
  status: string;
  data: unknown[];
}

/**
 * A REST call made with the page's own session cookie, as the client would
 * make it (a staff member's action, a user's purchase).
 */
export async function rest(
  page: Page,
  server: RunningServer,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  data?: unknown,
): Promise<RestAnswer> {
  const response = await page.request.fetch(`${server.url}/_/${path}`, {
    method,
    ...(data === undefined ? {} : { data }),
  });
  const text = await response.text();
  let body: { status?: unknown; data?: unknown } = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    // Not an envelope: keep the HTTP status, report an empty body.
  }
  return {
    http: response.status(),
    status: typeof body.status === 'string' ? body.status : '',
    data: Array.isArray(body.data) ? body.data : [],
  };
}

/** A REST call that must succeed; fails the test with the answer if not. */
export async function restOk(
  page: Page,
  server: RunningServer,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  data?: unknown,
): Promise<unknown[]> {
  const answer = await rest(page, server, method, path, data);
  expect(answer, `${method} ${path}`).toMatchObject({ status: 'ok' });
  return answer.data;
}

export interface ArrivalOptions {
  /** Runs on the new page before it first loads (routes, a fake clock). */
  prepare?: (page: Page) => Promise<void>;
}

/** Creates and tears down the people of one test, after the server. */
export class Crowd {
  private readonly contexts: BrowserContext[] = [];

  constructor(
    private readonly browser: Browser,
    private readonly server: RunningServer,
  ) {}

  /** The room's host, logged in and in the lobby. */
  async host(options: ArrivalOptions = {}): Promise<Member> {
    const { page, context } = await this.open(options);
    await logIn(page, this.server, this.server.host);
    return this.member(context, page, { ...this.server.host });
  }

  /** A new account, signed up through the form and in the lobby. */
  async join(prefix = 'guest', options: ArrivalOptions = {}): Promise<Member> {
    const { page, context } = await this.open(options);
    const account = newAccount(prefix);
    await signUp(page, this.server, account);
    return this.member(context, page, account);
  }

  /** Another browser (a second device) logging in to an existing account. */
  async again(
    account: { email: string; password: string },
    options: ArrivalOptions = {},
  ): Promise<Member> {
    const { page, context } = await this.open(options);
    await logIn(page, this.server, account);
    return this.member(context, page, account);
  }

  async close(): Promise<void> {
    await Promise.all(this.contexts.map((context) => context.close()));
  }

  private async open({ prepare }: ArrivalOptions) {
    const context = await this.browser.newContext();
    this.contexts.push(context);
    const page = await context.newPage();
    await prepare?.(page);
    return { context, page };
  }

  private async member(
    context: BrowserContext,
    page: Page,
    account: { email: string; password: string },
  ): Promise<Member> {
    // In the room, with its snapshot loaded: events from now on reach them.
    await expect(page.getByTestId('connection-status')).toHaveText('Live');
    const [me] = await restOk(page, this.server, 'GET', 'users/me');
    const { id, username } = me as { id: number; username: string };
    const { email, password } = account;
    return { context, page, id, username, email, password };
  }
}

/** The outcome of one operator command. */
export interface AdminResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `npm run admin -- <args>` against this test's server, as an
 * operator would, through the admin socket beside its database.
 */
export function admin(
  server: RunningServer,
  ...args: string[]
): Promise<AdminResult> {
  return new Promise((resolve, reject) => {
    execFile(
      'npm',
      ['run', '--silent', 'admin', '--', ...args],
      {
        env: { ...process.env, WOOTROOM_DB: server.dbFile },
        timeout: 20_000,
      },
      (error, stdout, stderr) => {
        const code = error ? error.code : 0;
        if (typeof code !== 'number') return reject(error ?? new Error('?'));
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** An operator command that must succeed. */
export async function adminOk(server: RunningServer, ...args: string[]) {
  const result = await admin(server, ...args);
  expect(result, `npm run admin -- ${args.join(' ')}`).toMatchObject({
    code: 0,
  });
  return result.stdout;
}

/** The room's chat log, the system lines in it, the notices. */
export const chatLog = (page: Page) => page.getByRole('log', { name: 'Chat' });
export const systemLines = (page: Page) =>
  chatLog(page).getByTestId('chat-system');
export const notices = (page: Page) => page.getByTestId('notice');
export const usersPanel = (page: Page) =>
  page.getByRole('region', { name: 'Users' });
export const waitListPanel = (page: Page) =>
  page.getByRole('region', { name: 'Wait list' });
export const sessionEnded = (page: Page) => page.getByTestId('session-ended');
