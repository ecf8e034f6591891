/**
 * Artifact sizes the seeds print, so their comparison starts from the seed's own figures; a person
 * can change them. Keyed by the path inside the build image (absolute, normalized).
 */
export const KNOWN_ARTIFACT_BYTES: Readonly<Record<string, number>> = {
  // Seed 002 (Go http-server): its second build sends "7.496MB" of context where the first sent
  // "96.26kB" (main.go and the Dockerfiles): the extracted binary is about 7.4 MB.
  '/go/src/github.com/wilhelmguo/multi-stage-demo/http-server': 7_400_000,
};
