/**
 * The Examples menu: the tutorials' Dockerfiles (bundled, tiny) and a few real-world ones
 * from the reference corpus (loaded on demand, credited with repository, path, commit and licence
 * as listed in shared/data/corpus/SOURCES.tsv).
 */
import { SEED_EXAMPLES } from './seeds.ts';

export type Example =
  | { readonly kind: 'seed'; readonly id: string; readonly seed: string; readonly load: () => Promise<string> }
  | {
      readonly kind: 'corpus';
      readonly id: string;
      readonly repo: string;
      readonly path: string;
      readonly commit: string;
      readonly license: string;
      readonly load: () => Promise<string>;
    };

const corpusFiles = import.meta.glob<string>('./corpus/*.Dockerfile', { query: '?raw', import: 'default' });

function corpus(file: string, repo: string, path: string, commit: string, license: string): Example {
  const loader = corpusFiles[`./corpus/${file}`];
  if (!loader) throw new Error(`missing corpus example ${file}`);
  return { kind: 'corpus', id: `corpus:${repo}/${path}`, repo, path, commit, license, load: loader };
}

export const EXAMPLES: readonly Example[] = [
  ...SEED_EXAMPLES.map((s): Example => ({ kind: 'seed', id: s.id, seed: s.seed, load: () => Promise.resolve(s.text) })),
  corpus('GoogleContainerTools__distroless__examples__go__Dockerfile.Dockerfile', 'GoogleContainerTools/distroless', 'examples/go/Dockerfile', 'cd080764af3103b2f49fb5eb23297c72c945e77a', 'Apache-2.0'),
  corpus('astral-sh__uv-docker-example__multistage.Dockerfile', 'astral-sh/uv-docker-example', 'multistage.Dockerfile', '00701a3361b9bdc896f8549fb9f890f99d115824', 'Apache-2.0 OR MIT'),
  corpus('docker__awesome-compose__react-nginx__Dockerfile.Dockerfile', 'docker/awesome-compose', 'react-nginx/Dockerfile', '18f59bdb09ecf520dd5758fbf90dec314baec545', 'CC0-1.0'),
  corpus('moby__buildkit__frontend__dockerfile__cmd__dockerfile-frontend__Dockerfile.Dockerfile', 'moby/buildkit', 'frontend/dockerfile/cmd/dockerfile-frontend/Dockerfile', '73ed6825c4b7569379ef89df0aedcdbe64473d31', 'Apache-2.0'),
  corpus('docker__buildx__Dockerfile.Dockerfile', 'docker/buildx', 'Dockerfile', '461836ba0fcb3e847dab6045a726889faa150bdb', 'Apache-2.0'),
  corpus('moby__moby__Dockerfile.Dockerfile', 'moby/moby', 'Dockerfile', 'b985e2313a8676e18072b442911fc8f64f17d440', 'Apache-2.0'),
];

export function findExample(id: string): Example | undefined {
  return EXAMPLES.find((e) => e.id === id);
}
