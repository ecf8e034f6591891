/**
 * An exercise in a link: the optional `x` field of the v1 compact workspace (core/share/compact.ts).
 * Links without `x` decode as before. Shape, one-letter keys, only what the kind needs:
 *
 *   { "k": "targetBuilds", "t": "build2" }          t: the --target, omitted for none
 *   { "k": "copySource",   "l": 9 }
 *   { "k": "layerCount",   "s": 1, "c": "total" }   c omitted for "own"
 *   { "k": "buildingLine", "s": 0 }
 *   { "k": "expand",       "l": 8, "n": "VERSION" }
 *   { "k": "cacheRerun",   "p": ["src/app.js"] }  the changed context paths (1 to 20)
 *   … plus "h": "hint" on any of them.
 *
 * The reader rejects unknown keys and wrong types, as the rest of the v1 reader does.
 */
import { EXERCISE_KINDS, MAX_CHANGED_PATHS, MAX_EXERCISE_LINE, MAX_PATH_LENGTH, MAX_HINT_LENGTH, MAX_VARIABLE_LENGTH, type ExerciseKind, type ExerciseSpec } from './types.ts';

export type CompactExercise = { k: string; t?: string; l?: number; s?: number; c?: string; n?: string; p?: string[]; h?: string };

export function toCompactExercise(x: ExerciseSpec): CompactExercise {
  const out: CompactExercise = { k: x.kind };
  if (x.kind === 'targetBuilds' && x.target !== null) out.t = x.target;
  if (x.kind === 'copySource' || x.kind === 'expand') out.l = x.line;
  if (x.kind === 'layerCount' || x.kind === 'buildingLine') out.s = x.stage;
  if (x.kind === 'layerCount' && x.scope === 'total') out.c = 'total';
  if (x.kind === 'expand') out.n = x.variable;
  if (x.kind === 'cacheRerun') out.p = [...x.paths];
  if (x.hint !== undefined && x.hint !== '') out.h = x.hint;
  return out;
}

const KEYS: Readonly<Record<ExerciseKind, readonly string[]>> = {
  targetBuilds: ['k', 't', 'h'], copySource: ['k', 'l', 'h'], layerCount: ['k', 's', 'c', 'h'], buildingLine: ['k', 's', 'h'], expand: ['k', 'l', 'n', 'h'], cacheRerun: ['k', 'p', 'h'],
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown, max: number): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && v <= max;
const printable = (s: string, max: number): boolean => s.length <= max && !/[\u0000-\u001f\u007f]/.test(s);

/** Reads `x` from untrusted JSON: the exercise, or the problems found (prefixed `x.`). */
export function readExercise(v: unknown): { ok: true; exercise: ExerciseSpec } | { ok: false; problems: string[] } {
  const bad = (p: string) => ({ ok: false as const, problems: [`x${p}`] });
  if (!isRecord(v)) return bad(': expected an object');
  const kind = v.k;
  if (typeof kind !== 'string' || !(EXERCISE_KINDS as readonly string[]).includes(kind)) return bad('.k: unknown exercise kind');
  const k = kind as ExerciseKind;
  const unknown = Object.keys(v).filter((key) => !KEYS[k].includes(key));
  if (unknown.length > 0) return bad(`: unknown key ${JSON.stringify(unknown[0]).slice(0, 40)}`);
  if (v.h !== undefined && (typeof v.h !== 'string' || !printable(v.h.replace(/\n/g, ' '), MAX_HINT_LENGTH))) return bad('.h: expected a short text');
  const hint = v.h === undefined ? {} : { hint: v.h as string };
  switch (k) {
    case 'targetBuilds':
      if (v.t !== undefined && (typeof v.t !== 'string' || !printable(v.t, 200) || v.t === '')) return bad('.t: expected a stage name');
      return { ok: true, exercise: { kind: k, target: (v.t as string | undefined) ?? null, ...hint } };
    case 'copySource':
      if (!isCount(v.l, MAX_EXERCISE_LINE) || v.l === 0) return bad('.l: expected a line number');
      return { ok: true, exercise: { kind: k, line: v.l, ...hint } };
    case 'layerCount':
    case 'buildingLine':
      if (!isCount(v.s, 9_999)) return bad('.s: expected a stage index');
      if (k === 'buildingLine') return { ok: true, exercise: { kind: k, stage: v.s, ...hint } };
      if (v.c !== undefined && v.c !== 'total' && v.c !== 'own') return bad('.c: expected "own" or "total"');
      return { ok: true, exercise: { kind: k, stage: v.s, scope: v.c === 'total' ? 'total' : 'own', ...hint } };
    case 'expand':
      if (!isCount(v.l, MAX_EXERCISE_LINE) || v.l === 0) return bad('.l: expected a line number');
      if (typeof v.n !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(v.n) || v.n.length > MAX_VARIABLE_LENGTH) return bad('.n: expected a variable name');
      return { ok: true, exercise: { kind: k, line: v.l, variable: v.n, ...hint } };
    case 'cacheRerun': {
      const p = v.p;
      if (!Array.isArray(p) || p.length === 0 || p.length > MAX_CHANGED_PATHS) return bad('.p: expected 1 to 20 paths');
      if (!p.every((x): x is string => typeof x === 'string' && x.trim() !== '' && printable(x, MAX_PATH_LENGTH))) return bad('.p: expected paths');
      return { ok: true, exercise: { kind: k, paths: [...p], ...hint } };
    }
  }
}
