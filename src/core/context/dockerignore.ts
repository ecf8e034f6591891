/**
 * `.dockerignore` matching, as Docker matches it (moby/patternmatcher: Go's filepath.Match per
 * path segment, `**`, `!` exceptions, the last matching line wins, a path is excluded when a
 * parent folder is). The matching itself is @balena/dockerignore's, a port of Docker's rules;
 * this module only fixes its options (case-sensitive, as Docker on Linux) and gives the core one
 * small API. In the browser, Vite aliases its `path` import to path-browserify.
 *
 * Which file BuildKit reads: `<Dockerfile name>.dockerignore` beside the Dockerfile wins over the
 * context's `.dockerignore` (see {@link pickDockerignore}).
 */
import dockerignore from '@balena/dockerignore';

/** A parsed `.dockerignore`: answers whether a context path is left out of the build context. */
export interface IgnoreMatcher {
  /** The patterns as read (comments and blank lines dropped), for display. */
  readonly patterns: readonly string[];
  /** True when `path` (relative to the context root; `./x`, `/x` and `x` are the same) is ignored. */
  ignores(path: string): boolean;
}

/** Parses the text of a `.dockerignore`. Never throws; an empty text ignores nothing. */
export function parseDockerignore(text: string): IgnoreMatcher {
  const patterns = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const matcher = dockerignore({ ignorecase: false });
  for (const p of patterns) {
    try {
      matcher.add(p);
    } catch {
      // A pattern the matcher cannot compile is skipped: Docker would fail the build on it
      // ("syntax error in pattern"); nothing here may throw for user input.
    }
  }
  return {
    patterns,
    ignores(path: string): boolean {
      const clean = cleanContextPath(path);
      if (clean === '') return false;
      try {
        return matcher.ignores(clean);
      } catch {
        return false;
      }
    },
  };
}

/** A context path as Docker compares it: no leading `./` or `/`, no `.` segments, no trailing `/`. */
export function cleanContextPath(path: string): string {
  const parts: string[] = [];
  for (const seg of path.replace(/\\/g, '/').split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return parts.join('/');
}

/**
 * The ignore file BuildKit uses for a Dockerfile named `dockerfileName`, among the workspace's
 * file names: `<name>.dockerignore` first, else `.dockerignore`, else none.
 */
export function pickDockerignore(dockerfileName: string, fileNames: readonly string[]): string | undefined {
  const own = `${dockerfileName}.dockerignore`;
  if (fileNames.includes(own)) return own;
  return fileNames.includes('.dockerignore') ? '.dockerignore' : undefined;
}

/** A workspace's `.dockerignore` as the build uses it: the file's name, for words, and its matcher. */
export interface ContextIgnore {
  readonly file: string;
  readonly matcher: IgnoreMatcher;
}

/**
 * The `.dockerignore` BuildKit reads for the Dockerfile `dockerfileName` among a workspace's files
 * (see {@link pickDockerignore}): its name and text, or null when none applies.
 */
export function dockerignoreOf(files: readonly { readonly name: string; readonly text: string }[], dockerfileName: string): { readonly name: string; readonly text: string } | null {
  const picked = pickDockerignore(dockerfileName, files.map((f) => f.name));
  const file = picked === undefined ? undefined : files.find((f) => f.name === picked);
  return file === undefined ? null : { name: file.name, text: file.text };
}
