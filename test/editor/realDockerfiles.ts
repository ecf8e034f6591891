/** Real Dockerfiles for whole-corpus checks of the editor features. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXAMPLES_DIR } from '../support/examples.ts';

/** The real Dockerfiles of ../shared/data/corpus (beside the checkout; CORPUS_DIR elsewhere), and the examples. */
const CORPUS = process.env.CORPUS_DIR ?? resolve(EXAMPLES_DIR, '../../shared/data/corpus');
export function realDockerfiles(): { name: string; text: string }[] {
  const corpus = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith('.Dockerfile')).map((f) => resolve(CORPUS, f)) : [];
  const examples = readdirSync(EXAMPLES_DIR, { recursive: true, encoding: 'utf8' })
    .filter((f) => /Dockerfile[^/]*$/.test(f))
    .map((f) => resolve(EXAMPLES_DIR, f));
  return [...corpus, ...examples].map((p) => ({ name: p, text: readFileSync(p, 'utf8') }));
}
