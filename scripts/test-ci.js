#!/usr/bin/env node
// Runs the whole Jest suite (the README's `npm test`) with JSON results and prints, as the very
// last line, `tests: N passed, N failed` for CI. Exits non-zero when anything failed or nothing ran.
const { spawnSync } = require('node:child_process');
const { mkdtempSync, readFileSync, existsSync } = require('node:fs');
const { join } = require('node:path');
const { tmpdir } = require('node:os');

const out = join(mkdtempSync(join(tmpdir(), 'fitscout-jest-')), 'results.json');
const run = spawnSync(
  'npx',
  ['jest', '--runInBand', '--json', `--outputFile=${out}`, ...process.argv.slice(2)],
  {
    stdio: 'inherit',
  },
);
if (!existsSync(out)) {
  console.log('tests: 0 passed, 1 failed');
  process.exit(run.status || 1);
}
const results = JSON.parse(readFileSync(out, 'utf8'));
const passed = results.numPassedTests;
// A suite that fails to load has no failed tests but is a failure all the same.
const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 || run.status !== 0 ? 1 : 0);
