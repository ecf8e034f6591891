/**
 * The data model shared by every part of Stagecraft's core.
 *
 * Invariants:
 * - Every line and column in this model is 1-based (as BuildKit, the CLI and Monaco count).
 *   The only place that turns string offsets into lines/columns is `position.ts`.
 * - Nothing here is a class: every value is plain, serialisable data.
 * - Unions are discriminated on a literal `kind`.
 */

/** A 1-based position: `column` counts UTF-16 code units, as Monaco does. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** A 1-based range; `end` is exclusive in columns and inclusive in lines. */
export interface Range {
  readonly start: Position;
  readonly end: Position;
}

// ---------------------------------------------------------------------------
// Parser output (a TypeScript port of BuildKit's frontend/dockerfile/parser)
// ---------------------------------------------------------------------------

/** A leading `--name[=value]` word, as BuildKit's `extractBuilderFlags` leaves it. */
export interface Flag {
  /** The flag word after quote removal, e.g. `--from=builder` (BuildKit's `Node.Flags` entry). */
  readonly text: string;
  /** The name without the leading dashes, as written (BuildKit's flag names are case-sensitive). */
  readonly name: string;
  /** The value after `=`, or null when the flag had no `=`. */
  readonly value: string | null;
  readonly range: Range;
}

/** A heredoc attached to RUN / COPY / ADD (or ONBUILD wrapping one of them). */
export interface Heredoc {
  /** The delimiter word with quotes removed (`EOF` for `<<'EOF'`). */
  readonly name: string;
  /** False when any part of the delimiter was quoted. */
  readonly expand: boolean;
  /** True for `<<-` (leading tabs stripped). */
  readonly chomp: boolean;
  readonly fileDescriptor: number;
  /** The body, each line ending in "\n", tabs already stripped for `<<-`. */
  readonly content: string;
  /** From the first body line to the terminator line. */
  readonly range: Range;
}

/** One instruction as BuildKit's parser produces it (`parser.Node`). */
export interface Instruction {
  /** Lower-cased keyword (`from`, `run`, … or an unknown word, lower-cased). */
  readonly keyword: string;
  /** The keyword as written, e.g. `From`. */
  readonly original: string;
  readonly flags: readonly Flag[];
  /**
   * The arguments as BuildKit's per-instruction line parser gives them
   * (e.g. ENV gives key/value/separator triples; shell-form RUN one string).
   * Empty for ONBUILD (see `trigger`) and for unknown instructions.
   */
  readonly args: readonly string[];
  /** True when the arguments were a JSON (exec-form) array. */
  readonly json: boolean;
  readonly heredocs: readonly Heredoc[];
  /** For ONBUILD: the wrapped instruction. */
  readonly trigger: Instruction | null;
  /** Comment lines (text after `#`, trimmed) attached above this instruction. */
  readonly comments: readonly string[];
  /** Whole instruction, heredoc bodies included. */
  readonly range: Range;
  readonly keywordRange: Range;
  /**
   * The instruction's logical line after continuation joining, keyword and flags
   * included (no heredoc bodies). Useful for display.
   */
  readonly text: string;
}

export interface Directive {
  /** Lower-cased: `syntax`, `escape` or `check`. */
  readonly name: string;
  readonly value: string;
  readonly line: number;
}

export interface ParseResult {
  readonly directives: readonly Directive[];
  readonly escapeToken: '\\' | '`';
  readonly instructions: readonly Instruction[];
  readonly diagnostics: readonly Diagnostic[];
  /** Total number of lines in the input. */
  readonly lineCount: number;
}

// ---------------------------------------------------------------------------
// Diagnostics
// ---------------------------------------------------------------------------

export type Severity = 'error' | 'warning' | 'info';

/**
 * Stable diagnostic codes. BuildKit build errors and build-check rule names keep
 * BuildKit's spelling; Stagecraft's own teaching hints are prefixed with nothing
 * but documented in `diagnostics.ts`.
 */
