/**
 * Image-reference validation, as distribution/reference's `ParseNormalizedNamed`
 * does it (the check BuildKit applies to every FROM image and implicit
 * `COPY --from=<image>` source, reachable or not).
 *
 * Grammar (distribution/reference/regexp.go):
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

/** Splits `name[:tag][@digest]` without regexes (the name may contain a registry port). */
function splitReference(s: string): { name: string; tag: string | null; digest: string | null } {
  const at = s.indexOf('@');
  const digest = at >= 0 ? s.slice(at + 1) : null;
  const rest = at >= 0 ? s.slice(0, at) : s;
  const lastColon = rest.lastIndexOf(':');
  const lastSlash = rest.lastIndexOf('/');
  if (lastColon > lastSlash) return { name: rest.slice(0, lastColon), tag: rest.slice(lastColon + 1), digest };
  return { name: rest, tag: null, digest };
}

/** docker's splitDockerDomain: is the first path part a registry host? */
function splitDomain(name: string): { domain: string | null; remainder: string } {
  const i = name.indexOf('/');
  if (i < 0) return { domain: null, remainder: name };
  const first = name.slice(0, i);
  const isHost = /[.:]/.test(first) || first === 'localhost' || first.toLowerCase() !== first;
  return isHost ? { domain: first, remainder: name.slice(i + 1) } : { domain: null, remainder: name };
}

/** Validates an image reference; `familiar` is the short form (`docker.io/library/` dropped). */
export function checkImageReference(input: string): ReferenceCheck {
  if (input.length === 0) return { ok: false, reason: 'repository name must have at least one component' };
  if (input.length > 4 * MAX_NAME) return { ok: false, reason: 'repository name must not be more than 255 characters' };
  if (HEX64.test(input)) {
    return { ok: false, reason: 'cannot specify 64-byte hexadecimal strings' };
  }
  const { name, tag, digest } = splitReference(input);
  const { domain, remainder } = splitDomain(name);
  if (remainder.toLowerCase() !== remainder) {
    return { ok: false, reason: `invalid reference format: repository name (${remainder}) must be lowercase` };
  }
  if (domain !== null && !DOMAIN.test(domain)) return { ok: false, reason: 'invalid reference format' };
  const components = remainder.split('/');
  if (components.some((c) => !PATH_COMPONENT.test(c))) return { ok: false, reason: 'invalid reference format' };
  if (name.length > MAX_NAME) return { ok: false, reason: 'repository name must not be more than 255 characters' };
  if (tag !== null && !TAG.test(tag)) return { ok: false, reason: 'invalid reference format' };
  if (digest !== null && !DIGEST.test(digest)) return { ok: false, reason: 'invalid reference format' };
  return { ok: true, familiar: familiarName(domain, remainder) + (tag !== null ? `:${tag}` : '') + (digest !== null ? `@${digest}` : '') };
}

function familiarName(domain: string | null, remainder: string): string {
  if (domain === null || domain === 'docker.io' || domain === 'index.docker.io') {
    return remainder.startsWith('library/') ? remainder.slice('library/'.length) : remainder;
  }
  return `${domain}/${remainder}`;
}
