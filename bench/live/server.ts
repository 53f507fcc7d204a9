/**
 * The server under test, as a child process: `node --import tsx
 * server/main.ts` on 127.0.0.1 with its own database, so the bench can
 * read its memory and CPU from /proc and kill it like a crash would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitForReady } from '../../server/ready';

const START_TIMEOUT_MS = 30_000;
/** Kernel clock ticks per second; 100 on every Linux we run on. */
const TICKS_PER_SECOND = 100;

export class ServerChild {
  readonly dir = mkdtempSync(join(tmpdir(), 'wootroom-bench-'));
  readonly dbPath = join(this.dir, 'room.db');
  /** Warnings and errors the server logged, across restarts. */
  readonly problems: string[] = [];
  url = '';
  port = 0;
  private child: ChildProcess | null = null;

  get pid(): number {
    const pid = this.child?.pid;
    if (pid === undefined) throw new Error('[bench] the server is not running');
    return pid;
  }

  /** Starts the server; `port` 0 picks a free one, later starts reuse it. */
  async start(port = this.port): Promise<number> {
    const started = performance.now();
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '--import',
        './bench/live/probe.ts',
        'server/main.ts',
      ],
      {
        env: {
          ...process.env,
          PORT: String(port),
          HOST: '127.0.0.1',
          WOOTROOM_DB: this.dbPath,
          WOOTROOM_LOG_LEVEL: 'warn',
          WOOTROOM_HOST_EMAIL: 'host@bench.test',
          WOOTROOM_HOST_PASSWORD: 'bench-host-password',
        },
        stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      },
    );
    this.child = child;
    child.stderr?.on('data', (chunk: Buffer) => {
      this.problems.push(...String(chunk).split('\n').filter(Boolean));
    });

    const url = await waitForReady(child, START_TIMEOUT_MS);
    this.url = `${url}/`;
    this.port = Number(new URL(url).port);
    return performance.now() - started;
  }

  isRunning(): boolean {
    const child = this.child;
    return !!child && child.exitCode === null && child.signalCode === null;
  }

  /** Resident memory in MiB, from /proc/<pid>/status. */
  rssMiB(): number {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const kib = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? NaN);
    return kib / 1024;
  }

  /** User plus system CPU time so far, in ms, from /proc/<pid>/stat. */
  cpuMs(): number {
    const stat = readFileSync(`/proc/${this.pid}/stat`, 'utf8');
    // Fields after the command name, which may itself hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return (ticks * 1000) / TICKS_PER_SECOND;
  }

  /** V8 heap in use, in MiB, asked of the preloaded probe. */
  heapMiB(): Promise<number> {
    const child = this.child;
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(NaN), 2000);
      child?.once('message', (reply) => {
        clearTimeout(timer);
        resolve((reply as { heapUsed: number }).heapUsed / 2 ** 20);
      });
      child?.send('heap');
    });
  }

  /** Sends the signal and answers the exit code once the process is gone. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
    const child = this.child;
    if (!child || !this.isRunning()) return child?.exitCode ?? null;
    const gone = new Promise<number | null>((resolve) =>
      child.once('exit', (code) => resolve(code)),
    );
    child.kill(signal);
    const code = await withTimeout(gone, 10_000, 'the server did not stop');
    this.child = null;
    return code;
  }

  async dispose(): Promise<void> {
    await this.stop('SIGKILL');
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export function withTimeout<T>(
  promise: Promise<T>,
  ms: number,
  problem: string,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`[bench] ${problem}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
