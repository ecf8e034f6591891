/**
 * Exercises that ship with the app, on the tutorials' own examples (the example ids of the
 * Examples menu, src/ui/examples/seeds.ts; texts in examples/). Their wording comes from the
 * catalogue (both languages); `hint` names a catalogue key under `explain.ex.hint`.
 */
import type { ExerciseSpec } from './types.ts';

export interface BuiltinExercise {
  readonly id: string;
  /** The Examples-menu id whose Dockerfile the exercise is about. */
  readonly example: string;
  /** The examples/ path of that Dockerfile (for tests and the command line). */
  readonly path: string;
  readonly spec: ExerciseSpec;
  /** Catalogue key of the hint, under `explain.ex.hint.`. */
  readonly hint: string;
}

export const BUILTIN_EXERCISES: readonly BuiltinExercise[] = [
  { id: 'scratch-copy-from-0', example: 'go-scratch', path: 'seed000-go-scratch/Dockerfile', spec: { kind: 'copySource', line: 9 }, hint: 'fromIndex' },
  { id: 'scratch-layers', example: 'go-scratch', path: 'seed000-go-scratch/Dockerfile', spec: { kind: 'layerCount', stage: 1, scope: 'total' }, hint: 'scratchLayers' },
  { id: 'nginx-copy-from-image', example: 'copy-from-nginx', path: 'seed001-copy-from-nginx/Dockerfile', spec: { kind: 'copySource', line: 12 }, hint: 'fromImage' },
  { id: 'http-server-default-target', example: 'go-http-server', path: 'seed002-multistage/Dockerfile', spec: { kind: 'targetBuilds', target: null }, hint: 'defaultTarget' },
  { id: 'chain-target-build2', example: 'stage-chain', path: 'seed003-stage-chain/Dockerfile', spec: { kind: 'targetBuilds', target: 'build2' }, hint: 'targetChain' },
  { id: 'chain-building-line', example: 'stage-chain', path: 'seed003-stage-chain/Dockerfile', spec: { kind: 'buildingLine', stage: 0 }, hint: 'buildingLine' },
  { id: 'arg-scope-expand', example: 'arg-scope', path: 'seed003-arg-scope/Dockerfile', spec: { kind: 'expand', line: 8, variable: 'DOCKER_USERNAME' }, hint: 'argScope' },
  { id: 'http-server-rerun', example: 'go-http-server', path: 'seed002-multistage/Dockerfile', spec: { kind: 'cacheRerun', paths: ['main.go'] }, hint: 'cacheRerun' },
  { id: 'href-counter-layers', example: 'href-counter', path: 'seed004-multistage/Dockerfile', spec: { kind: 'layerCount', stage: 0, scope: 'own' }, hint: 'layers' },
];
