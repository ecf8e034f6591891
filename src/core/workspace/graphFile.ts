/**
 * Which file the graph shows. The graph always shows a Dockerfile; a build script open in the editor
 * leaves the graph on a Dockerfile instead of blanking it. The rule, first match wins:
 *
 *   1. the active file, when it is a Dockerfile;
 *   2. the Dockerfile the graph showed last (`lastDockerfile`: the last active Dockerfile, kept by the
 *      page across renames and the opening of scripts), when it still exists;
 *   3. the file named exactly `Dockerfile` (what `docker build .` reads);
 *   4. the first Dockerfile in tab order;
 *   5. none (null): the workspace holds only scripts, and the graph is empty.
 */
import { DEFAULT_FILE_NAME } from '../share/workspace.ts';
import { isDockerfile, type WorkspaceFile } from './files.ts';

export function graphFileIndex(files: readonly Pick<WorkspaceFile, 'name'>[], active: number, lastDockerfile: string | null): number | null {
  const current = files[active];
  if (current && isDockerfile(current.name)) return active;
  const find = (ok: (name: string) => boolean): number | null => {
    const i = files.findIndex((f) => ok(f.name));
    return i === -1 ? null : i;
  };
  return (
    (lastDockerfile === null ? null : find((n) => n === lastDockerfile && isDockerfile(n)))
    ?? find((n) => n === DEFAULT_FILE_NAME)
    ?? find(isDockerfile)
  );
}
