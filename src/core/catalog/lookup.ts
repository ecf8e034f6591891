/**
 * Finds a catalog entry for an image reference as written in a Dockerfile.
 */
import { CATALOG, type CatalogEntry } from './images.ts';

/** Splits `[registry/]repo[:tag][@digest]` into the familiar repo name and tag. */
export function splitImage(ref: string): { repo: string; tag: string } {
  const noDigest = ref.split('@')[0] ?? '';
  const lastColon = noDigest.lastIndexOf(':');
  const lastSlash = noDigest.lastIndexOf('/');
  const hasTag = lastColon > lastSlash;
  let repo = hasTag ? noDigest.slice(0, lastColon) : noDigest;
  const tag = hasTag ? noDigest.slice(lastColon + 1) : '';
  for (const prefix of ['docker.io/library/', 'index.docker.io/library/', 'docker.io/', 'library/']) {
    if (repo.startsWith(prefix)) repo = repo.slice(prefix.length);
  }
  return { repo, tag };
}

/** The catalog entry for `ref`, or null when the image is not in the catalog. */
export function lookupImage(ref: string): CatalogEntry | null {
  const { repo, tag } = splitImage(ref);
  for (const e of CATALOG) {
    if (e.repo.test(repo) && e.tag.test(tag)) return e;
  }
  return null;
}
