/**
 * What the build checks produce: findings as BuildKit reports them (rule name, description,
 * URL, detail, 1-based range), and the build error a build would end with.
 */
import type { Range } from '../model.ts';

/**
 * `check`: every stage, as `docker build --check` (BuildKit's lint request with no target).
 * `build`: what a plain `docker build` of the target prints: only the stages it builds.
 * With a target, check mode is build mode, as in BuildKit (`--check --target x`).
 */
export type CheckMode = 'check' | 'build';

export interface Finding {
  readonly ruleName: string;
  readonly description: string;
  /** Docker's page for the rule ('' for InvalidBaseImagePlatform, which has none). */
  readonly url: string;
  /** BuildKit's message, word for word. */
  readonly detail: string;
  readonly range: Range;
  /** The stage the instruction belongs to; absent for global ARGs and file-level findings. */
  readonly stage?: number;
  /** True for Stagecraft's own teaching rule (not reported by BuildKit). */
  readonly own?: boolean;
  /**
   * For a finding of an ONBUILD trigger run in a child stage (reported, as BuildKit does, at
   * the child's FROM): the line of the ONBUILD instruction that declared it.
   */
  readonly onbuildLine?: number;
}

export interface BuildError {
  /** BuildKit's message, word for word (what buildx's `buildError.message` holds). */
  readonly message: string;
  /** Where BuildKit locates it; null where BuildKit's error has no location. */
  readonly range: Range | null;
  /** Our explanation, when we have more to say than BuildKit's words (never in buildx's fields). */
  readonly explanation?: string;
}

export interface CheckOptions {
  readonly mode?: CheckMode;
  /** `--target`; null means the last stage (build mode) or every stage (check mode). */
  readonly target?: string | null;
  readonly buildArgs?: Readonly<Record<string, string>>;
  /** The text of the `.dockerignore` that applies, or null when there is none. */
  readonly dockerignore?: string | null;
}

export interface CheckResult {
  readonly mode: CheckMode;
  /** True when every stage was checked (check mode without a target). */
  readonly allStages: boolean;
  readonly findings: readonly Finding[];
  /** Set when the build would fail: BuildKit's error, or `lint violation found for rules: …`. */
  readonly buildError: BuildError | null;
  /** Notes where a check could not tell (e.g. an image's platforms are unknown). */
  readonly notes: readonly CheckNote[];
}

export type CheckNote =
  | { readonly kind: 'platformUnknown'; readonly image: string; readonly expected: string; readonly line: number; readonly stage: number }
  | { readonly kind: 'envUnknown'; readonly image: string; readonly line: number; readonly stage: number }
  /** The image is known, and not published for the platform asked for: the pull fails ("no match for platform in manifest"). */
  | { readonly kind: 'platformMissing'; readonly image: string; readonly expected: string; readonly line: number; readonly stage: number }
  /** The image lacks the platform; BuildKit pulls `actual`, and warns unless the builder runs it natively (unknown to us). */
  | { readonly kind: 'platformFallback'; readonly image: string; readonly expected: string; readonly actual: string; readonly line: number; readonly stage: number }
  /** A literal COPY/ADD source the .dockerignore excludes: not in the context, so the build fails (build mode's error). */
  | { readonly kind: 'ignoredSource'; readonly path: string; readonly line: number; readonly stage: number };
