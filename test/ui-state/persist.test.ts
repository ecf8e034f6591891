/**
 * The autosave: what is read back is validated field by field, the old single-text key migrates,
 * and a save that does not fit never throws and never destroys the previous one. Named after the
 * stored values.
 */
import { describe, expect, it } from 'vitest';
import { MAX_FILES } from '../../src/core/share/workspace.ts';
import { ACTIVE_KEY, FILES_KEY, LEGACY_TEXT_KEY, loadFiles, loadOptions, parseFiles, save, serializeFiles } from '../../src/ui/state/persist.ts';
import { initialState } from '../../src/ui/state/reducer.ts';
import type { Options } from '../../src/ui/state/types.ts';

class FakeStorage {
  readonly map = new Map<string, string>();
  /** Writes to these keys throw, as a full quota does. */
  readonly full = new Set<string>();
  constructor(entries: Record<string, string> = {}) {
    for (const [k, v] of Object.entries(entries)) this.map.set(k, v);
  }
  getItem(k: string): string | null {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string): void {
    if (this.full.has(k)) throw new DOMException('quota', 'QuotaExceededError');
    this.map.set(k, v);
  }
  removeItem(k: string): void {
    this.map.delete(k);
  }
}

const OPTIONS: Options = { target: null, buildArgs: {}, direction: 'DOWN', theme: 'dark', language: 'zh', classic: false, minimap: true, focus: false, pipeline: false };
const files = (...pairs: [string, string][]) => pairs.map(([name, text]) => ({ name, text }));

describe('loadFiles', () => {
  const cases: [title: string, stored: Record<string, string>, expected: { files: { name: string; text: string }[]; active: number; lastDockerfile: string | null }][] = [
    ['(nothing stored)', {}, { files: files(['Dockerfile', '']), active: 0, lastDockerfile: null }],
    ['stagecraft.text "FROM a" (before multi-file workspaces)', { [LEGACY_TEXT_KEY]: 'FROM a\r\n' }, { files: files(['Dockerfile', 'FROM a\r\n']), active: 0, lastDockerfile: null }],
    ['stagecraft.text "" (an empty text is still the text)', { [LEGACY_TEXT_KEY]: '' }, { files: files(['Dockerfile', '']), active: 0, lastDockerfile: null }],
    [
      'stagecraft.files [Dockerfile, build.sh] + active build.sh, graph Dockerfile',
      { [FILES_KEY]: JSON.stringify(files(['Dockerfile', 'FROM a'], ['build.sh', 'docker build .'])), [ACTIVE_KEY]: '{"file":"build.sh","graph":"Dockerfile"}' },
      { files: files(['Dockerfile', 'FROM a'], ['build.sh', 'docker build .']), active: 1, lastDockerfile: 'Dockerfile' },
    ],
    [
      'stagecraft.files and an old stagecraft.text: the files win',
      { [FILES_KEY]: JSON.stringify(files(['a.Dockerfile', 'new'])), [LEGACY_TEXT_KEY]: 'old' },
      { files: files(['a.Dockerfile', 'new']), active: 0, lastDockerfile: null },
    ],
    ['stagecraft.files "not json" → the old text', { [FILES_KEY]: 'not json', [LEGACY_TEXT_KEY]: 'old' }, { files: files(['Dockerfile', 'old']), active: 0, lastDockerfile: null }],
    ['stagecraft.files {} (not a list)', { [FILES_KEY]: '{}' }, { files: files(['Dockerfile', '']), active: 0, lastDockerfile: null }],
    ['stagecraft.files [] (no file)', { [FILES_KEY]: '[]', [LEGACY_TEXT_KEY]: 'old' }, { files: files(['Dockerfile', 'old']), active: 0, lastDockerfile: null }],
    [
      'stagecraft.files [1, null, {text: 5}, {name: 5, text: "kept"}, {name: "a/b", text: "x"}, {name: "ok", text: "y"}, {name: "ok", text: "z"}]',
      { [FILES_KEY]: '[1,null,{"text":5},{"name":5,"text":"kept"},{"name":"a/b","text":"x"},{"name":"ok","text":"y"},{"name":"ok","text":"z"}]' },
      { files: files(['untitled', 'kept'], ['untitled-2', 'x'], ['ok', 'y'], ['untitled-3', 'z']), active: 0, lastDockerfile: null },
    ],
    [
      'stagecraft.active {"file": "gone.sh", "graph": 7}',
      { [FILES_KEY]: JSON.stringify(files(['Dockerfile', ''])), [ACTIVE_KEY]: '{"file":"gone.sh","graph":7}' },
      { files: files(['Dockerfile', '']), active: 0, lastDockerfile: null },
    ],
    ['stagecraft.active "garbage"', { [FILES_KEY]: JSON.stringify(files(['Dockerfile', ''])), [ACTIVE_KEY]: 'garbage' }, { files: files(['Dockerfile', '']), active: 0, lastDockerfile: null }],
  ];
  for (const [title, stored, expected] of cases) {
    it(title, () => expect(loadFiles(new FakeStorage(stored))).toEqual(expected));
  }

  it(`stagecraft.files with ${MAX_FILES + 5} files → the first ${MAX_FILES}`, () => {
    const many = Array.from({ length: MAX_FILES + 5 }, (_, i) => ({ name: `f${i}`, text: String(i) }));
    expect(loadFiles(new FakeStorage({ [FILES_KEY]: JSON.stringify(many) })).files).toHaveLength(MAX_FILES);
  });

  it('no storage at all (privacy mode) → one empty Dockerfile', () => {
    expect(loadFiles(null).files).toEqual(files(['Dockerfile', '']));
  });
});

