/**
 * A stage's state while it is dispatched, as far as the checks need it (BuildKit's
 * dispatchState): the environment (image config env + ENV + ARG values), the ARGs declared
 * in the stage, whether SHELL or an absolute WORKDIR was set, and the CMD / ENTRYPOINT /
 * HEALTHCHECK trackers (which a stage does not inherit).
 */
import type { Range } from '../model.ts';

export interface StageState {
  env: Map<string, string>;
  /** Env keys whose value we cannot know (they come from an image config). */
  unknownValues: Set<string>;
  /** False when the base image's env is unknown: an undefined variable cannot be told apart. */
  envKnown: boolean;
  /** ARG names declared in the stage or its base stages (BuildKit's d.buildArgs). */
  buildArgs: Set<string>;
  shellSet: boolean;
  workdirSet: boolean;
  trackers: Map<string, Range>;
  /** The OS of the stage's platform (`linux`, `windows`, …): WORKDIR's absolute-path test and PATH depend on it. */
  os: string;
}

/** system.DefaultPathEnv for a non-Windows OS. */
export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export function freshState(envKeys: readonly string[] | null): StageState {
  const env = new Map<string, string>();
  const unknownValues = new Set<string>();
  for (const k of envKeys ?? ['PATH']) {
    env.set(k, k === 'PATH' ? DEFAULT_PATH : '');
    if (k !== 'PATH') unknownValues.add(k);
  }
  return { env, unknownValues, envKnown: envKeys !== null, buildArgs: new Set(), shellSet: false, workdirSet: false, trackers: new Map(), os: 'linux' };
}

/** dispatchState.init: a stage built on another stage starts from its final state. */
export function inheritState(parent: StageState): StageState {
  return {
    env: new Map(parent.env),
    unknownValues: new Set(parent.unknownValues),
    envKnown: parent.envKnown,
    buildArgs: new Set(parent.buildArgs),
    shellSet: parent.shellSet,
    workdirSet: parent.workdirSet,
    trackers: new Map(),
    os: parent.os,
  };
}
