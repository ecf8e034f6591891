/**
 * The core stays pure: no file under src/core imports React, React Flow, Monaco,
 * the UI or the CLI, or touches the DOM. (The page and the CLI are shells over it.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/shared.ts';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const FORBIDDEN_IMPORT = /from\s+['"](react|react-dom|preact(?:\/[^'"]+)?|@xyflow\/[^'"]+|monaco-editor[^'"]*|@monaco-editor\/[^'"]+|node:[^'"]+|\.\.\/(?:\.\.\/)*(?:ui|cli)\/[^'"]*)['"]/;
const DOM_GLOBAL = /\b(?:document|window|localStorage|navigator)\s*\./;

describe('architecture', () => {
  const core = files(join(REPO_ROOT, 'src/core'));
  it('src/core has files to check', () => expect(core.length).toBeGreaterThan(40));
  for (const f of core) {
    it(relative(REPO_ROOT, f), () => {
      const text = readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(text).not.toMatch(FORBIDDEN_IMPORT);
      expect(text).not.toMatch(DOM_GLOBAL);
    });
  }
});
