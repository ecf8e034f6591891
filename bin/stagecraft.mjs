#!/usr/bin/env node
// Runs the CLI from its TypeScript source through tsx (a devDependency): for development, for the
// tests that exercise the source as it is, and as the "old path" in scripts/bench-cli.mjs.
// The command users run is the bundle scripts/build-cli.mjs builds (package.json `bin`).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
