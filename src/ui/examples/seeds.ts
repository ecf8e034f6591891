/**
 * The tutorials' examples (shared/seeds/*.txt): which files of the repository's examples/ folder
 * each menu entry opens. The texts themselves live once, as files there (see examples/README.md);
 * the page bundles them (./index.ts), the tests and the CLI read them from disk.
 */
export type SeedExample =
  /** One Dockerfile: opens as a workspace of one file named `Dockerfile`. */
  | { readonly kind: 'file'; readonly id: string; readonly seed: string; readonly path: string }
  /** A builder-pattern folder: opens every listed file as a tab, `active` in the editor. */
  | { readonly kind: 'folder'; readonly id: string; readonly seed: string; readonly folder: string; readonly files: readonly string[]; readonly active: string };

export const SEED_EXAMPLES: readonly SeedExample[] = [
  { kind: 'file', id: 'go-http-server', seed: '002', path: 'seed002-multistage/Dockerfile' },
  { kind: 'file', id: 'go-http-server-named', seed: '002', path: 'seed002-multistage/Dockerfile.named' },
  { kind: 'file', id: 'href-counter', seed: '004', path: 'seed004-multistage/Dockerfile' },
  { kind: 'file', id: 'href-counter-builder', seed: '004', path: 'seed004-multistage/Dockerfile.named' },
  { kind: 'file', id: 'go-scratch', seed: '000', path: 'seed000-go-scratch/Dockerfile' },
  { kind: 'file', id: 'copy-from-etcd', seed: '000', path: 'seed000-copy-from-etcd/Dockerfile' },
  { kind: 'file', id: 'copy-from-nginx', seed: '001', path: 'seed001-copy-from-nginx/Dockerfile' },
  { kind: 'file', id: 'stage-chain', seed: '003', path: 'seed003-stage-chain/Dockerfile' },
  { kind: 'file', id: 'arg-scope', seed: '003', path: 'seed003-arg-scope/Dockerfile' },
  // The builder pattern (before Docker 17.05): the script runs both builds; the graph shows `Dockerfile`.
  { kind: 'folder', id: 'seed002-builder', seed: '002', folder: 'seed002-builder', files: ['Dockerfile.build', 'Dockerfile', 'build.sh'], active: 'build.sh' },
  { kind: 'folder', id: 'seed004-builder', seed: '004', folder: 'seed004-builder', files: ['Dockerfile.build', 'Dockerfile', 'build.sh'], active: 'build.sh' },
];

/** Every examples/ path an entry opens (relative to examples/). */
export function seedPaths(e: SeedExample): string[] {
  return e.kind === 'file' ? [e.path] : e.files.map((f) => `${e.folder}/${f}`);
}

/** Where a tutorial can be read (only the ones published at a stable address). */
export const SEED_LINKS: Readonly<Record<string, string | undefined>> = {
  // Seed 004 is a translation of Docker's own page.
  '004': 'https://docs.docker.com/build/building/multi-stage/',
};
