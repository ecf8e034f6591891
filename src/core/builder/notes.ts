/**
 * Note catalogue: one English template per stable code, filled from `params`
 * (the same `{name}` placeholders as the engine's diagnostics, so the UI can
 * translate a note from its data alone).
 */
import { formatMessage } from '../diagnostics.ts';
import type { Note, NoteCode, NoteSeverity } from './types.ts';

export const NOTE_MESSAGES: Readonly<Record<NoteCode, string>> = {
  BackslashSpace:
    'the backslash is followed by spaces, so sh does not continue the line (it escapes a space and ends the command); read as the continuation it was meant to be. Remove the trailing spaces.',
  UnterminatedQuote: 'unterminated {quote} quote: the rest of the script from here is not read.',
  Pipeline: '"{text}" pipes one command into another; a Dockerfile has no equivalent, so this line is not translated.',
  AndChainSplit: '"&&" chain read as one command after another (the same as under set -e).',
  OrFallbackIgnored: '"|| {fallback}" only hides a failure; the command before it is translated.',
  OrList: '"{text}" runs a command only when another fails; that has no Dockerfile equivalent, so this line is not translated.',
  Background: '"{text}" runs in the background; not translated.',
  Subshell: '"{text}" uses a subshell or command group; its commands are not translated.',
  CommandSubstitution: '"{text}" uses the output of another command ($(...) or backquotes); its value is unknown before the script runs, so this line is not translated.',
  Redirection: 'the redirection in "{text}" is ignored: a multi-stage build has no output file to redirect.',
  ControlFlow: '"{text}" is part of a shell {construct}; what it repeats or chooses cannot be known before the script runs, so it is not translated.',
  VariableAssigned: '{name}={value} is used wherever ${name} appears further down.',
  EnvPrefix: 'the variable prefix in "{text}" is ignored.',
  UnknownVariable: '${name} is not set in the script (it comes from the environment); kept as written in "{word}".',
  OtherTool: '{tool} is not a docker command; a multi-stage Dockerfile does what docker build, create, cp and rm did, not this. Not translated: "{text}".',
  ChangeDirectory: '"{text}" changes the folder later paths are read from; not translated, paths are read from the script\'s folder.',
  Heredoc: 'the here-document in "{text}" is not read; not translated.',
  ShellSyntax: '"{text}" is not a complete command (an operator with nothing on one side); not translated.',
  Shebang: 'the interpreter line: a multi-stage build needs no script.',
  Comment: 'comment not carried over: "{text}".',
  Echo: 'progress message: the multi-stage build prints its own steps.',
  ShellOption: '"{text}" sets a shell option: a single docker build stops at the first failure anyway.',
  Sudo: 'sudo is dropped: run the multi-stage docker build the way you run docker.',
  ContainerRemoved: 'removes the temporary container {name}: a multi-stage build creates none.',
  ImageRemoved: 'removes the intermediate image {ref}: a multi-stage build tags none.',
  ExtractedFileRemoved: 'removes the extracted {path}: a multi-stage build copies between stages without writing it to the build context.',
  NoDockerBuild: 'the script runs no docker build, so there is nothing to turn into stages.',
  BuildWithoutTag: 'this docker build has no -t, so no later command can name its image; its stage is named {stage}.',
  UnknownDockerFlag: 'the flag {flag} of docker {command} is not understood; ignored.',
  DockerfileNotFound: 'the Dockerfile {path} is not in the workspace, so its stage cannot be written. Add it to the files given.',
  ContainerUnknown: 'no container {name} was created above in the script, so "{text}" cannot be traced to an image.',
  CopyIntoContainer: '"{text}" copies into a container; a Dockerfile COPY does that at build time. Not translated.',
  RemoveOther: '"{text}" removes {path}, which the script did not extract; not translated.',
  OtherDockerCommand: 'docker {command} is not part of building the image (run it after the multi-stage build); not translated.',
  DockerRun: '"{text}" runs a container; do its work with a RUN in a stage. Not translated.',
  ExtractedNotUsed:
    '{path} is extracted from {source} but no later docker build copies it. To get it with a multi-stage build, use docker build --target {stage} --output type=local,dest=. (BuildKit).',
  BuildArgConflict:
    '--build-arg {name} is {first} in one docker build and {second} in another; one multi-stage build passes one value to every stage. Kept {kept}.',
  BuildArgPassThrough: '--build-arg {arg} goes on the one docker build command of the multi-stage version.',
  BuildFlagPassThrough: '{flag} goes on the one docker build command of the multi-stage version.',
  ContextDiffers:
    'this docker build sends {context} as its context, the final one sends {final}; the multi-stage build has one context, so COPY sources of stage {stage} are {how}.',
  NestedMultistage:
    '{path} already has {count} stages; only its target stage ({stage}) is taken, the stages it needs are not inlined.',
  TagRebuilt: '{tag} is built again here: later commands use this build, earlier ones the first.',
  SeveralOutputs:
    '{tag} is built but not used by another build; in the multi-stage version, build it with docker build --target {stage} -t {tag} .',
  CopyPartlyExtracted:
    '"{text}" copies {source}, which also holds the extracted {path}; in the multi-stage version that part comes from stage {stage} (add a COPY --from for it) and the rest from the context.',
  AddArchive:
    'ADD unpacks the extracted archive {path}, which COPY --from does not do; kept as ADD of a file from the build context.',
  DirectiveConflict: 'the files disagree on the {name} parser directive ({first} and {second}); kept {first}.',
  GlobalArgConflict: 'ARG {name} before FROM has the default {first} in one file and {second} in another; kept {first}.',
  RepairedFromSpace:
    'FROM {written} has a space after the colon: BuildKit fails here (FROM requires either one or three arguments). Read as FROM {repaired}.',
  RepairedKeywordColon: '"{written}" is not an instruction (BuildKit fails: unknown instruction); read as {repaired}.',
  TargetMissing: 'there is no stage to build (target {target}), so no builder-pattern files are written.',
  DockerfileErrors: 'the Dockerfile has {count} error(s) BuildKit would fail on (first: line {line}, {code}); the files say what the Dockerfile says.',
  MountFromNoEquivalent:
    'RUN --mount from={source} has no builder-pattern equivalent: before 17.05 there was no --mount. Kept pointing at the image {image} (needs BuildKit).',
  CopyLinkNoEquivalent:
    'COPY --link has no builder-pattern equivalent: the extraction is a separate step before the build. The flag is kept (BuildKit accepts it on any COPY).',
  OnbuildCopyFrom: 'ONBUILD {text} copies from {source} when a later image builds on this one; the builder pattern cannot extract ahead of that. Kept as written.',
  WildcardExtractsFolder: 'docker cp does not expand wildcards: {path} is taken from the extracted folder {folder}.',
  CopyPathVariable: 'the copied path {path} uses a variable, which the Dockerfile expands but docker cp does not; kept as written.',
  CreateNeedsCommand: 'stage {stage} has no CMD or ENTRYPOINT, so docker create gets a placeholder command ("{command}"); it is never run.',
  ContextCopyIncludesExtracted:
    '"{text}" copies the whole build context, which in the builder pattern also holds the files extracted before this build.',
  InvalidProject: '"{project}" is not a valid image name (lowercase letters, digits, ., _, -, /); using {used}.',
  ControlCharacterInName:
    '"{name}" contains a control character (such as a line break), which would start a new line in the files written from it; nothing is written. Rename it.',
  BuildArgUndeclared:
    '--build-arg {name} matches no ARG in the Dockerfile, so it is not put into any docker build command written here (Docker would still pass some, such as proxy settings, to every RUN).',
  FolderCreated: 'creates the folder {path} for the extracted files: a multi-stage build copies between stages without writing them anywhere.',
};

/** Builds a note with its English message. */
export function note(
  severity: NoteSeverity, code: NoteCode, file: string, line: number, params: Readonly<Record<string, string | number>> = {},
): Note {
  return { severity, code, file, line, message: formatMessage(NOTE_MESSAGES[code], params), params };
}

/** Notes in file then line order, errors first on a line (stable otherwise). */
export function sortNotes(notes: readonly Note[]): Note[] {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return notes
    .map((n, i) => ({ n, i }))
    .sort((a, b) => (a.n.file < b.n.file ? -1 : a.n.file > b.n.file ? 1 : 0) || a.n.line - b.n.line || rank[a.n.severity] - rank[b.n.severity] || a.i - b.i)
    .map((x) => x.n);
}
