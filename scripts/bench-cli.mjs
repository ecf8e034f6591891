#!/usr/bin/env node
// CLI start-up benchmark: CPU time (user + system, summed over the child processes, from
// bash's `times`) of the built `stagecraft` on a 9-line file and on moby/moby's 59-stage
// Dockerfile, next to a bare `node -e 0` measured in the same run, and once the old path
// (TypeScript through tsx at every start, bin/stagecraft.mjs) for the record.
// Prints figures only; the goals (<= 1.5x and <= 2x the bare start) are read by people.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildCli } from './build-cli.mjs';

const root = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'stagecraft-bench-cli-'));
const cli = await buildCli(join(dir, 'dist'));
const small = join(dir, 'Dockerfile');
writeFileSync(small, 'FROM golang:1.13 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\n\nFROM alpine:3.20\nCOPY --from=build /app /app\nUSER nobody\nENTRYPOINT ["/app"]\n');
const moby = resolve(root, 'src/ui/examples/corpus/moby__moby__Dockerfile.Dockerfile');
const q = (s) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Mean CPU ms per run of `cmd` over `runs` runs. */
function cpu(cmd, runs) {
  const script = `for i in $(seq ${runs}); do ${cmd} >/dev/null 2>&1; done; times`;
  const r = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
  const lines = r.stdout.trim().split('\n');
  const secs = (lines[1] ?? '').match(/(\d+)m([\d.]+)s/g)?.map((t) => { const [, m, s] = t.match(/(\d+)m([\d.]+)s/); return Number(m) * 60 + Number(s); }) ?? [NaN];
  return ((secs[0] + secs[1]) * 1000) / runs;
}

const node = q(process.execPath);
const runs = Number(process.env.BENCH_RUNS ?? 20);
console.log(`CLI start-up (mean CPU ms per run, user+sys, ${runs} runs; Node ${process.version})`);
const bare = cpu(`${node} -e 0`, runs);
const rows = [
  ['node -e 0', bare],
  ['stagecraft 9-line file', cpu(`${node} ${q(cli)} ${q(small)}`, runs)],
  ['stagecraft moby/moby (59 stages)', cpu(`${node} ${q(cli)} ${q(moby)}`, runs)],
  ['stagecraft --format markdown moby', cpu(`${node} ${q(cli)} ${q(moby)} --format markdown`, runs)],
  ['old path: tsx, 9-line file', cpu(`${node} ${q(resolve(root, 'bin/stagecraft.mjs'))} ${q(small)}`, Math.max(3, Math.round(runs / 5)))],
];
for (const [label, ms] of rows) console.log(`${label.padEnd(36)} ${ms.toFixed(1).padStart(8)} ms ${(ms / bare).toFixed(2).padStart(6)}x`);
console.log('Goals: a small file <= 1.5x node -e 0; moby/moby <= 2x.');
