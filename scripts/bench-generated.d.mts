/** Types for bench-generated.mjs (imported by the e2e specs too, so the generated file exists once). */
export function generated(n: number): string;
