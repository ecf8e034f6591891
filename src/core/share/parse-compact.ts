/**
 * Reads the v1 compact form (see ./compact.ts) from untrusted, already-parsed JSON.
 * Structure only: each field's JSON type and shape. Semantic rules (ranges, names, uniqueness) are
 * ./validate.ts's job, run on the result.
 *
 * Unknown keys are REJECTED, not dropped: a v1 link carrying a key this reader does not know was made by
 * something else (or tampered with), and silently ignoring state would restore a different workspace.
 */
import { readExercise } from '../exercise/compact.ts';
import { COMPACT_KEYS } from './compact.ts';
import { describeType, isArray, isRecord, isString, ownKeys } from './guards.ts';
import {
  DEFAULT_FILE_NAME,
  LAYOUT_DIRECTIONS,
  MAX_BUILD_ARGS,
  MAX_BUILD_CONTEXTS,
  MAX_FILES,
  VIEW_MODES,
  WORKSPACE_DEFAULTS,
  type Workspace,
  type WorkspaceFile,
} from './workspace.ts';

export type ParseResult = { ok: true; workspace: Workspace } | { ok: false; problems: string[] };

/** A hostile link could hold thousands of bad keys; the report keeps the first few and a count. */
const MAX_REPORTED = 20;

/** Collects problems while fields are read, so one pass reports all of them. */
class Problems {
  private readonly kept: string[] = [];
  private count = 0;
  add(problem: string): undefined {
    if (this.count++ < MAX_REPORTED) this.kept.push(problem);
    return undefined;
  }
  get list(): string[] {
    const more = this.count - this.kept.length;
    return more > 0 ? [...this.kept, `and ${more} more problems`] : this.kept;
  }
}

function readFile(entry: unknown, i: number, p: Problems): WorkspaceFile | undefined {
  if (isString(entry)) return { name: DEFAULT_FILE_NAME, text: entry };
  if (isArray(entry) && entry.length === 2) {
    const [name, text] = entry;
    if (isString(name) && isString(text)) return { name, text };
  }
  return p.add(`f[${i}]: expected a string or a [name, text] pair of strings, got ${describeType(entry)}`);
}

function readFiles(value: unknown, p: Problems): WorkspaceFile[] {
  if (!isArray(value)) return p.add(`f: expected an array of files, got ${describeType(value)}`) ?? [];
  // Checked before looking at entries, so a link with a million files costs one comparison.
  if (value.length > MAX_FILES) return p.add(`f: ${value.length} files, at most ${MAX_FILES} allowed`) ?? [];
  const files: WorkspaceFile[] = [];
  value.forEach((entry, i) => {
    const file = readFile(entry, i, p);
    if (file) files.push(file);
  });
  return files;
}

function readBuildArgs(value: unknown, p: Problems, key0 = 'b', max = MAX_BUILD_ARGS): Record<string, string> {
  if (value === undefined) return {};
  if (!isRecord(value)) return p.add(`${key0}: expected an object, got ${describeType(value)}`) ?? {};
  const keys = ownKeys(value);
  if (keys.length > max) return p.add(`${key0}: ${keys.length} entries, at most ${max} allowed`) ?? {};
  const entries: [string, string][] = [];
  for (const key of keys) {
    const arg = value[key];
    if (isString(arg)) entries.push([key, arg]);
    else p.add(`${key0}.${JSON.stringify(key)}: expected a string, got ${describeType(arg)}`);
  }
  // fromEntries defines own properties: a "__proto__" key stays data (validate.ts then rejects it).
  return Object.fromEntries(entries);
}

function readNumber<D extends number | null>(value: unknown, key: string, fallback: D, p: Problems): number | D {
  if (value === undefined || value === fallback) return fallback;
  // -0 is read as 0 so that equal workspaces compare equal.
  if (typeof value === 'number') return value === 0 ? 0 : value;
  return p.add(`${key}: expected a number, got ${describeType(value)}`) ?? fallback;
}

function readNullableString(value: unknown, key: string, fallback: null, p: Problems): string | null {
  if (value === undefined || value === fallback) return fallback;
  if (isString(value)) return value;
  return p.add(`${key}: expected a string, got ${describeType(value)}`) ?? fallback;
}

function isOneOf<T extends string>(value: string, choices: readonly T[]): value is T {
  return (choices as readonly string[]).includes(value);
}

function readChoice<T extends string>(value: unknown, key: string, choices: readonly T[], fallback: T, p: Problems): T {
  if (value === undefined) return fallback;
  if (isString(value) && isOneOf(value, choices)) return value;
  const got = isString(value) ? JSON.stringify(value.slice(0, 40)) : describeType(value);
  return p.add(`${key}: expected one of ${choices.join(', ')}, got ${got}`) ?? fallback;
}

/** An on/off view switch: absent or false (a default written out) is off, true is on, anything else a problem. */
function readFlag(value: unknown, key: string, p: Problems): boolean {
  if (value === undefined || value === false) return false;
  if (value === true) return true;
  return p.add(`${key}: expected true or false, got ${describeType(value)}`) ?? false;
}

function unknownKeyProblems(record: Record<string, unknown>, p: Problems): void {
  for (const key of ownKeys(record)) {
    if (!COMPACT_KEYS.has(key)) p.add(`unknown key ${JSON.stringify(key).slice(0, 40)}`);
  }
}

/**
 * Every shape problem found is reported, not just the first. Rule problems (./validate.ts) are only
 * looked for once the shape is right, so a report never mixes in consequences of a misread field.
 */
export function parseCompact(json: unknown): ParseResult {
  const p = new Problems();
  if (!isRecord(json)) return { ok: false, problems: [`expected an object, got ${describeType(json)}`] };
  unknownKeyProblems(json, p);
  const workspace: Workspace = {
    files: readFiles(json.f, p),
    active: readNumber(json.a, 'a', WORKSPACE_DEFAULTS.active, p),
    target: readNullableString(json.t, 't', WORKSPACE_DEFAULTS.target, p),
    buildArgs: readBuildArgs(json.b, p),
    direction: readChoice(json.d, 'd', LAYOUT_DIRECTIONS, WORKSPACE_DEFAULTS.direction, p),
    selectedStage: readNumber(json.s, 's', WORKSPACE_DEFAULTS.selectedStage, p),
    view: readChoice(json.v, 'v', VIEW_MODES, WORKSPACE_DEFAULTS.view, p),
  };
  // Optional and absent from older links: only a non-empty "c" sets the field, so equal workspaces stay equal.
  const contexts = readBuildArgs(json.c, p, 'c', MAX_BUILD_CONTEXTS);
  if (Object.keys(contexts).length > 0) workspace.buildContexts = contexts;
  if (json.x !== undefined) {
    const x = readExercise(json.x);
    if (x.ok) workspace.exercise = x.exercise;
    else x.problems.forEach((problem) => p.add(problem));
  }
  // Optional like "c": set only when on, so a link without them equals one that writes them as false.
  if (readFlag(json.g, 'g', p)) workspace.focus = true;
  if (readFlag(json.p, 'p', p)) workspace.pipeline = true;
  if (readFlag(json.k, 'k', p)) workspace.classic = true;
  return p.list.length === 0 ? { ok: true, workspace } : { ok: false, problems: p.list };
}
