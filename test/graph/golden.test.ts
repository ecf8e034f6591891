/** Golden graphs: the seed examples, through the real engine, into graph models. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze/analyze.ts';
import { buildGraph } from '../../src/core/graph/build.ts';
import { SEED_EXAMPLES } from '../../src/ui/examples/seeds.ts';
import { readExample } from '../support/examples.ts';

const dir = resolve(import.meta.dirname, 'golden');

/** A compact, reviewable summary: nodes and merged edges with their lines. */
function summary(text: string) {
  const g = buildGraph(analyze(text));
  return {
    target: g.target,
    nodes: g.nodes.map((n) => (n.kind === 'stage' ? `${n.id} ${n.label}${n.reachable ? '' : ' (unbuilt)'}` : n.id)),
    edges: g.edges.map((e) => `${e.kind} ${e.source} -> ${e.target} x${e.count} @${e.items.map((i) => i.line).join(',')}`),
  };
}

describe('golden graphs of the tutorial examples', () => {
  for (const seed of SEED_EXAMPLES) {
    if (seed.kind !== 'file') continue; // the builder-pattern folders have no single graph
    it(seed.id, () => {
      const file = resolve(dir, `${seed.id}.json`);
      const actual = summary(readExample(seed.path));
      if (!existsSync(file) || process.env.UPDATE_GOLDEN) {
        mkdirSync(dir, { recursive: true });
        writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
      }
      expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    });
  }
});
