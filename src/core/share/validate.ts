/**
 * Semantic validation of a typed workspace: the invariants listed in ./workspace.ts.
 * The encoder refuses to write a workspace that fails here, and the decoder refuses to return one,
 * so a link that decodes is always a workspace the app can open.
 *
 * Returns a list of problems (empty when valid), each naming the field it is about.
 */
import { readExercise, toCompactExercise } from '../exercise/compact.ts';
import { buildArgNameProblem, fileNameProblem, targetProblem } from './names.ts';
import {
  LAYOUT_DIRECTIONS,
  MAX_BUILD_ARGS,
  MAX_BUILD_CONTEXTS,
  MAX_FILES,
  MAX_STAGE_INDEX,
  VIEW_MODES,
  type Workspace,
  type WorkspaceFile,
} from './workspace.ts';

function isIndex(n: number, size: number): boolean {
  return Number.isSafeInteger(n) && n >= 0 && n < size;
}

function filesProblems(files: readonly WorkspaceFile[]): string[] {
  if (files.length === 0) return ['files: at least one file is required'];
  if (files.length > MAX_FILES) return [`files: ${files.length} files, at most ${MAX_FILES} allowed`];
  const problems: string[] = [];
  const seen = new Set<string>();
  files.forEach((file, i) => {
    const problem = fileNameProblem(file.name);
    if (problem !== null) problems.push(`files[${i}].name ${problem}`);
    else if (seen.has(file.name)) problems.push(`files[${i}].name duplicates ${JSON.stringify(file.name)}`);
    seen.add(file.name);
  });
  return problems;
}

function activeProblems(ws: Workspace): string[] {
  // With no files, `files` already has a problem; only the shape of `active` is checked then.
  return isIndex(ws.active, Math.max(ws.files.length, 1)) ? [] : [`active: ${ws.active} is not a file index`];
}

function targetProblems(target: string | null): string[] {
  const problem = target === null ? null : targetProblem(target);
  return problem === null ? [] : [`target ${problem}`];
}

function buildArgsProblems(args: Record<string, string>): string[] {
  const names = Object.keys(args);
  if (names.length > MAX_BUILD_ARGS) return [`buildArgs: ${names.length} entries, at most ${MAX_BUILD_ARGS} allowed`];
  return names.flatMap((name) => {
    const problem = buildArgNameProblem(name);
    return problem === null ? [] : [`buildArgs name ${JSON.stringify(name)} ${problem}`];
  });
}

function buildContextsProblems(contexts: Record<string, string> | undefined): string[] {
  if (contexts === undefined) return [];
  const names = Object.keys(contexts);
  if (names.length > MAX_BUILD_CONTEXTS) return [`buildContexts: ${names.length} entries, at most ${MAX_BUILD_CONTEXTS} allowed`];
  return names.flatMap((name) => {
    const problem = buildArgNameProblem(name);
    return problem === null ? [] : [`buildContexts name ${JSON.stringify(name)} ${problem}`];
  });
}

function choiceProblems(ws: Workspace): string[] {
  const problems: string[] = [];
  if (!LAYOUT_DIRECTIONS.includes(ws.direction)) problems.push(`direction: unknown ${JSON.stringify(ws.direction)}`);
  if (!(VIEW_MODES as readonly string[]).includes(ws.view)) problems.push(`view: unknown ${JSON.stringify(ws.view)}`);
  return problems;
}

/** Off is written by leaving a switch out: a present switch must be `true` (a caller's false would not round-trip). */
function flagProblems(ws: Workspace): string[] {
  return (['focus', 'pipeline', 'classic'] as const).flatMap((k) => (ws[k] === undefined || ws[k] === true ? [] : [`${k}: expected true or absent, got ${JSON.stringify(ws[k])}`]));
}

function selectedStageProblems(stage: number | null): string[] {
  if (stage === null || isIndex(stage, MAX_STAGE_INDEX + 1)) return [];
  return [`selectedStage: ${stage} is not an integer in 0..${MAX_STAGE_INDEX}`];
}

/** An exercise must read back as itself (the reader's limits: hint length, variable name…). */
function exerciseProblems(ws: Workspace): string[] {
  if (ws.exercise === undefined) return [];
  const r = readExercise(toCompactExercise(ws.exercise));
  return r.ok ? [] : r.problems;
}

export function validateWorkspace(ws: Workspace): string[] {
  return [
    ...filesProblems(ws.files),
    ...activeProblems(ws),
    ...targetProblems(ws.target),
    ...buildArgsProblems(ws.buildArgs),
    ...buildContextsProblems(ws.buildContexts),
    ...choiceProblems(ws),
    ...selectedStageProblems(ws.selectedStage),
    ...exerciseProblems(ws),
    ...flagProblems(ws),
  ];
}
