/**
 * Naming files in a workspace: whether a new or changed name is acceptable (the codec's name rules
 * from ../share/names.ts, uniqueness, MAX_FILES), and a free name when a wanted one is taken.
 * Errors are data so the page can say what is wrong in the person's language.
 */
import { fileNameIssue, type NameIssue } from '../share/names.ts';
import { DEFAULT_FILE_NAME, MAX_FILES, MAX_NAME_LENGTH } from '../share/workspace.ts';
import type { WorkspaceFile } from './files.ts';

export type FileNameError =
  /** The name breaks a rule every shared name follows (see ../share/names.ts). */
  | { readonly kind: 'invalid'; readonly issue: NameIssue }
  /** Another file already has this name (names are compared exactly: `Dockerfile` ≠ `dockerfile`). */
  | { readonly kind: 'duplicate'; readonly name: string }
  /** The workspace already holds MAX_FILES files. */
  | { readonly kind: 'tooMany'; readonly max: number }
  /** The name holds invisible characters (zero-width, format controls) that make it look like another: `shown` makes them visible. */
  | { readonly kind: 'lookalike'; readonly shown: string };

type Named = readonly Pick<WorkspaceFile, 'name'>[];

/** Why `name` cannot be given to the file at `index` (or to a new file when `index` is null). */
export function nameError(files: Named, name: string, index: number | null): FileNameError | null {
  if (index === null && files.length >= MAX_FILES) return { kind: 'tooMany', max: MAX_FILES };
  const issue = fileNameIssue(name);
  if (issue !== null) return { kind: 'invalid', issue };
  if (hasInvisible(name)) return { kind: 'lookalike', shown: visibleName(name) };
  if (files.some((f, i) => i !== index && f.name === name)) return { kind: 'duplicate', name };
  return null;
}

// Characters that display as nothing (format controls such as zero-width spaces and joiners, the
// byte-order mark, bidi controls; Hangul fillers and the combining grapheme joiner): a name holding
// one can look exactly like another name.
const INVISIBLE = /[\p{Cf}\u034F\u115F\u1160\u3164\uFFA0]/u;
const INVISIBLE_ALL = /[\p{Cf}\u034F\u115F\u1160\u3164\uFFA0]/gu;

/** Whether a name holds a character that displays as nothing. */
export const hasInvisible = (name: string): boolean => INVISIBLE.test(name);

/** The name with every invisible character shown as `⟨U+200B⟩`, so two lookalikes read differently. */
export function visibleName(name: string): string {
  return name.replace(INVISIBLE_ALL, (c) => `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`);
}

// The extensions that decide a file's kind or reading, kept last when a number is added.
const KEPT_EXTENSION = /^(.+?)(\.(?:sh|dockerfile))$/iu;

/** Cuts to at most `max` code points (never through a surrogate pair). */
const cut = (s: string, max: number): string => [...s].slice(0, max).join('');

/**
 * `wanted` when no file has that name, else the first free `wanted-2`, `wanted-3`, … with the number
 * before a `.sh` or `.Dockerfile` extension (`build-2.sh`, so the copy is still a script).
 * `wanted` must itself be a valid name.
 */
export function freeName(files: Named, wanted: string): string {
  const taken = new Set(files.map((f) => f.name));
  if (!taken.has(wanted)) return wanted;
  const m = KEPT_EXTENSION.exec(wanted);
  const [stem, ext] = m ? [m[1] ?? wanted, m[2] ?? ''] : [wanted, ''];
  for (let n = 2; ; n++) {
    const suffix = `-${n}${ext}`;
    const name = `${cut(stem, MAX_NAME_LENGTH - [...suffix].length)}${suffix}`;
    if (!taken.has(name)) return name;
  }
}

/** The name a file with an unusable name gets back (`untitled`, `untitled-2`, …). */
export const UNTITLED = 'untitled';

/**
 * Files read from somewhere that should have kept the rules (the autosave, a caller's list), made to
 * keep them without losing text: at most MAX_FILES (the first ones), a bad or repeated name replaced
 * by a free `untitled…` name, and one empty `Dockerfile` when there is nothing at all.
 */
export function repairFiles(files: readonly WorkspaceFile[]): WorkspaceFile[] {
  const out: WorkspaceFile[] = [];
  for (const f of files.slice(0, MAX_FILES)) {
    const ok = fileNameIssue(f.name) === null && !out.some((o) => o.name === f.name);
    out.push(ok ? { name: f.name, text: f.text } : { name: freeName(out, UNTITLED), text: f.text });
  }
  return out.length > 0 ? out : [{ name: DEFAULT_FILE_NAME, text: '' }];
}
