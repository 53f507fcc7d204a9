import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServer, type TestServer } from '../test/harness';

describe('the built client', () => {
  let dist: string;
  let server: TestServer;
  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'wootroom-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(
      join(dist, 'index.html'),
      '<!doctype html><title>room</title>',
    );
    writeFileSync(join(dist, 'assets', 'app.js'), 'export {};');
    server = await testServer({ distDir: dist });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('serves files and falls back to index.html for client routes', async () => {
    const script = await fetch(`${server.url}assets/app.js`);
    expect(await script.text()).toBe('export {};');

    const page = await fetch(`${server.url}lobby`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>room</title>');
  });

  it('forbids other sites to frame the client', async () => {
    const page = await fetch(`${server.url}lobby`);
    expect(page.headers.get('content-security-policy')).toBe(
      "frame-ancestors 'none'",
    );
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('keeps /_/ routes out of the fallback', async () => {
    const response = await fetch(`${server.url}_/nothing-here`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ status: 'notFound' });
  });
});

describe('without a build', () => {
  it('says how to build the client', async () => {
    const server = await testServer();
    const response = await fetch(`${server.url}lobby`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('npm run build');
    await server.close();
  });
});
