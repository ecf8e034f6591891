/**
 * The 89 real-world Dockerfiles of ../shared/data/corpus: each analyzes
 * without an exception, its stage and COPY --from counts match SOURCES.tsv, and its whole graph matches a golden JSON
 * (test/golden/corpus/*.json; regenerate with UPDATE_GOLDEN=1 and review the diff).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze/analyze.ts';
import { formatJson } from '../../src/core/format/json.ts';
import { REPO_ROOT, readShared } from '../support/shared.ts';

interface Row { filename: string; from_count: string; copy_from_count: string; notes: string }

function readSources(): Row[] {
  const [head, ...lines] = readShared('corpus', 'SOURCES.tsv').trimEnd().split('\n');
  const cols = (head ?? '').split('\t');
  return lines.map((l) => Object.fromEntries(l.split('\t').map((v, i) => [cols[i] ?? `c${i}`, v])) as unknown as Row);
}

const GOLDEN_DIR = resolve(REPO_ROOT, 'test/golden/corpus');
const update = process.env.UPDATE_GOLDEN === '1';

describe('corpus', () => {
  for (const row of readSources()) {
    it(row.filename, () => {
      const text = readShared('corpus', row.filename);
      const a = analyze(text);
      expect(a.stages.length).toBe(Number(row.from_count));
      const copies = a.edges.filter((e) => e.kind === 'copy').length;
      expect(copies).toBe(Number(row.copy_from_count));
      const json = formatJson(a);
      const golden = resolve(GOLDEN_DIR, row.filename.replace(/\.Dockerfile$/, '.json'));
      if (update) {
        mkdirSync(GOLDEN_DIR, { recursive: true });
        writeFileSync(golden, json);
      }
      expect(existsSync(golden), `missing golden ${golden}: run UPDATE_GOLDEN=1 npx vitest run test/analyze and review it`).toBe(true);
      expect(json).toBe(readFileSync(golden, 'utf8'));
    });
  }
});
