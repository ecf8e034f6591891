/**
 * The Examples menu: the tutorials' examples (the repository's examples/ folder, one Dockerfile or a
 * builder-pattern folder each) and a few real-world Dockerfiles from the reference corpus, credited
 * with repository, path, commit and licence as listed in shared/data/corpus/SOURCES.tsv.
 * Everything is bundled as text files beside the page (data, not JavaScript: never in the app's
 * script budget), fetched from the page's own origin on demand and precached for offline use.
 */
import { DEFAULT_FILE_NAME } from '../../core/share/workspace.ts';
import type { WorkspaceFile } from '../../core/workspace/index.ts';
import { SEED_EXAMPLES, seedPaths, type SeedExample } from './seeds.ts';

/** What an example opens: its files, and which one is in the editor. */
export interface ExampleFiles {
  readonly files: readonly WorkspaceFile[];
  readonly active: number;
}

export type Example =
  | { readonly kind: 'seed'; readonly id: string; readonly seed: string; readonly files: number; readonly load: () => Promise<ExampleFiles> }
  | {
      readonly kind: 'corpus';
      readonly id: string;
      readonly repo: string;
      readonly path: string;
      readonly commit: string;
      readonly license: string;
      readonly load: () => Promise<ExampleFiles>;
    };

type Loader = () => Promise<string>;

// URLs of the emitted files (`no-inline`: never a data: URL inside the script); see vite.config.ts.
const seedFiles = import.meta.glob<string>('../../../examples/*/*', { query: '?url&no-inline', import: 'default', eager: true });
const corpusFiles = import.meta.glob<string>('./corpus/*.Dockerfile', { query: '?url&no-inline', import: 'default', eager: true });

function loader(files: Record<string, string>, key: string): Loader {
  const url = files[key];
  if (!url) throw new Error(`missing example file ${key}`);
  return async () => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`example file ${key}: HTTP ${response.status}`);
    return response.text();
  };
}

const single = (load: Loader) => async (): Promise<ExampleFiles> => ({ files: [{ name: DEFAULT_FILE_NAME, text: await load() }], active: 0 });

function seed(e: SeedExample): Example {
  const loaders = seedPaths(e).map((p) => loader(seedFiles, `../../../examples/${p}`));
  if (e.kind === 'file') return { kind: 'seed', id: e.id, seed: e.seed, files: 1, load: single(loaders[0]!) };
  return {
    kind: 'seed',
    id: e.id,
    seed: e.seed,
    files: e.files.length,
    load: async () => {
      const texts = await Promise.all(loaders.map((l) => l()));
      return { files: e.files.map((name, i) => ({ name, text: texts[i] ?? '' })), active: Math.max(0, e.files.indexOf(e.active)) };
    },
  };
}

function corpus(file: string, repo: string, path: string, commit: string, license: string): Example {
  return { kind: 'corpus', id: `corpus:${repo}/${path}`, repo, path, commit, license, load: single(loader(corpusFiles, `./corpus/${file}`)) };
}

export const EXAMPLES: readonly Example[] = [
  ...SEED_EXAMPLES.map(seed),
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
