/** The workspace's files in the core: kinds, which file the graph shows, names. Tables named after their input. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_FILES, MAX_NAME_LENGTH } from '../../src/core/share/workspace.ts';
import { fileKind, freeName, graphFileIndex, nameError, repairFiles } from '../../src/core/workspace/index.ts';

const named = (...names: string[]) => names.map((name) => ({ name }));

describe('fileKind', () => {
  const cases: [name: string, kind: 'script' | 'dockerfile'][] = [
    ['build.sh', 'script'],
    ['release.sh', 'script'],
    ['BUILD.SH', 'script'],
    ['.sh', 'script'],
    ['Dockerfile', 'dockerfile'],
    ['Dockerfile.build', 'dockerfile'],
    ['app.Dockerfile', 'dockerfile'],
    ['build.sh.bak', 'dockerfile'],
    ['shell', 'dockerfile'],
    ['notes.txt', 'dockerfile'],
  ];
  for (const [name, kind] of cases) it(`${name} → ${kind}`, () => expect(fileKind(name)).toBe(kind));
});

describe('graphFileIndex (first match wins)', () => {
  const cases: [title: string, files: string[], active: number, last: string | null, expected: number | null][] = [
    ['1. active Dockerfile.build (even with a Dockerfile beside it)', ['Dockerfile.build', 'Dockerfile', 'build.sh'], 0, 'Dockerfile', 0],
    ['1. active app.Dockerfile', ['Dockerfile', 'app.Dockerfile'], 1, null, 1],
    ['2. active build.sh, last Dockerfile.build', ['Dockerfile.build', 'Dockerfile', 'build.sh'], 2, 'Dockerfile.build', 0],
    ['2. active build.sh, last names a file that is gone → 3.', ['Dockerfile.build', 'Dockerfile', 'build.sh'], 2, 'old.Dockerfile', 1],
    ['2. active build.sh, last names a script → 3.', ['Dockerfile.build', 'Dockerfile', 'build.sh', 'x.sh'], 2, 'x.sh', 1],
    ['3. active build.sh, no last → Dockerfile', ['Dockerfile.build', 'Dockerfile', 'build.sh'], 2, null, 1],
    ['4. active build.sh, no `Dockerfile` → the first Dockerfile', ['build.sh', 'b.Dockerfile', 'a.Dockerfile'], 0, null, 1],
    ['5. only scripts → none', ['build.sh', 'test.sh'], 1, 'Dockerfile', null],
    ['active out of range → as if a script were active', ['a.Dockerfile', 'Dockerfile'], 9, null, 1],
  ];
  for (const [title, files, active, last, expected] of cases) {
    it(title, () => expect(graphFileIndex(named(...files), active, last)).toBe(expected));
  }

  it('always names a Dockerfile when there is one, and only then', () => {
    const name = fc.constantFrom('Dockerfile', 'Dockerfile.build', 'a.Dockerfile', 'build.sh', 'x.sh');
    fc.assert(
      fc.property(fc.uniqueArray(name, { minLength: 1 }), fc.nat(6), fc.option(name), (files, active, last) => {
        const i = graphFileIndex(named(...files), active, last);
        const any = files.some((f) => fileKind(f) === 'dockerfile');
        expect(i !== null).toBe(any);
        if (i !== null) expect(fileKind(files[i]!)).toBe('dockerfile');
      }),
    );
  });
});

describe('nameError', () => {
  const files = named('Dockerfile', 'build.sh');
  const cases: [title: string, name: string, index: number | null, kind: string | null][] = [
    ['new "Dockerfile.build"', 'Dockerfile.build', null, null],
    ['new "Dockerfile" (taken)', 'Dockerfile', null, 'duplicate'],
    ['new "dockerfile" (names are case-sensitive)', 'dockerfile', null, null],
    ['new "" ', '', null, 'invalid:empty'],
    ['new "a/b"', 'a/b', null, 'invalid:separator'],
    ['new "a\\\\b"', 'a\\b', null, 'invalid:separator'],
    ['new ".."', '..', null, 'invalid:dotName'],
    ['new "a\\nb"', 'a\nb', null, 'invalid:control'],
    ['new "evil\\u202Eelif"', 'evil\u202Eelif', null, 'invalid:bidi'],
    ['new 256 characters', 'x'.repeat(MAX_NAME_LENGTH + 1), null, 'invalid:tooLong'],
    ['new "with space.sh" (spaces are fine)', 'with space.sh', null, null],
    ['rename build.sh to "build.sh" (itself)', 'build.sh', 1, null],
    ['rename build.sh to "Dockerfile"', 'Dockerfile', 1, 'duplicate'],
  ];
  for (const [title, name, index, kind] of cases) {
    it(title, () => {
      const e = nameError(files, name, index);
      expect(e === null ? null : e.kind === 'invalid' ? `invalid:${e.issue.kind}` : e.kind).toBe(kind);
    });
  }
  it(`new file when ${MAX_FILES} are open → tooMany (renames still allowed)`, () => {
    const full = Array.from({ length: MAX_FILES }, (_, i) => ({ name: `f${i}` }));
    expect(nameError(full, 'new', null)).toEqual({ kind: 'tooMany', max: MAX_FILES });
    expect(nameError(full, 'renamed', 3)).toBeNull();
  });
});

describe('freeName', () => {
  const cases: [title: string, taken: string[], wanted: string, expected: string][] = [
    ['free "Dockerfile.multistage"', ['Dockerfile'], 'Dockerfile.multistage', 'Dockerfile.multistage'],
    ['taken "Dockerfile.multistage"', ['Dockerfile.multistage'], 'Dockerfile.multistage', 'Dockerfile.multistage-2'],
    ['taken "build.sh" keeps .sh', ['build.sh'], 'build.sh', 'build-2.sh'],
    ['taken "app.Dockerfile" keeps .Dockerfile', ['app.Dockerfile'], 'app.Dockerfile', 'app-2.Dockerfile'],
    ['taken "Dockerfile" and "Dockerfile-2"', ['Dockerfile', 'Dockerfile-2'], 'Dockerfile', 'Dockerfile-3'],
    ['taken 255-character name stays within the limit', ['y'.repeat(MAX_NAME_LENGTH)], 'y'.repeat(MAX_NAME_LENGTH), `${'y'.repeat(MAX_NAME_LENGTH - 2)}-2`],
  ];
  for (const [title, taken, wanted, expected] of cases) {
    it(title, () => {
      const name = freeName(named(...taken), wanted);
      expect(name).toBe(expected);
      expect(nameError(named(...taken), name, null)).toBeNull();
    });
  }
});

describe('repairFiles', () => {
  const cases: [title: string, input: { name: string; text: string }[], expected: { name: string; text: string }[]][] = [
    ['nothing → one empty Dockerfile', [], [{ name: 'Dockerfile', text: '' }]],
    ['good names stay', [{ name: 'Dockerfile', text: 'a' }, { name: 'build.sh', text: 'b' }], [{ name: 'Dockerfile', text: 'a' }, { name: 'build.sh', text: 'b' }]],
    ['a repeated name → untitled, text kept', [{ name: 'Dockerfile', text: 'a' }, { name: 'Dockerfile', text: 'b' }], [{ name: 'Dockerfile', text: 'a' }, { name: 'untitled', text: 'b' }]],
    ['bad names → untitled, untitled-2', [{ name: 'a/b', text: 'a' }, { name: '', text: 'b' }], [{ name: 'untitled', text: 'a' }, { name: 'untitled-2', text: 'b' }]],
  ];
  for (const [title, input, expected] of cases) it(title, () => expect(repairFiles(input)).toEqual(expected));
  it(`${MAX_FILES + 10} files → the first ${MAX_FILES}`, () => {
    const many = Array.from({ length: MAX_FILES + 10 }, (_, i) => ({ name: `f${i}`, text: `${i}` }));
    expect(repairFiles(many).map((f) => f.name)).toEqual(many.slice(0, MAX_FILES).map((f) => f.name));
  });
});
