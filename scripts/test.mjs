// `npm test`: type-check, lint, build, browser tests, Node tests — in that order, every step run and
// reported even when an earlier one failed, so one run shows every problem. The last line is the total
// over both test runners, `N passed, N failed` (plus `, N skipped`); a failed step that is not a test
// runner (type-check, lint, build) counts as one failure. Extra arguments go to Web Test Runner:
//   npm test -- --update-visual-baseline
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChrome } from './find-chrome.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const countsDir = join(root, '.tmp', 'test-counts');
const wtrArgs = process.argv.slice(2);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command, args, env = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
    shell: process.platform === 'win32',
  });
  if (result.error) console.error(result.error.message);
  return result.status ?? 1;
}

function readCounts(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function banner(title) {
  console.log(`\n━━ ${title} ${'━'.repeat(Math.max(0, 60 - title.length))}`);
}

/** A Chrome for the browser tests: the one found, or Debian's Chromium installed when we are root with apt. */
function ensureChrome() {
  const found = findChrome();
  if (found) return found;
  console.log(
    [
      'No Chrome or Chromium was found for the browser tests. Install one, or point CHROME_PATH at it:',
      '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
      '  macOS:          brew install --cask chromium',
      '  any system:     CHROME_PATH=/path/to/chrome npm test',
    ].join('\n'),
  );
  const canApt =
    process.platform === 'linux' &&
    process.getuid?.() === 0 &&
    existsSync('/etc/debian_version') &&
    spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!canApt) return undefined;
  console.log('Running as root on Debian/Ubuntu: installing chromium with apt-get…');
  // With recommended packages: they bring the fonts the visual baselines were drawn with.
  const status = run('sh', ['-c', 'apt-get update && apt-get install -y chromium'], {
    DEBIAN_FRONTEND: 'noninteractive',
  });
  return status === 0 ? findChrome() : undefined;
}

/** Found (or installed) before the browser tests; the Node tests drive the CDN build in it too. */
let chrome;

const steps = [
  { name: 'type-check', run: () => ({ status: run(npm, ['run', '--silent', 'typecheck']) }) },
  {
    name: 'lint',
    // `npm run lint` stops at ESLint's first failure; here both linters report.
    run: () => ({ status: Math.max(run(npm, ['run', '--silent', 'lint:eslint']), run(npm, ['run', '--silent', 'lint:templates'])) }),
  },
  { name: 'build', run: () => ({ status: run(npm, ['run', '--silent', 'build']) }) },
  {
    name: 'browser tests',
    run: () => {
      chrome = ensureChrome();
      if (!chrome) return { status: 1, note: 'no Chrome or Chromium (see above)' };
      const countsFile = join(countsDir, 'browser.json');
      const status = run(process.execPath, ['test/reporter/run-browser-tests.mjs', ...wtrArgs], {
        CHROME_PATH: chrome,
        WTR_COUNTS_FILE: countsFile,
      });
      return { status, counts: readCounts(countsFile) };
    },
  },
  {
    name: 'node tests',
    run: (previous) => {
      // They check the built files: after a failed build they would only repeat that failure.
      const build = previous.find((r) => r.name === 'build');
      if (build.status !== 0) {
        console.log('Not run: the build failed, and these tests check what it writes.');
        return { status: 1, note: 'not run: the build failed' };
      }
      const countsFile = join(countsDir, 'node.json');
      const status = run(process.execPath, [
        '--test',
        '--test-reporter=spec',
        '--test-reporter-destination=stdout',
        '--test-reporter=./test/reporter/node-count-reporter.mjs',
        `--test-reporter-destination=${countsFile}`,
        'test/node/',
      ], chrome ? { CHROME_PATH: chrome } : {});
      return { status, counts: readCounts(countsFile) };
    },
  },
];

rmSync(countsDir, { recursive: true, force: true });
const results = [];
for (const step of steps) {
  banner(step.name);
  const started = Date.now();
  const result = step.run(results);
  results.push({ name: step.name, seconds: (Date.now() - started) / 1000, ...result });
}

let passed = 0;
let failed = 0;
let skipped = 0;
banner('summary');
for (const r of results) {
  const ok = r.status === 0;
  let detail = r.note ?? '';
  if (r.counts) {
    passed += r.counts.passed;
    failed += r.counts.failed;
    skipped += r.counts.skipped;
    detail = `${r.counts.passed} passed, ${r.counts.failed} failed${r.counts.skipped ? `, ${r.counts.skipped} skipped` : ''}`;
    // A runner that failed without a failing test (it crashed, or found no test file) still failed.
    if (!ok && r.counts.failed === 0) failed += 1;
  } else if (!ok) {
    failed += 1;
  } else if (r.name.endsWith('tests')) {
    detail = 'passed (counts unavailable)';
  }
  const verdict = ok ? 'ok' : `FAILED (exit ${r.status})`;
  console.log(`${r.name.padEnd(14)} ${verdict.padEnd(16)} ${r.seconds.toFixed(1).padStart(6)} s  ${detail}`);
}
const exitCode = results.every((r) => r.status === 0) ? 0 : 1;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = exitCode;
