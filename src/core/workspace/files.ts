/**
 * A workspace's files: the one `WorkspaceFile` type shared by the permalink codec (../share) and the
 * builder-pattern converters (../builder), and what kind of file a name denotes.
 */

/**
 * One file: a name and its text, nothing else. Where workspaces are validated (links, the page's
 * store) a name is one path segment (see ../share/names.ts); the converters also accept the
 * `/`-separated relative paths a build script may name.
 */
export interface WorkspaceFile {
  readonly name: string;
  readonly text: string;
}

/** `script`: a shell build script (the builder pattern's build.sh); `dockerfile`: anything else. */
export type FileKind = 'dockerfile' | 'script';

const SCRIPT = /\.sh$/iu;

/**
 * The kind a name denotes: `build.sh` and every `*.sh` are scripts, every other name is a Dockerfile
 * (`Dockerfile`, `Dockerfile.build`, `app.Dockerfile`, and also `notes.txt`: the page has no third kind).
 */
export function fileKind(name: string): FileKind {
  return SCRIPT.test(name) ? 'script' : 'dockerfile';
}

export const isDockerfile = (name: string): boolean => fileKind(name) === 'dockerfile';
