/**
 * Reads a `RUN --mount=<csv>` value the way BuildKit's parseMount does
 * (instructions/commands_runmount.go): comma-separated `key=value` fields
 * (CSV quoting), keys case-insensitive; `type` defaults to bind.
 */

export interface MountSpec {
  readonly type: string;
  /** The `from=` value, or null when the mount has none. */
  readonly from: string | null;
  readonly source: string | null;
  readonly target: string | null;
}

/** Splits one CSV record (encoding/csv semantics for double quotes). */
export function splitCsv(value: string): string[] {
  const fields: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (quoted) {
      if (c === '"' && value[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"' && cur === '') quoted = true;
    else if (c === ',') {
      fields.push(cur);
      cur = '';
    } else cur += c;
  }
  fields.push(cur);
  return fields;
}

export function parseMount(value: string): MountSpec {
  let type = 'bind';
  let from: string | null = null;
  let source: string | null = null;
  let target: string | null = null;
  for (const field of splitCsv(value)) {
    const eq = field.indexOf('=');
    const key = (eq < 0 ? field : field.slice(0, eq)).trim().toLowerCase();
    const val = eq < 0 ? '' : field.slice(eq + 1);
    if (key === 'type') type = val.toLowerCase();
    else if (key === 'from') from = val;
    else if (key === 'source' || key === 'src') source = val;
    else if (key === 'target' || key === 'dst' || key === 'destination') target = val;
  }
  return { type, from, source, target };
}