export type DiagnosticCode =
  // BuildKit fails the build
  | 'EmptyDockerfile'
  | 'NoStages'
  | 'InstructionBeforeFrom'
  | 'FromArgumentCount'
  | 'InvalidStageName'
  | 'BlankBaseName'
  | 'InvalidImageReference'
  | 'TargetNotFound'
  | 'FromFlagVariable'
  | 'InvalidStageIndex'
  | 'CircularDependency'
  | 'StageUsedBeforeDefined'
  | 'SecretMountFrom'
  | 'UnknownInstruction'
  | 'UnterminatedHeredoc'
  | 'UnknownFlag'
  | 'FlagMissingValue'
  | 'DuplicateFlag'
  | 'InvalidEscapeDirective'
  | 'DuplicateDirective'
  | 'LineTooLong'
  | 'JsonNotStrings'
  | 'MissingArguments'
  | 'ShellExpansionError'
  | 'InvalidPlatform'
  | 'OnbuildInvalidTrigger'
  // BuildKit build checks (stage-related)
  | 'StageNameCasing'
  | 'FromAsCasing'
  | 'DuplicateStageName'
  | 'ReservedStageName'
  | 'UndefinedArgInFrom'
  | 'InvalidDefaultArgInFrom'
  // Stagecraft's teaching hints
  | 'FromLikelyStageTypo'
  | 'FromStageCaseMismatch'
  | 'NumericMountFrom'
  | 'ClassicBuilderDiffers'
  | 'ImplicitStateIndex'
  | 'ScratchStageMount'
  | 'ClassicBuilderCannotBuild'
  | 'InvalidContextName'
  | 'BuildContextUnused'
  | 'BuildContextReplacesStage'
  | 'OnbuildTriggerFailsInChild';

/** A finding about the user's text: always data, never an exception. */
export interface Diagnostic {
  readonly severity: Severity;
  readonly code: DiagnosticCode;
  /** English message (the UI translates from `code` + `params`). */
  readonly message: string;
  readonly params: Readonly<Record<string, string | number>>;
  readonly range: Range;
  /** The stage the finding belongs to, when it belongs to one. */
  readonly stage?: number;
  /**
   * Set on errors BuildKit would not reach: it stops at `Analysis.firstError`,
   * and would say this one next, once that one is fixed.
   */
  readonly afterFirstError?: true;
}

// ---------------------------------------------------------------------------
// Analysis output
// ---------------------------------------------------------------------------

export type BaseRef =
  | { readonly kind: 'stage'; readonly stage: number }
  | { readonly kind: 'scratch' }
  | { readonly kind: 'image'; readonly ref: string };

export type SourceRef =
  | { readonly kind: 'stage'; readonly stage: number }
  | { readonly kind: 'image'; readonly ref: string };

export type EdgeKind = 'base' | 'copy' | 'mount' | 'onbuild';

/** For `copy` edges: what the instruction copies. */
export interface CopyPaths {
  readonly sources: readonly string[];
  readonly dest: string;
}

/** One dependency, created by one instruction. `stage` depends on `source`. */
export interface Edge {
  readonly kind: EdgeKind;
  readonly stage: number;
  readonly source: SourceRef;
  /** 1-based line of the instruction that creates the edge (the child's FROM line for onbuild). */
  readonly line: number;
  /** The reference as written: `golang:1.13` (base), `--from=builder`, `from=cache`. */
  readonly via: string;
  /** For onbuild edges: what the trigger does (`copy` or `mount`) and where it was declared. */
  readonly trigger?: { readonly kind: 'copy' | 'mount'; readonly declaredLine: number };
  readonly paths?: CopyPaths;
  /** For mount edges: the mount type (`bind` when not given). */
  readonly mountType?: string;
  /** For mount edges: the mount's target path as written ('' when none). */
  readonly mountTarget?: string;
  /** A mount without `from=`: BuildKit's source is the stage named `scratch`. */
  readonly implicitFrom?: true;
  /** For an image source: the named build context that replaces it. */
  readonly sourceContext?: BuildContext;
}

