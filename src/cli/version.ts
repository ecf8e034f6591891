/** The command's version: fixed at build time (scripts/build-cli.mjs), read from packages/cli when run from source. */
declare const __STAGECRAFT_VERSION__: string | undefined;

export async function version(): Promise<string> {
  if (typeof __STAGECRAFT_VERSION__ === 'string') return __STAGECRAFT_VERSION__;
  const { readFile } = await import('node:fs/promises');
  const pkg = JSON.parse(await readFile(new URL('../../packages/cli/package.json', import.meta.url), 'utf8')) as { version: string };
  return `${pkg.version} (from source)`;
}
