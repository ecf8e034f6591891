#!/usr/bin/env node
// Builds the `stagecraft` command: src/cli/bin.ts and everything it imports, bundled by esbuild
// into plain ES modules for Node 20 (no TypeScript at run time, no runtime dependencies).
// Subcommands are imported lazily (src/cli/main.ts), so esbuild splits them into chunks and a
// run loads only the code it uses. Run directly: writes packages/cli/dist/ and copies the
// licence into packages/cli/ (both git-ignored). `buildCli(outdir)` is used by the tests.
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
export const PACKAGE_DIR = resolve(root, 'packages/cli');
export const DEFAULT_OUTDIR = resolve(PACKAGE_DIR, 'dist');

/** Bundles the CLI into `outdir` (emptied first); returns the path of the entry file. */
export async function buildCli(outdir = DEFAULT_OUTDIR) {
  const { version } = JSON.parse(readFileSync(resolve(PACKAGE_DIR, 'package.json'), 'utf8'));
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: { stagecraft: resolve(root, 'src/cli/bin.ts') },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minifySyntax: true,
    legalComments: 'none',
    define: { __STAGECRAFT_VERSION__: JSON.stringify(version) },
    // Bundled CommonJS dependencies (@balena/dockerignore) `require('path')`: in an ES module that
    // needs a real `require`, or the command dies with "Dynamic require of "path" is not supported".
    banner: { js: "#!/usr/bin/env node\nimport { createRequire as __stagecraftRequire } from 'node:module';\nconst require = __stagecraftRequire(import.meta.url);" },
    logLevel: 'error',
  });
  return resolve(outdir, 'stagecraft.mjs');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const entry = await buildCli();
  copyFileSync(resolve(root, 'LICENSE'), resolve(PACKAGE_DIR, 'LICENSE'));
  // stderr: `npm pack` (which runs `prepare`) prints the tarball name on stdout, and tools read it from there.
  console.error(`built ${entry}`);
}
