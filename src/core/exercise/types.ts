/**
 * An exercise: a question about the workspace's Dockerfile that the engine answers. Only the
 * question travels (in a link's optional `x` field); the answer is computed from the Dockerfile,
 * which travels with it, so anyone holding the link can work the answer out.
 */

export const EXERCISE_KINDS = ['targetBuilds', 'copySource', 'layerCount', 'buildingLine', 'expand', 'cacheRerun'] as const;
export type ExerciseKind = (typeof EXERCISE_KINDS)[number];

export const MAX_HINT_LENGTH = 500;
export const MAX_VARIABLE_LENGTH = 100;
export const MAX_EXERCISE_LINE = 1_000_000;
export const MAX_CHANGED_PATHS = 20;
export const MAX_PATH_LENGTH = 200;

interface Common {
  /** Optional hint the teacher wrote, shown on request. */
  readonly hint?: string;
}

export type ExerciseSpec = Common & (
  /** Which stages does `docker build --target <target>` build (null: no --target)? */
  | { readonly kind: 'targetBuilds'; readonly target: string | null }
  /** Which stage (or image) does the COPY --from on `line` copy from? */
  | { readonly kind: 'copySource'; readonly line: number }
  /** How many layers does stage `stage` add (own), or does its image have in all (total)? */
  | { readonly kind: 'layerCount'; readonly stage: number; readonly scope: 'own' | 'total' }
  /** Which line makes stage `stage` build (for the workspace's target)? */
  | { readonly kind: 'buildingLine'; readonly stage: number }
  /** What does `$variable` expand to on `line`? */
  | { readonly kind: 'expand'; readonly line: number; readonly variable: string }
  /** Which steps (by line) re-run when `paths` of the build context change (BuildKit's cache)? */
  | { readonly kind: 'cacheRerun'; readonly paths: readonly string[] }
);

/** A student's answer, by kind. */
export type Answer =
  | { readonly kind: 'targetBuilds'; readonly stages: readonly number[] }
  | { readonly kind: 'copySource'; readonly choice: string }
  | { readonly kind: 'layerCount'; readonly count: number }
  | { readonly kind: 'buildingLine'; readonly line: number }
  | { readonly kind: 'expand'; readonly value: string }
  | { readonly kind: 'cacheRerun'; readonly lines: readonly number[] };

/** A choice of a multiple-choice question: `stage:N`, `image:REF` or `line:N`. */
export interface Choice {
  readonly id: string;
  readonly label: string;
}
