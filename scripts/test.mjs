// The one test command: finds a Chromium for the end-to-end suite, then runs
// the type check, lint, unit tests, a production build and the e2e suite.
// Playwright cannot download its own browsers everywhere, so on a Debian
// machine without one we install Debian's `chromium` package instead.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

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

const UNIT_REPORT = 'test-results/unit.json';
const E2E_REPORT = 'test-results/e2e.json';
rmSync('test-results', { recursive: true, force: true });

run('npx', ['tsc', '-p', 'tsconfig.json']);
run('npx', ['tsc', '-p', 'tsconfig.node.json']);
run('npx', ['eslint', '--max-warnings', '0', '.']);
run('npx', ['prettier', '--check', '.']);
run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${UNIT_REPORT}`,
]);
run('npx', ['vite', 'build', '--logLevel', 'warn']);
run('npx', ['playwright', 'test'], { ...env, WOOTROOM_E2E_REPORT: E2E_REPORT });

// One closing line for the whole run, counted from both runners' reports.
const unit = JSON.parse(readFileSync(UNIT_REPORT, 'utf8'));
const e2e = JSON.parse(readFileSync(E2E_REPORT, 'utf8')).stats;
const passed = unit.numPassedTests + e2e.expected;
const failed = unit.numFailedTests + e2e.unexpected + e2e.flaky;
const skipped = unit.numPendingTests + unit.numTodoTests + e2e.skipped;
say('all checks passed');
process.stdout.write(
  `tests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`,
);
