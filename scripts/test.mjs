// `npm test`: every suite (unit + CLI with vitest, e2e with Playwright against the built site),
// each run even when an earlier one failed, then one plain totals line for CI readers.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { root } from './paths.mjs';

// Playwright empties test-results/ when it starts, so the totals live in reports/.
const results = path.join(root, 'reports');
fs.rmSync(results, { recursive: true, force: true });
fs.mkdirSync(results, { recursive: true });

const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env }).status ?? 1;
const npx = (args) => run('npx', ['--no-install', ...args]);

const steps = [
  ['build the CLI', () => run('node', ['scripts/build-cli.mjs'])],
  ['unit and CLI tests', () => npx(['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${path.join(results, 'unit.json')}`])],
  ['build the site', () => npx(['vite', 'build', '--logLevel', 'warn'])],
  ['e2e tests', () => npx(['playwright', 'test'])],
];

let failedSteps = 0;
for (const [name, step] of steps) {
  const status = step();
  if (status !== 0) {
    failedSteps++;
    console.error(`\n[test] ${name} exited with ${status}`);
  }
}

function vitestCounts(file) {
  if (!fs.existsSync(file)) return { passed: 0, failed: 0, skipped: 0 };
  const r = JSON.parse(fs.readFileSync(file, 'utf8'));
  // A test file that fails to load has no tests of its own: count it as one failure.
  const brokenFiles = (r.testResults ?? []).filter((t) => t.status === 'failed' && !(t.assertionResults ?? []).length).length;
  return { passed: r.numPassedTests ?? 0, failed: (r.numFailedTests ?? 0) + brokenFiles, skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0) };
}

function playwrightCounts(file) {
  if (!fs.existsSync(file)) return { passed: 0, failed: 0, skipped: 0 };
  const s = JSON.parse(fs.readFileSync(file, 'utf8')).stats ?? {};
  return { passed: (s.expected ?? 0) + (s.flaky ?? 0), failed: s.unexpected ?? 0, skipped: s.skipped ?? 0 };
}

const unit = vitestCounts(path.join(results, 'unit.json'));
const e2e = playwrightCounts(path.join(results, 'e2e.json'));
const passed = unit.passed + e2e.passed;
// A suite that could not run at all counts as one failure, so a broken build never reads as green.
const failed = unit.failed + e2e.failed + (failedSteps && unit.failed + e2e.failed === 0 ? failedSteps : 0);
const skipped = unit.skipped + e2e.skipped;
console.log(`\nunit+cli: ${unit.passed} passed, ${unit.failed} failed, ${unit.skipped} skipped; e2e: ${e2e.passed} passed, ${e2e.failed} failed, ${e2e.skipped} skipped`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failedSteps ? 1 : 0);
