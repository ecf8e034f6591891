/**
 * Image-reference validation, as distribution/reference's `ParseNormalizedNamed`
 * does it (the check BuildKit applies to every FROM image and implicit
 * `COPY --from=<image>` source, reachable or not), with its error words.
 *
 * ParseNormalizedNamed (normalize.go): a 64-hex string is refused; the name is
 * split with splitDockerDomain (a familiar name gets `docker.io/library/`); the
 * remote name up to the first ':' must be lowercase, and the error names it
 * *normalised* (`repository name (library/Builder) must be lowercase`); then
 * Parse(domain + "/" + remainder) applies the grammar (reference.go Parse):
 *   reference  := name [ ":" tag ] [ "@" digest ]
 *   name       := [domain "/"] path-component ("/" path-component)*
 *   path-comp  := [a-z0-9]+ ((\.|_|__|-+) [a-z0-9]+)*
 *   tag        := [\w][\w.-]{0,127}
 *   digest     := algorithm ":" [0-9a-fA-F]{32,}
 */

export type ReferenceCheck = { readonly ok: true; readonly familiar: string } | { readonly ok: false; readonly reason: string };

const MAX_NAME = 255;
// Each pattern alternates disjoint character classes, so matching stays linear.
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = new RegExp(`^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?$`);
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
const HEX64 = /^[a-f0-9]{64}$/;
const INVALID = 'invalid reference format';

/** Splits `name[:tag][@digest]` (the name may contain a registry port). */
function splitReference(s: string): { name: string; tag: string | null; digest: string | null } {
  const at = s.indexOf('@');
  const digest = at >= 0 ? s.slice(at + 1) : null;
  const rest = at >= 0 ? s.slice(0, at) : s;
  const lastColon = rest.lastIndexOf(':');
  const lastSlash = rest.lastIndexOf('/');
  if (lastColon > lastSlash) return { name: rest.slice(0, lastColon), tag: rest.slice(lastColon + 1), digest };
  return { name: rest, tag: null, digest };
}

/** distribution's splitDockerDomain: `docker.io` + `library/x` for familiar names. */
export function splitDockerDomain(name: string): { domain: string; remainder: string } {
  const i = name.indexOf('/');
  if (i < 0) return { domain: 'docker.io', remainder: `library/${name}` };
  const first = name.slice(0, i);
  const rest = name.slice(i + 1);
  let domain = 'docker.io';
  let remainder = name;
  if (first === 'localhost' || /[.:]/.test(first) || first.toLowerCase() !== first) {
    domain = first === 'index.docker.io' ? 'docker.io' : first;
    remainder = rest;
  }
  if (domain === 'docker.io' && !remainder.includes('/')) remainder = `library/${remainder}`;
  return { domain, remainder };
}

/** reference.ReferenceRegexp over a whole normalised string `domain/path[:tag][@digest]`. */
function matchesGrammar(s: string): boolean {
  const { name, tag, digest } = splitReference(s);
  const slash = name.indexOf('/');
  const first = slash < 0 ? name : name.slice(0, slash);
  const path = slash < 0 ? [] : name.slice(slash + 1).split('/');
  const firstOk = PATH_COMPONENT.test(first) || (slash >= 0 && DOMAIN.test(first));
  if (!firstOk || path.some((c) => !PATH_COMPONENT.test(c))) return false;
  if (tag !== null && !TAG.test(tag)) return false;
  return digest === null || DIGEST.test(digest);
}

/** Validates an image reference; `familiar` is the short form (`docker.io/library/` dropped). */
export function checkImageReference(input: string): ReferenceCheck {
  if (HEX64.test(input)) {
    return { ok: false, reason: `invalid repository name (${input}), cannot specify 64-byte hexadecimal strings` };
  }
  const { domain, remainder } = splitDockerDomain(input);
  const colon = remainder.indexOf(':');
  const remote = colon < 0 ? remainder : remainder.slice(0, colon);
  if (remote.toLowerCase() !== remote) {
    return { ok: false, reason: `invalid reference format: repository name (${remote}) must be lowercase` };
  }
  const full = `${domain}/${remainder}`;
  if (!matchesGrammar(full)) {
    return { ok: false, reason: matchesGrammar(full.toLowerCase()) ? 'repository name must be lowercase' : INVALID };
  }
  const { name, tag, digest } = splitReference(full);
  if (name.length - domain.length - 1 > MAX_NAME) return { ok: false, reason: 'repository name must not be more than 255 characters' };
  const path = name.slice(domain.length + 1);
  const short = domain === 'docker.io' ? (path.startsWith('library/') ? path.slice('library/'.length) : path) : `${domain}/${path}`;
  return { ok: true, familiar: short + (tag !== null ? `:${tag}` : '') + (digest !== null ? `@${digest}` : '') };
}
