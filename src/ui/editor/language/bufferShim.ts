/**
 * dockerfile-ast (under the language service) calls `Buffer.from` on every parse to look for a
 * byte-order mark; browsers have no `Buffer`. Imported before the service, once.
 */
const g = globalThis as { Buffer?: unknown };
g.Buffer ??= { from: (s: string) => new TextEncoder().encode(s) };
export {};
