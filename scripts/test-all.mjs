#!/usr/bin/env node
// `npm test`: every suite, one summary line.
// Runs the type-check, the unit/property tests (vitest) and the browser tests
// (Playwright against the production build), then prints the plain line CI reads:
// "N passed, N failed" summed over all suites. Fails when anything failed or no test ran.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = 'test-results';
mkdirSync(results, { recursive: true });
let passed = 0;
let failed = 0;
const problems = [];

function run(label, cmd, args) {
  console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  return r.status ?? 1;
}

// 1. Types: one check that counts as one test.
if (run('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']) === 0) passed++;
else { failed++; problems.push('typecheck failed'); }

// 2. Unit and property tests.
const vitestJson = `${results}/vitest.json`;
rmSync(vitestJson, { force: true });
const vStatus = run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${vitestJson}`]);
if (existsSync(vitestJson)) {
  const v = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += v.numPassedTests ?? 0;
  failed += v.numFailedTests ?? 0;
  // A file that fails to load has no test results of its own: count it as one failure.
  const broken = (v.testResults ?? []).filter((f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0).length;
  if (broken > 0) { failed += broken; problems.push(`${broken} test file(s) failed to run`); }
} else { failed++; problems.push('vitest wrote no report'); }
if (vStatus !== 0 && failed === 0) { failed++; problems.push(`vitest exited ${vStatus}`); }

// 3. Browser tests (Playwright drives Debian's Chromium; it never downloads a browser).
const hasE2E = existsSync('e2e') && spawnSync('sh', ['-c', 'ls e2e/*.spec.ts >/dev/null 2>&1']).status === 0;
if (hasE2E) {
  if (!existsSync('/usr/bin/chromium')) {
    failed++;
    problems.push('browser tests need /usr/bin/chromium: apt-get install -y chromium (.ci/run does this)');
  } else {
    const e2eJson = `${results}/e2e.json`;
    rmSync(e2eJson, { force: true });
    const pStatus = run('browser tests', 'npx', ['playwright', 'test']);
    if (existsSync(e2eJson)) {
      const s = JSON.parse(readFileSync(e2eJson, 'utf8')).stats ?? {};
      passed += (s.expected ?? 0) + (s.flaky ?? 0);
      failed += s.unexpected ?? 0;
      if ((s.unexpected ?? 0) === 0 && pStatus !== 0) { failed++; problems.push(`playwright exited ${pStatus}`); }
    } else { failed++; problems.push('playwright wrote no report'); }
  }
}

if (passed + failed === 0) problems.push('no test ran');
for (const p of problems) console.log(`problem: ${p}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
