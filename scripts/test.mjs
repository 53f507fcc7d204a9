// The one test command: finds a Chromium for the end-to-end suite, then runs
// the type check, lint, unit tests, a production build and the e2e suite.
// Playwright cannot download its own browsers everywhere, so on a Debian
// machine without one we install Debian's `chromium` package instead.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = [
  process.env.WOOTROOM_CHROMIUM,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
].filter(Boolean);

function say(line) {
  process.stderr.write(`\n[test] ${line}\n`);
}

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

function findChromium() {
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;

  const isRoot = process.getuid?.() === 0;
  if (has('apt-get') && (isRoot || has('sudo'))) {
    say('no Chromium found: installing the Debian package');
    const sudo = isRoot ? [] : ['sudo'];
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const apt = (args) =>
      execFileSync(sudo[0] ?? 'apt-get', [...sudo.slice(1), ...args], {
        stdio: 'inherit',
        env,
      });
    apt(isRoot ? ['update'] : ['apt-get', 'update']);
    apt(
      isRoot
        ? ['install', '-y', 'chromium']
        : ['apt-get', 'install', '-y', 'chromium'],
    );
    return CANDIDATES.find((path) => existsSync(path));
  }

  say('no Chromium found: using Playwright’s own download');
  run('npx', ['playwright', 'install', 'chromium']);
  return undefined;
}

function run(command, args, env = process.env) {
  say(`${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    say(`failed: ${command} ${args.join(' ')}`);
    process.exit(result.status ?? 1);
  }
}

const chromium = findChromium();
const env = chromium
  ? { ...process.env, WOOTROOM_CHROMIUM: chromium }
  : process.env;

run('npx', ['tsc', '-p', 'tsconfig.json']);
run('npx', ['tsc', '-p', 'tsconfig.node.json']);
run('npx', ['eslint', '--max-warnings', '0', '.']);
run('npx', ['prettier', '--check', '.']);
run('npx', ['vitest', 'run']);
run('npx', ['vite', 'build', '--logLevel', 'warn']);
run('npx', ['playwright', 'test'], env);
say('all checks passed');
