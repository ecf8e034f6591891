/** fast-check generators for valid workspaces, biased towards text that is hard to round-trip. */
import type { ExerciseSpec } from '../../src/core/exercise/types.ts';
import fc from 'fast-check';
import { buildArgNameProblem, fileNameProblem, targetProblem } from '../../src/core/share/names.ts';
import {
  LAYOUT_DIRECTIONS,
  MAX_STAGE_INDEX,
  VIEW_MODES,
  type Workspace,
  type WorkspaceFile,
} from '../../src/core/share/workspace.ts';

/** Pieces that break naive codecs: line endings, tabs, trailing spaces, NUL, quotes, escapes, astral. */
const tricky = fc.constantFrom(
  '\r\n', '\n', '\r', '\t', ' ', '  \n', '\0', '"', '\\', '\\\n', '\u2028', '\uFEFF',
  '😀', '🐳', '👩‍👩‍👧', '𠜎', '漢字', 'é', 'e\u0301', 'FROM ', 'RUN ', ' AS build\n',
);
/** A lone surrogate half: not valid Unicode, but a JS string may hold one and it must survive too. */
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

export const arbText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.string({ unit: fc.oneof(tricky, fc.string({ unit: 'binary', maxLength: 3 }), loneSurrogate), maxLength: 80 }),
  fc.constant(''),
);

const namePiece = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
  fc.constantFrom('Dockerfile', 'Dockerfile.dev', 'build.Dockerfile', '构建.Dockerfile', '🐳', 'a b', '..a', '...'),
);

export const arbFileName = namePiece.filter((n) => fileNameProblem(n) === null);

export const arbFiles: fc.Arbitrary<WorkspaceFile[]> = fc.uniqueArray(
  fc.record({ name: arbFileName, text: arbText }, { noNullPrototype: true }),
  { minLength: 1, maxLength: 5, selector: (f) => f.name },
);

const arbBuildArgs: fc.Arbitrary<Record<string, string>> = fc
  .uniqueArray(
    fc.tuple(
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }).filter((k) => buildArgNameProblem(k) === null),
      arbText,
    ),
    { maxLength: 5, selector: ([k]) => k },
  )
  .map((entries) => Object.fromEntries(entries));

const arbTarget = fc.option(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).filter((t) => targetProblem(t) === null),
);

const arbHint = fc.option(fc.string({ maxLength: 40 }).filter((h) => h !== '' && !/[\u0000-\u0009\u000b-\u001f\u007f]/.test(h)), { nil: undefined });
const arbPath = fc.string({ minLength: 1, maxLength: 30 }).filter((p) => p.trim() !== '' && !/[\u0000-\u001f\u007f]/.test(p));
const arbVariable = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,10}$/);
/** Every exercise kind (core/exercise/types.ts), with an optional hint. */
export const arbExercise: fc.Arbitrary<ExerciseSpec> = fc.tuple(
  fc.oneof(
    fc.record({ kind: fc.constant('targetBuilds' as const), target: arbTarget }, { noNullPrototype: true }),
    fc.record({ kind: fc.constant('copySource' as const), line: fc.integer({ min: 1, max: 100_000 }) }, { noNullPrototype: true }),
    fc.record({ kind: fc.constant('layerCount' as const), stage: fc.nat(MAX_STAGE_INDEX), scope: fc.constantFrom('own' as const, 'total' as const) }, { noNullPrototype: true }),
    fc.record({ kind: fc.constant('buildingLine' as const), stage: fc.nat(MAX_STAGE_INDEX) }, { noNullPrototype: true }),
    fc.record({ kind: fc.constant('expand' as const), line: fc.integer({ min: 1, max: 100_000 }), variable: arbVariable }, { noNullPrototype: true }),
    fc.record({ kind: fc.constant('cacheRerun' as const), paths: fc.array(arbPath, { minLength: 1, maxLength: 4 }) }, { noNullPrototype: true }),
  ),
  arbHint,
).map(([x, hint]) => (hint === undefined ? x : { ...x, hint }));

export const arbWorkspace: fc.Arbitrary<Workspace> = arbFiles.chain((files) =>
  fc.record({
    files: fc.constant(files),
    active: fc.nat(files.length - 1),
    target: arbTarget,
    buildArgs: arbBuildArgs,
    direction: fc.constantFrom(...LAYOUT_DIRECTIONS),
    selectedStage: fc.option(fc.nat(MAX_STAGE_INDEX)),
    view: fc.constantFrom(...VIEW_MODES),
    // Optional and never empty when present (an empty one is not written, so it would not round-trip).
    buildContexts: arbBuildArgs.filter((c) => Object.keys(c).length > 0),
    exercise: arbExercise,
    // View switches: present only when on (off is written by leaving them out).
    focus: fc.constant(true as const),
    pipeline: fc.constant(true as const),
    classic: fc.constant(true as const),
  }, { noNullPrototype: true, requiredKeys: ['files', 'active', 'target', 'buildArgs', 'direction', 'selectedStage', 'view'] }),
);
