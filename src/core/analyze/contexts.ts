/**
 * Named build contexts (`docker buildx build --build-context NAME=VALUE`, bake `contexts`),
 * looked up as BuildKit's dockerui `Client.NamedContext` does: the name is normalised with
 * ParseNormalizedNamed and written familiar without `:latest` (`docker.io/library/alpine:latest`
 * → `alpine`), then `NAME::<platform>` is tried before `NAME`. A stage named `scratch` or
 * `context` is never replaced (convert.go namedContextFunc).
 *
 * Value kinds (buildx's classification): `docker-image://ref`, `oci-layout://path[:tag|@digest]`,
 * a git URL, an http(s) URL (a tarball), bake's `target:<other>`, else a local directory.
 */
import type { BuildContext, BuildContextKind } from '../model.ts';
import { checkImageReference } from './reference.ts';

const DEFAULT_PLATFORM = 'linux/amd64';

/** What kind of source a context value names. */
export function contextKind(value: string): BuildContextKind {
  if (value.startsWith('docker-image://')) return 'docker-image';
  if (value.startsWith('oci-layout://')) return 'oci-layout';
  if (value.startsWith('target:')) return 'target';
  if (/^git@|^git:\/\/|^github\.com\//.test(value) || /^https?:\/\/[^#]*\.git(?:#.*)?$/.test(value) || /^https?:\/\/[^/]+\/[^#]*#/.test(value)) return 'git';
  if (/^https?:\/\//.test(value)) return 'url';
  return 'local';
}

/** The name a context must be given to replace `name` (NamedContext), or an error (invalid context name). */
export function contextName(name: string): { ok: true; name: string } | { ok: false; reason: string } {
  const ref = checkImageReference(name);
  if (!ref.ok) return { ok: false, reason: ref.reason };
  return { ok: true, name: ref.familiar.endsWith(':latest') ? ref.familiar.slice(0, -':latest'.length) : ref.familiar };
}

/** Looks up the context that replaces `name` on `platform` (the target platform when null). */
export function findContext(
  contexts: Readonly<Record<string, string>>, name: string, platform: string | null,
): BuildContext | null {
  const n = contextName(name);
  if (!n.ok) return null;
  for (const key of [`${n.name}::${platform ?? DEFAULT_PLATFORM}`, n.name]) {
    if (Object.prototype.hasOwnProperty.call(contexts, key)) {
      const value = contexts[key] ?? '';
      return { name: key, value, kind: contextKind(value) };
    }
  }
  return null;
}

/** True when a stage with this (lower-cased) name can be replaced by a context at all. */
export const replaceableStageName = (name: string): boolean => name !== 'scratch' && name !== 'context';

/** Splits one `NAME=VALUE` word (the CLI's and the page's syntax); null when it has no `=` or no name. */
export function parseContextWord(word: string): { name: string; value: string } | null {
  const eq = word.indexOf('=');
  if (eq <= 0 || eq === word.length - 1) return null;
  return { name: word.slice(0, eq), value: word.slice(eq + 1) };
}
