/** Lookups in caller-given records by names that come from user text (image refs, paths). */

/**
 * `record[key]` when `key` is the record's own property, else undefined: a name such as
 * `constructor` or `__proto__` must never read Object.prototype.
 */
export function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}
