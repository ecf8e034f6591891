#!/usr/bin/env node
// `npm run bench`: every benchmark, one after the other. Figures only, no assertions.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const benches = ['scripts/bench-cli.mjs', 'scripts/bench-engine.mjs', 'scripts/bench-schedule.mjs', 'scripts/bench-links.mjs', 'scripts/bench-elk.mjs', 'scripts/bench-browser.mjs'];
let status = 0;
for (const b of benches) {
  if (!existsSync(b)) continue;
  console.log(`\n### ${b}`);
  const r = spawnSync(process.execPath, [b], { stdio: 'inherit' });
  if (r.status !== 0) status = r.status ?? 1;
}
process.exit(status);
