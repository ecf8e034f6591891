#!/usr/bin/env node
// Schedule + cache what-if benchmark, next to the analysis they start from: moby/moby's Dockerfile
// and the 1,000-stage generated file the browser benchmarks type. Figures only, no assertions.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { generated } from './bench-generated.mjs';
import { time } from './bench-time.mjs';

const root = resolve(import.meta.dirname, '..');
// Bundled, as the page ships it (see bench-engine.mjs; `path` → path-browserify, as Vite aliases it).
const out = mkdtempSync(resolve(tmpdir(), 'stagecraft-bench-schedule-'));
await build({
  entryPoints: { engine: resolve(root, 'src/core/analyze/analyze.ts'), schedule: resolve(root, 'src/core/schedule/index.ts') },
  bundle: true, format: 'esm', platform: 'neutral', mainFields: ['module', 'main'], alias: { path: 'path-browserify' }, outdir: out, logLevel: 'error',
});
const { analyze } = await import(pathToFileURL(resolve(out, 'engine.js')).href);
const { schedule, cacheWhatIf, buildkitProgress } = await import(pathToFileURL(resolve(out, 'schedule.js')).href);


const pad = (s, n) => String(s).padStart(n);
console.log('Schedule benchmark (median ms; Node', process.version + ')');
console.log(`${'input'.padEnd(24)} ${pad('steps', 6)} ${pad('analyze', 8)} ${pad('buildkit', 9)} ${pad('classic', 8)} ${pad('cache', 7)} ${pad('log', 7)}`);
const inputs = [
  ['moby/moby', readFileSync(resolve(root, 'src/ui/examples/corpus/moby__moby__Dockerfile.Dockerfile'), 'utf8'), 30],
  ['generated 1,000 stages', generated(1000), 9],
];
for (const [label, text, runs] of inputs) {
  const a = analyze(text);
  const bk = schedule(a, 'buildkit');
  const query = { changedPaths: ['src/app.js', 'hack/'], changedArgs: ['BASE', 'GO_VERSION'] };
  const tAnalyze = time(() => analyze(text), runs);
  const tBk = time(() => schedule(a, 'buildkit'), runs);
  const tClassic = time(() => schedule(a, 'classic'), runs);
  const tCache = time(() => cacheWhatIf(a, bk, query), runs);
  const tLog = time(() => buildkitProgress(a, bk), runs);
  console.log(`${label.padEnd(24)} ${pad(bk.steps.length, 6)} ${pad(tAnalyze.toFixed(2), 8)} ${pad(tBk.toFixed(2), 9)} ${pad(tClassic.toFixed(2), 8)} ${pad(tCache.toFixed(2), 7)} ${pad(tLog.toFixed(2), 7)}`);
}
console.log('Goal: schedule + cache well under the analysis time (the page recomputes them on every edit).');