export interface LayerInfo {
  /** Layers this stage's own instructions add (RUN/COPY/ADD, WORKDIR other than `/`). */
  readonly layers: number;
  /** History entries this stage's own instructions add. */
  readonly history: number;
  /** Layers of the base (an image's from the catalog; a stage's own total), null when unknown. */
  readonly baseLayers: number | null;
  /** baseLayers + layers, null when the base is unknown. */
  readonly totalLayers: number | null;
  /** Compressed size estimate of the base image in bytes, null when unknown. */
  readonly baseSizeBytes: number | null;
}

export type UnbuiltReason =
  | { readonly kind: 'notNeeded' }
  | { readonly kind: 'afterTarget' };

export interface Stage {
  readonly index: number;
  /** Lower-cased AS name, or null. */
  readonly name: string | null;
  /** The AS name as written. */
  readonly originalName: string | null;
  /** `name`, or `stage-N` for unnamed stages. */
  readonly displayName: string;
  /** FROM image text as written (before expansion), e.g. `golang:${GO_VERSION}`. */
  readonly fromText: string;
  /** FROM image text after global ARG expansion. */
  readonly image: string;
  readonly base: BaseRef;
  /** `--platform` after expansion, or null. For a stage-based FROM BuildKit ignores it (inherited). */
  readonly platform: string | null;
  readonly startLine: number;
  readonly endLine: number;
  readonly fromRange: Range;
  /** The stage's instructions, FROM first. */
  readonly instructions: readonly Instruction[];
  readonly layerInfo: LayerInfo;
  /** BuildKit builds this stage for the target. */
  readonly reachable: boolean;
  /** The classic builder builds this stage for the target. */
  readonly classicBuilt: boolean;
  /** A named build context that replaces this whole stage (its commands are not run). */
  readonly replacedBy?: BuildContext;
  /** A named build context that replaces this stage's FROM image. */
  readonly baseContext?: BuildContext;
  /** Description from the comment right above FROM (`# <name> <text>`), as buildx's outline shows it. */
  readonly description?: string;
}

export interface MetaArg {
  readonly name: string;
  /** The default as written (null for `ARG X`). */
  readonly defaultValue: string | null;
  /** Value after evaluation (override, or expanded default); undefined when unset. */
  readonly value: string | undefined;
  readonly overridden: boolean;
  readonly line: number;
  /** Description from the comment right above (`# NAME text`), as buildx's outline shows it. */
  readonly description?: string;
}

export interface AnalyzeOptions {
  /** `--target`; null or undefined means the last stage. */
  readonly target?: string | null;
  /** `--build-arg` values, used as given (not expanded). */
  readonly buildArgs?: Readonly<Record<string, string>>;
  /** `--build-context NAME=VALUE` (buildx), bake `contexts`: name → value as given. */
  readonly buildContexts?: Readonly<Record<string, string>>;
}

/** What a named build context's value names (buildx's classification). */
export type BuildContextKind = 'docker-image' | 'oci-layout' | 'git' | 'url' | 'target' | 'local';

/** A named build context that replaces a stage or an image. */
export interface BuildContext {
  /** The context's name as given (possibly `name::platform`). */
  readonly name: string;
  readonly value: string;
  readonly kind: BuildContextKind;
}

export interface Analysis {
  readonly parse: ParseResult;
  readonly metaArgs: readonly MetaArg[];
  readonly stages: readonly Stage[];
  readonly edges: readonly Edge[];
  /** Index of the target stage, or null (no stages, or target not found). */
  readonly target: number | null;
  readonly diagnostics: readonly Diagnostic[];
  /** The error BuildKit stops at (its phases in order, then file order), when there is one. */
  readonly firstError?: Diagnostic;
}
