/**
 * The page bundles src/ui/editor/language/lspTypes.ts in place of vscode-languageserver-types
 * (vite.config.ts). Every name a file of the language service's packages takes from the package
 * must be there with the package's own value: constants equal, constructors giving equal literals.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as real from 'vscode-languageserver-types';
import { describe, expect, it } from 'vitest';
import * as shim from '../../src/ui/editor/language/lspTypes.ts';

const PACKAGES = ['dockerfile-language-service', 'dockerfile-ast', 'dockerfile-utils'];

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : jsFiles(path);
    return name.endsWith('.js') ? [path] : [];
  });
}

/** `Namespace.member` (or a bare `Namespace`) for every use through a require of the package. */
function usedNames(): Set<string> {
  const used = new Set<string>();
  for (const pkg of PACKAGES) {
    for (const file of jsFiles(join('node_modules', pkg, 'lib'))) {
      const text = readFileSync(file, 'utf8');
      const bindings = [...text.matchAll(/(?:var|const|let)\s+(\w+)\s*=\s*require\("vscode-languageserver-types"\)/g)].map((m) => m[1]!);
      // Any other way of taking the package (destructuring, a re-export) would escape the scan below.
      expect(text.match(/require\("vscode-languageserver-types"\)/g)?.length ?? 0, file).toBe(bindings.length);
      for (const b of bindings) {
        for (const m of text.matchAll(new RegExp(`\\b${b}\\.(\\w+)(?:\\.(\\w+))?`, 'g'))) used.add(m[2] === undefined ? m[1]! : `${m[1]}.${m[2]}`);
      }
    }
  }
  return used;
}

const get = (o: object, path: string): unknown => path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], o);

describe('lspTypes stands in for vscode-languageserver-types', () => {
  const used = [...usedNames()].sort();

  it('finds the names the service uses (the scan itself works)', () => {
    expect(used).toContain('Range.create');
    expect(used).toContain('CompletionItemKind.Keyword');
  });

  it.each(used)('%s', (name) => {
    const want = get(real, name);
    const got = get(shim, name);
    expect(got, name).toBeDefined();
    if (typeof want !== 'function') expect(got).toEqual(want);
  });

  it('the constructors give the package literals', () => {
    const p = real.Position.create(1, 2);
    const r = real.Range.create(1, 2, 3, 4);
    expect(shim.Position.create(1, 2)).toEqual(p);
    expect(shim.Position.create(Number.MAX_VALUE, Number.MAX_VALUE)).toEqual(real.Position.create(Number.MAX_VALUE, Number.MAX_VALUE));
    expect(shim.Range.create(1, 2, 3, 4)).toEqual(r);
    expect(shim.Range.create(p, p)).toEqual(real.Range.create(p, p));
    expect(() => shim.Range.create(-1, 0, 0, 0)).toThrow('Range#create called with invalid arguments[-1, 0, 0, 0]');
    expect(() => real.Range.create(-1, 0, 0, 0)).toThrow('Range#create called with invalid arguments[-1, 0, 0, 0]');
    expect(shim.Location.create('file:///a', r)).toEqual(real.Location.create('file:///a', r));
    expect(shim.TextEdit.replace(r, 'x')).toEqual(real.TextEdit.replace(r, 'x'));
    expect(shim.TextEdit.insert(p, 'x')).toEqual(real.TextEdit.insert(p, 'x'));
    expect(shim.TextEdit.del(r)).toEqual(real.TextEdit.del(r));
    expect(shim.DocumentHighlight.create(r)).toEqual(real.DocumentHighlight.create(r));
    expect(shim.DocumentHighlight.create(r, 2)).toEqual(real.DocumentHighlight.create(r, 2));
    expect(shim.FoldingRange.create(1, 5)).toEqual(real.FoldingRange.create(1, 5));
    expect(shim.FoldingRange.create(1, 5, 0, 3, 'comment', 'x')).toEqual(real.FoldingRange.create(1, 5, 0, 3, 'comment', 'x'));
  });
});
