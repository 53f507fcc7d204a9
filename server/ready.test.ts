import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readyLine, waitForReady } from './ready';

const child = (script: string) =>
  spawn(process.execPath, ['-e', script], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });

describe('waitForReady', () => {
  it('answers the URL the ready line names, without its slash', async () => {
    const line = readyLine('http://127.0.0.1:4321/');
    const server = child(
      `console.log('migrating'); console.log(${JSON.stringify(line)});` +
        'setTimeout(() => {}, 5000);',
    );
    await expect(waitForReady(server, 5000)).resolves.toBe(
      'http://127.0.0.1:4321',
    );
    server.kill();
  });

  it('fails with the output when the server exits first', async () => {
    const server = child(`console.error('port taken'); process.exit(1);`);
    await expect(waitForReady(server, 5000)).rejects.toThrow(
      /exited with 1:\nport taken/,
    );
  });

  it('gives up after the time allowed', async () => {
    const server = child('setTimeout(() => {}, 5000);');
    await expect(waitForReady(server, 200)).rejects.toThrow(
      'did not start in 200 ms',
    );
    server.kill();
  });
});
