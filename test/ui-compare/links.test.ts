/** What lights up for a hovered line: every link it is in, both sides; nothing for an unlinked line. */
import { describe, expect, it } from 'vitest';
import type { Link } from '../../src/core/builder/index.ts';
import { counterparts, fileKey, indexLinks, lightUp } from '../../src/ui/compare/model.ts';

const links: Link[] = [
  { kind: 'extract', multistage: [{ file: 'Dockerfile', line: 8 }], builderPattern: [{ file: 'build.sh', line: 7 }, { file: 'Dockerfile', line: 3 }] },
  { kind: 'container', multistage: [{ file: 'Dockerfile', line: 8 }], builderPattern: [{ file: 'build.sh', line: 6 }, { file: './build.sh', line: 8 }] },
  { kind: 'line', multistage: [{ file: 'Dockerfile', line: 2 }], builderPattern: [{ file: 'Dockerfile.builder', line: 2 }] },
];
const index = indexLinks(links);
const lines = (m: ReadonlyMap<number, string> | undefined) => [...(m ?? new Map())].sort(([a], [b]) => a - b);

describe('lightUp', () => {
  it('a docker cp line: the COPY --from across, the plain COPY on its own side', () => {
    const lit = lightUp(index, { side: 'builderPattern', path: 'build.sh', line: 7 })!;
    expect(lines(lit.byFile.get(fileKey('builderPattern', 'build.sh')))).toEqual([[7, 'origin']]);
    expect(lines(lit.byFile.get(fileKey('builderPattern', 'Dockerfile')))).toEqual([[3, 'linked']]);
    expect(lines(lit.byFile.get(fileKey('multistage', 'Dockerfile')))).toEqual([[8, 'linked']]);
    expect(lit.kinds).toEqual(['extract']);
    expect(lit.across).toEqual([{ side: 'multistage', path: 'Dockerfile', line: 8 }]);
  });

  it('a COPY --from line: every link it is in (extract and container), paths normalized', () => {
    const lit = lightUp(index, { side: 'multistage', path: 'Dockerfile', line: 8 })!;
    expect(lines(lit.byFile.get(fileKey('builderPattern', 'build.sh')))).toEqual([[6, 'linked'], [7, 'linked'], [8, 'linked']]);
    expect(lit.kinds).toEqual(['extract', 'container']);
    expect(lit.across.map((r) => `${r.path}:${r.line}`)).toEqual(['Dockerfile:3', 'build.sh:6', 'build.sh:7', 'build.sh:8']);
  });

  it('the same file name on both sides stays apart', () => {
    const lit = lightUp(index, { side: 'builderPattern', path: 'Dockerfile', line: 3 })!;
    expect(lines(lit.byFile.get(fileKey('multistage', 'Dockerfile')))).toEqual([[8, 'linked']]);
    expect(lightUp(index, { side: 'multistage', path: 'Dockerfile', line: 3 })).toBeNull();
  });

  it('an unlinked line lights nothing and has no counterpart', () => {
    expect(lightUp(index, { side: 'multistage', path: 'Dockerfile', line: 1 })).toBeNull();
    expect(counterparts(index, { side: 'multistage', path: 'Dockerfile', line: 1 })).toEqual([]);
    expect(counterparts(index, { side: 'multistage', path: 'Dockerfile', line: 2 })).toEqual([{ side: 'builderPattern', path: 'Dockerfile.builder', line: 2 }]);
  });
});
