/** Narrowing helpers for decoded JSON (`unknown` in, precise types out; no `any`). */

/** A JSON object: not null, not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Like Array.isArray, but the elements stay `unknown` instead of becoming `any`. */
export function isArray(value: unknown): value is readonly unknown[] {
  return Array.isArray(value);
}

export function isString(value: unknown): value is string {
  return typeof value === 'string';
}

/** Own enumerable keys only; JSON.parse makes `__proto__` an own key, so it is listed like any other. */
export function ownKeys(record: Record<string, unknown>): string[] {
  return Object.keys(record);
}

/** Lists a value's JSON type for problem messages ("an array", "null", ...). */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}
