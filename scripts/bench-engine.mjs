#!/usr/bin/env node
// Engine benchmark: Stagecraft's whole analysis vs dockerfile-ast's bare parse of
// the same text, for the corpus and generated 10/100/1,000/2,000/20,000-stage files, and 20,000
// stages that each ask for a "did you mean" (FROM alpine: is it a typo of a stage name?).
// Prints figures only; goals are read by people, never asserted.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { DockerfileParser } from 'dockerfile-ast';
import { time } from './bench-time.mjs';

const root = resolve(import.meta.dirname, '..');
// Measure the engine as it ships: bundled into one ES module (as Vite bundles it for the page),
// not through tsx's on-the-fly transform, whose export getters cost more than the engine itself.
const out = mkdtempSync(resolve(tmpdir(), 'stagecraft-bench-'));
await build({
  entryPoints: { engine: resolve(root, 'src/core/analyze/analyze.ts'), generate: resolve(root, 'test/support/generate.ts'), checks: resolve(root, 'src/core/checks/index.ts') },
  bundle: true, format: 'esm', platform: 'neutral', outdir: out, logLevel: 'error',
  // The checks' .dockerignore matcher is a CommonJS package that requires Node's path (the page aliases it).
  mainFields: ['module', 'main'], alias: { path: 'path-browserify' },
});
const { analyze } = await import(pathToFileURL(resolve(out, 'engine.js')).href);
const { generateDockerfile } = await import(pathToFileURL(resolve(out, 'generate.js')).href);
const { runChecksBoth } = await import(pathToFileURL(resolve(out, 'checks.js')).href);


const pad = (s, n) => String(s).padStart(n);
function row(label, text, runs, withBare = true) {
  const engine = time(() => analyze(text), runs);
  // dockerfile-ast's parse grows quadratically with the stages: past 2,000 it is not run.
  const bare = withBare ? time(() => DockerfileParser.parse(text), runs) : NaN;
  console.log(`${label.padEnd(28)} ${pad(text.length, 9)} ${pad(engine.toFixed(2), 10)} ${pad(bare.toFixed(2), 12)} ${pad((engine / bare).toFixed(2), 7)}`);
  return { engine, bare };
}

console.log('Engine benchmark (median ms; Node', process.version + ')');
console.log(`${'input'.padEnd(28)} ${pad('chars', 9)} ${pad('stagecraft', 10)} ${pad('dockerfile-ast', 12)} ${pad('ratio', 7)}`);
const corpusDir = resolve(root, '../shared/data/corpus');
let e = 0, b = 0, chars = 0;
const files = readdirSync(corpusDir).filter((f) => f.endsWith('.Dockerfile'));
for (const f of files) {
  const text = readFileSync(resolve(corpusDir, f), 'utf8');
  chars += text.length;
  const engine = time(() => analyze(text), 20);
  const bare = time(() => DockerfileParser.parse(text), 20);
  e += engine;
  b += bare;
}
console.log(`${`corpus (${files.length} files, sum)`.padEnd(28)} ${pad(chars, 9)} ${pad(e.toFixed(2), 10)} ${pad(b.toFixed(2), 12)} ${pad((e / b).toFixed(2), 7)}`);
for (const n of [10, 100, 1000, 2000]) row(`generated ${n} stages`, generateDockerfile(n), n >= 1000 ? 7 : 21);
row('generated 20000 stages', generateDockerfile(20_000), 1, false);
const suggestHeavy = `${Array.from({ length: 20_000 }, (_, i) => `FROM alpine AS s${i}\nRUN true`).join('\n')}\n`;
row('20000 stages FROM alpine', suggestHeavy, 1, false);
console.log('Goals: analysis <= 1.5x the bare parse; 1,000 stages analyzed in < 150 ms.');

// Build checks (src/core/checks) on top of an analysis, both modes as the page runs them (runChecksBoth),
// next to the bare analysis of the same text.
function checksCost(text, runs) {
  const analysis = analyze(text);
  const bare = time(() => analyze(text), runs);
  const checks = time(() => runChecksBoth(text, analysis), runs);
  return { bare, checks };
}
console.log('');
console.log('Build checks (median ms): analysis alone vs the checks in both modes on top of it');
console.log(`${'input'.padEnd(28)} ${pad('analysis', 10)} ${pad('checks x2', 10)} ${pad('total/analysis', 15)}`);
let ca = 0, cc = 0;
for (const f of files) {
  const r = checksCost(readFileSync(resolve(corpusDir, f), 'utf8'), 20);
  ca += r.bare;
  cc += r.checks;
}
const checksRow = (label, a, c) => console.log(`${label.padEnd(28)} ${pad(a.toFixed(2), 10)} ${pad(c.toFixed(2), 10)} ${pad(((a + c) / a).toFixed(2), 15)}`);
checksRow(`corpus (${files.length} files, sum)`, ca, cc);
for (const n of [1000]) {
  const r = checksCost(generateDockerfile(n), 7);
  checksRow(`generated ${n} stages`, r.bare, r.checks);
}
console.log('Goal: analysis + checks < 2x the analysis alone.');
