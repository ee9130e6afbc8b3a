/**
 * `npm test`: unit tests, then the built extension end to end in Chromium and
 * the Firefox build in Firefox. Ends with one plain line, "tests: N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findChromium, whyNoChromium } from './chromium';
import { findFirefox, NO_FIREFOX_MESSAGE } from './firefox';

if (!findChromium()) {
  console.error(whyNoChromium());
  process.exit(1);
}
if (!findFirefox()) {
  console.error(NO_FIREFOX_MESSAGE);
  process.exit(1);
}

const reports = resolve('test-results');
mkdirSync(reports, { recursive: true });

function run(cmd: string, args: string[]): number {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  return r.status ?? 1;
}

function vitest(name: string, args: string[]): { passed: number; failed: number; code: number } {
  const out = resolve(reports, `${name}.json`);
  const code = run('npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  try {
    const r = JSON.parse(readFileSync(out, 'utf8')) as { numPassedTests: number; numFailedTests: number };
    return { passed: r.numPassedTests, failed: r.numFailedTests, code };
  } catch {
    return { passed: 0, failed: 1, code: code || 1 };
  }
}

const buildCode =
  run('npx', ['wxt', 'build']) ||
  run('npx', ['wxt', 'build', '--mode', 'activetab']) ||
  run('npx', ['wxt', 'build', '--mode', 'everysite']) ||
  run('npx', ['wxt', 'build', '-b', 'firefox']);
if (buildCode !== 0) {
  console.error('The extension did not build; end-to-end tests need it.');
  process.exit(buildCode);
}
const unit = vitest('unit', []);
const e2e = vitest('e2e', ['--config', 'vitest.e2e.config.ts']);
const passed = unit.passed + e2e.passed;
const failed = unit.failed + e2e.failed;
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(unit.code || e2e.code || (failed > 0 ? 1 : 0));
