/**
 * The built command's entry (scripts/build-cli.mjs bundles this file): runs `main` on the
 * process's arguments. Ends the process once output is flushed, so an unread stdin
 * (e.g. a capped `- </dev/zero`) never keeps it alive.
 */
import { main } from './main.ts';

const code = await main(process.argv.slice(2));
process.stdout.write('', () => process.exit(code));
