/**
 * Which Dockerfiles a build script's docker build commands read (workspace
 * paths), so a caller can load the ones it was not given.
 */
import { dirName, joinPath, normalizePath } from './paths.ts';
import { readScript } from './scriptReader.ts';

export function referencedDockerfiles(scriptText: string, script = 'build.sh'): string[] {
  const dir = dirName(normalizePath(script));
  const out: string[] = [];
  for (const ev of readScript(scriptText, script).events) {
    if (ev.kind !== 'docker' || ev.command.kind !== 'build') continue;
    const c = ev.command;
    const path = c.file !== null ? joinPath(dir, c.file) : joinPath(joinPath(dir, c.context ?? '.'), 'Dockerfile');
    if (!out.includes(path)) out.push(path);
  }
  return out;
}
