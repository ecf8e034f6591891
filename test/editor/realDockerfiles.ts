/** Real Dockerfiles for whole-corpus checks of the editor features: ../shared/data/corpus and the examples. */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXAMPLES_DIR } from '../support/examples.ts';
import { sharedPath } from '../support/shared.ts';

export function realDockerfiles(): { name: string; text: string }[] {
  const corpusDir = sharedPath('corpus');
  const corpus = readdirSync(corpusDir).filter((f) => f.endsWith('.Dockerfile')).map((f) => resolve(corpusDir, f));
  const examples = readdirSync(EXAMPLES_DIR, { recursive: true, encoding: 'utf8' })
    .filter((f) => /Dockerfile[^/]*$/.test(f))
    .map((f) => resolve(EXAMPLES_DIR, f));
  return [...corpus, ...examples].map((p) => ({ name: p, text: readFileSync(p, 'utf8') }));
}
