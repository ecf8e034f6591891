/**
 * Shared data of the builder-pattern converters (both directions).
 *
 * The builder pattern is the pre-17.05 way to a small image: a Dockerfile.build,
 * a Dockerfile and a build.sh that builds, creates a container, `docker cp`s the
 * artifact out and builds again. Every value here is plain data; problems are
 * `Note`s (never exceptions), like the engine's diagnostics.
 */

export type NoteSeverity = 'error' | 'warning' | 'info';

/** Stable codes: the UI translates from `code` + `params`; tests match on them. */
export type NoteCode =
  // Reading build.sh (shell level)
  | 'BackslashSpace'
  | 'UnterminatedQuote'
  | 'Pipeline'
  | 'AndChainSplit'
  | 'OrFallbackIgnored'
  | 'OrList'
  | 'Background'
  | 'Subshell'
  | 'CommandSubstitution'
  | 'Redirection'
  | 'ControlFlow'
  | 'VariableAssigned'
  | 'EnvPrefix'
  | 'UnknownVariable'
  | 'OtherTool'
  | 'ChangeDirectory'
  | 'Heredoc'
  | 'ShellSyntax'
  // Reading build.sh (understood, nothing to translate)
  | 'Shebang'
  | 'Comment'
  | 'Echo'
  | 'ShellOption'
  | 'Sudo'
  | 'ContainerRemoved'
  | 'ImageRemoved'
  | 'ExtractedFileRemoved'
  // Reading build.sh (docker level)
  | 'NoDockerBuild'
  | 'BuildWithoutTag'
  | 'UnknownDockerFlag'
  | 'DockerfileNotFound'
  | 'ContainerUnknown'
  | 'CopyIntoContainer'
  | 'RemoveOther'
  | 'OtherDockerCommand'
  | 'DockerRun'
  | 'ExtractedNotUsed'
  | 'BuildArgConflict'
  | 'BuildArgPassThrough'
  | 'BuildFlagPassThrough'
  | 'ContextDiffers'
  | 'NestedMultistage'
  | 'TagRebuilt'
  | 'SeveralOutputs'
  | 'CopyPartlyExtracted'
  | 'AddArchive'
  | 'DirectiveConflict'
  | 'GlobalArgConflict'
  // Repairs of old Dockerfiles (seed 004's typos)
  | 'RepairedFromSpace'
  | 'RepairedKeywordColon'
  // Multi-stage → builder pattern
  | 'TargetMissing'
  | 'DockerfileErrors'
  | 'MountFromNoEquivalent'
  | 'CopyLinkNoEquivalent'
  | 'OnbuildCopyFrom'
  | 'WildcardExtractsFolder'
  | 'CopyPathVariable'
  | 'CreateNeedsCommand'
  | 'ContextCopyIncludesExtracted'
  | 'InvalidProject'
  // Safety of what is written (both directions)
  | 'ControlCharacterInName'
  | 'BuildArgUndeclared'
  | 'FolderCreated';

/** A finding about a conversion: always data, never an exception. */
export interface Note {
  readonly severity: NoteSeverity;
  readonly code: NoteCode;
  /** The file the note is about (`build.sh`, `Dockerfile.build`, the input Dockerfile). */
  readonly file: string;
  /** 1-based line in `file`; 0 when the note is about the whole conversion. */
  readonly line: number;
  /** English message (the UI translates from `code` + `params`). */
  readonly message: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** One line of one file, 1-based. */
export interface FileLine {
  readonly file: string;
  readonly line: number;
}

/**
 * Corresponding parts of the two ways, so a page can light both up:
 * `build` — a `docker build` line ↔ the stage's FROM line;
 * `extract` — a `docker cp` line ↔ the `COPY --from` line (and the plain COPY of the extracted file);
 * `container` — `docker create` / `docker rm` lines ↔ the COPY --from lines that use that container;
 * `base` — `FROM <project>:<stage>` ↔ `FROM <stage>`;
 * `line` — a Dockerfile line carried over unchanged.
 */
export type LinkKind = 'build' | 'extract' | 'container' | 'base' | 'line';

export interface Link {
  readonly kind: LinkKind;
  readonly multistage: readonly FileLine[];
  readonly builderPattern: readonly FileLine[];
}

/**
 * A file of a workspace or of a conversion's output: the one type the page, the links and the
 * converters share (see ../workspace/files.ts). Here `name` may be a path relative to the workspace
 * root, `/`-separated, no leading `./` (a build script may name `docker/Dockerfile.build`).
 */
export type { WorkspaceFile } from '../workspace/files.ts';