describe('save', () => {
  const state = () => initialState({ files: files(['Dockerfile', 'FROM a\r\n'], ['build.sh', 'docker build .']), active: 1, lastDockerfile: 'Dockerfile' }, OPTIONS);

  it('saves every file, the active file and the options; loading gives them back', () => {
    const store = new FakeStorage({ [LEGACY_TEXT_KEY]: 'old' });
    expect(save(state(), store)).toBe(true);
    expect(loadFiles(store)).toEqual({ files: files(['Dockerfile', 'FROM a\r\n'], ['build.sh', 'docker build .']), active: 1, lastDockerfile: 'Dockerfile' });
    expect(loadOptions(store)).toEqual(OPTIONS);
    // Migrated: the old single text goes once the files are saved.
    expect(store.getItem(LEGACY_TEXT_KEY)).toBeNull();
  });

  it('too large (quota): returns false, does not throw, keeps the previous save and the old text', () => {
    const store = new FakeStorage({ [FILES_KEY]: serializeFiles(files(['Dockerfile', 'previous'])), [LEGACY_TEXT_KEY]: 'old' });
    store.full.add(FILES_KEY);
    expect(save(state(), store)).toBe(false);
    expect(parseFiles(store.getItem(FILES_KEY))).toEqual(files(['Dockerfile', 'previous']));
    expect(store.getItem(LEGACY_TEXT_KEY)).toBe('old');
  });

  it('a full quota for the options alone still saves the files', () => {
    const store = new FakeStorage();
    store.full.add('stagecraft.options');
    expect(save(state(), store)).toBe(true);
    expect(loadFiles(store).files).toHaveLength(2);
  });

  it('the same files serialise to the same string (the tab guard compares strings)', () => {
    const a = serializeFiles(state().files);
    const b = serializeFiles(state().files.map(({ name, text }) => ({ name, text })));
    expect(a).toBe(b);
    expect(a).not.toContain('"id"');
  });
});

describe('loadOptions: the view switches (focus mode, pipeline)', () => {
  const load = (stored: unknown) => loadOptions(new FakeStorage({ 'stagecraft.options': JSON.stringify(stored) }));
  it.each<[string, unknown, boolean, boolean]>([
    ['{} (saved before the switches existed) → both off', {}, false, false],
    ['{"focus":true,"pipeline":true} → both on', { focus: true, pipeline: true }, true, true],
    ['{"focus":true} → focus only', { focus: true }, true, false],
    ['{"focus":"yes","pipeline":1} → both off (only true counts)', { focus: 'yes', pipeline: 1 }, false, false],
  ])('%s', (_title, stored, focus, pipeline) => {
    const o = load(stored);
    expect([o.focus, o.pipeline]).toEqual([focus, pipeline]);
  });
  it('saved on, read back on', () => {
    const store = new FakeStorage();
    save({ ...initialState({ files: files(['Dockerfile', 'FROM a']), active: 0, lastDockerfile: null }, { ...OPTIONS, focus: true, pipeline: true }) }, store);
    expect(loadOptions(store)).toEqual({ ...OPTIONS, focus: true, pipeline: true });
  });
});
