#!/usr/bin/env node
/**
 * Permalink length benchmark (run by `npm run bench`, or `node scripts/bench-links.mjs`).
 *
 * For seed 002's multi-stage example, seed 004's href-counter and every corpus Dockerfile, prints the
 * length of our share-link payload ("v1=…") next to lz-string's compressToEncodedURIComponent of
 * (a) the workspace as plain JSON (what a naive codec would put in the URL) and (b) the bare text
 * (the strongest lz-string baseline), plus our payload without the preset dictionary, to show its effect.
 * Then a summary, and the dictionary's effect on Dockerfiles it was not written from (BuildKit's tests).
 *
 * Usage: node scripts/bench-links.mjs   (figures only, no assertions: test/share/size-goals.test.ts asserts)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'fflate';
import LZString from 'lz-string';
import { tsImport } from 'tsx/esm/api';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = resolve(ROOT, '../shared/data');
const load = (path) => tsImport(pathToSpecifier(path), import.meta.url);
const pathToSpecifier = (path) => new URL(`file://${resolve(ROOT, path)}`).href;

const { encodeWorkspace } = await load('src/core/share/codec.ts');
const { toCompact } = await load('src/core/share/compact.ts');
const { singleFileWorkspace } = await load('src/core/share/workspace.ts');
const { SEED_002_MULTI_STAGE, SEED_004_HREF_COUNTER } = await load('test/share/fixtures.ts');

const LINK_GOAL = 2000;

/** Our payload with the same JSON, level and CRC, but no preset dictionary: the dictionary's effect. */
function withoutDictionary(ws) {
  const json = new TextEncoder().encode(JSON.stringify(toCompact(ws)));
  const frameBytes = deflateSync(json, { level: 9, mem: 4 }).length + 4;
  return 'v1='.length + Math.ceil((frameBytes * 4) / 3);
}

function measure(name, text) {
  const ws = singleFileWorkspace(text);
  const ours = encodeWorkspace(ws).length;
  return {
    name,
    lines: text.split('\n').length - (text.endsWith('\n') ? 1 : 0),
    bytes: new TextEncoder().encode(text).length,
    ours,
    noDict: withoutDictionary(ws),
    lzJson: LZString.compressToEncodedURIComponent(JSON.stringify(ws)).length,
    lzText: LZString.compressToEncodedURIComponent(text).length,
  };
}

function readDir(dir, filter) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter(filter).sort().map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const pct = (x) => `${(x * 100).toFixed(1)} %`;
const pad = (v, n, left = false) => (left ? String(v).padEnd(n) : String(v).padStart(n));

function printRows(rows) {
  const w = Math.min(60, Math.max(...rows.map((r) => r.name.length)));
  console.log(
    `${pad('example', w, true)} ${pad('lines', 5)} ${pad('bytes', 6)} ${pad('ours', 6)} ${pad('noDict', 6)} ${pad('lz(json)', 8)} ${pad('lz(text)', 8)} ${pad('ours/lzText', 11)}`,
  );
  for (const r of rows) {
    const name = r.name.length > w ? `…${r.name.slice(-(w - 1))}` : r.name;
    console.log(
      `${pad(name, w, true)} ${pad(r.lines, 5)} ${pad(r.bytes, 6)} ${pad(r.ours, 6)} ${pad(r.noDict, 6)} ${pad(r.lzJson, 8)} ${pad(r.lzText, 8)} ${pad((r.ours / r.lzText).toFixed(3), 11)}`,
    );
  }
}

function summarize(label, rows) {
  const n = rows.length;
  const maxRow = rows.reduce((a, r) => (r.ours > a.ours ? r : a));
  const typical = rows.filter((r) => r.lines >= 80 && r.lines <= 120);
  console.log(`\n${label}: ${n} files`);
  console.log(`  median ours/lz(text)   ${median(rows.map((r) => r.ours / r.lzText)).toFixed(3)}   (shorter than lz-string on ${rows.filter((r) => r.ours < r.lzText).length}/${n})`);
  console.log(`  median ours/lz(json)   ${median(rows.map((r) => r.ours / r.lzJson)).toFixed(3)}   (shorter on ${rows.filter((r) => r.ours < r.lzJson).length}/${n})`);
  console.log(`  max length             ${maxRow.ours}   (${maxRow.name}, ${maxRow.lines} lines)`);
  console.log(`  links <= ${LINK_GOAL}          ${rows.filter((r) => r.ours <= LINK_GOAL).length}/${n}`);
  if (typical.length > 0) {
    console.log(`  80-120-line files      ${typical.length}, max ${Math.max(...typical.map((r) => r.ours))}, median ${median(typical.map((r) => r.ours))}`);
  }
  console.log(`  dictionary effect      median ${pct(1 - median(rows.map((r) => r.ours / r.noDict)))} shorter, total ${pct(1 - sum(rows, 'ours') / sum(rows, 'noDict'))} shorter`);
}

const sum = (rows, key) => rows.reduce((a, r) => a + r[key], 0);

const seeds = [measure('seed 002 multi-stage', SEED_002_MULTI_STAGE), measure('seed 004 href-counter', SEED_004_HREF_COUNTER)];
const corpus = readDir(join(DATA, 'corpus'), (f) => f.endsWith('.Dockerfile')).map(({ name, text }) => measure(name.replace(/\.Dockerfile$/, ''), text));
const lint = readDir(join(DATA, 'buildkit/lint-cases'), (f) => f.endsWith('Dockerfile')).map(({ name, text }) => measure(name, text));
const parserDir = join(DATA, 'buildkit/parser-testfiles/testfiles');
const parser = existsSync(parserDir)
  ? readdirSync(parserDir).sort().filter((d) => existsSync(join(parserDir, d, 'Dockerfile'))).map((d) => measure(d, readFileSync(join(parserDir, d, 'Dockerfile'), 'utf8')))
  : [];

console.log('Share-link payload length in characters ("v1=…"; the full link adds the page URL and "#").\n');
printRows(seeds);
console.log('');
printRows(corpus);
summarize('Corpus (../shared/data/corpus)', corpus);
if (lint.length > 0) summarize('Held out: BuildKit lint cases (small files)', lint);
if (parser.length > 0) summarize('Held out: BuildKit parser test files', parser);
