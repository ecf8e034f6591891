import { encodeWorkspace, type Workspace } from '../../core/share/index.ts';

/** The workspace as a `v1=` fragment, or null when it cannot be shared (too large, a refused name). */
export function tryEncode(ws: Workspace): string | null {
  try {
    return encodeWorkspace(ws);
  } catch {
    return null; // the app keeps working, the link does not update
  }
}
