#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx, so `npx stagecraft` works in a
// fresh clone after `npm install`, with no build step to remember.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
