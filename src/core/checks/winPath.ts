/**
 * WORKDIR's absolute-path test as BuildKit makes it (util/system/path.go IsAbs, through
 * CheckSystemDriveAndRemoveDriveLetter): on Windows a `C:` drive letter is removed and
 * backslashes become slashes before `path.IsAbs`; a bare `C:`, another drive or a UNC path is
 * an error there, which IsAbs answers with false. On any other OS the path is taken as it is.
 */
export function isAbsWorkdir(path: string, os: string): boolean {
  if (os !== 'windows') return path.startsWith('/');
  if (path.length === 2 && path[1] === ':') return false;
  const slashed = path.replace(/\\/g, '/');
  if (slashed.startsWith('//')) return false;
  const colon = slashed.indexOf(':');
  if (colon < 0) return slashed.startsWith('/');
  if (slashed.slice(0, colon).toLowerCase() !== 'c') return false;
  return slashed.slice(colon + 1).startsWith('/');
}
