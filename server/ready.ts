/**
 * The line `npm start` prints once it listens, and how a parent process
 * (the e2e suite, the benchmarks) waits for it. The URL is the one thing a
 * parent needs when it started the server on port 0.
 */
import type { ChildProcess } from 'node:child_process';

export const READY_PREFIX = 'Wootroom is running at';
const READY = new RegExp(`${READY_PREFIX} (http://\\S+?)/?$`, 'm');

export function readyLine(url: string): string {
  return `${READY_PREFIX} ${url}`;
}

/** Resolves the server's URL (no trailing slash), or rejects with its output. */
export function waitForReady(
  child: ChildProcess,
  timeoutMs: number,
): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => settle(`did not start in ${timeoutMs} ms`),
      timeoutMs,
    );

    function settle(problem: string | null, url = '') {
      clearTimeout(timer);
      child.stdout?.off('data', onOutput);
      child.stderr?.off('data', onError);
      child.off('exit', onExit);
      // Keep draining, so a chatty server never blocks on a full pipe.
      child.stdout?.resume();
      child.stderr?.resume();
      if (problem) reject(new Error(`room server ${problem}:\n${output}`));
      else resolve(url);
    }

    const onOutput = (chunk: Buffer) => {
      output += String(chunk);
      const url = READY.exec(output)?.[1];
      if (url) settle(null, url);
    };
    const onError = (chunk: Buffer) => (output += String(chunk));
    const onExit = (code: number | null) => settle(`exited with ${code}`);

    child.stdout?.on('data', onOutput);
    child.stderr?.on('data', onError);
    child.once('exit', onExit);
  });
}
