/**
 * The v1 compact JSON form of a workspace: one-letter keys, and every field equal to its default left out.
 *
 *   { "f": [file, ...],        files; a file is ["name", "text"], or the bare "text" when named "Dockerfile"
 *     "a": 1,                  active            (omitted when 0)
 *     "t": "release",          target            (omitted when null)
 *     "b": { "NAME": "v" },    buildArgs         (omitted when empty)
 *     "d": "LR",               direction         (omitted when "TB")
 *     "s": 2,                  selectedStage     (omitted when null)
 *     "v": "compare",          view              (omitted when "graph")
 *     "c": { "NAME": "v" }     buildContexts     (omitted when absent or empty; added to v1
 *                                                 later: older links have no "c" and still decode)
 *     "x": { "k": … },         exercise          (omitted when none; see ../exercise/compact.ts)
 *     "g": true,               focus             (omitted when off; added to v1 later)
 *     "p": true,               pipeline          (omitted when off; added to v1 later)
 *     "k": true }              classic builder   (omitted when off; added to v1 later)
 *
 * Keys are written in this order, so a workspace always encodes to the same bytes. The reader
 * (./parse-compact.ts) also accepts a default written out, and rejects any other key.
 *
 * NOTE: this shape is frozen for v1 links. A change that old readers would misread needs a new version
 * prefix and a new reader beside the old one (see ./codec.ts).
 */
import { toCompactExercise, type CompactExercise } from '../exercise/compact.ts';
import { DEFAULT_FILE_NAME, WORKSPACE_DEFAULTS, type Workspace, type WorkspaceFile } from './workspace.ts';

export type CompactFile = string | [name: string, text: string];

export interface CompactWorkspace {
  f: CompactFile[];
  a?: number;
  t?: string;
  b?: Record<string, string>;
  d?: string;
  s?: number;
  v?: string;
  c?: Record<string, string>;
  x?: CompactExercise;
  g?: true;
  p?: true;
  k?: true;
}

export const COMPACT_KEYS: ReadonlySet<string> = new Set(['f', 'a', 't', 'b', 'd', 's', 'v', 'c', 'x', 'g', 'p', 'k']);

function compactFile(file: WorkspaceFile): CompactFile {
  return file.name === DEFAULT_FILE_NAME ? file.text : [file.name, file.text];
}

export function toCompact(ws: Workspace): CompactWorkspace {
  const out: CompactWorkspace = { f: ws.files.map(compactFile) };
  if (ws.active !== WORKSPACE_DEFAULTS.active) out.a = ws.active;
  if (ws.target !== WORKSPACE_DEFAULTS.target) out.t = ws.target;
  // fromEntries defines own properties, so even an odd key cannot reach a prototype.
  if (Object.keys(ws.buildArgs).length > 0) out.b = Object.fromEntries(Object.entries(ws.buildArgs));
  if (ws.direction !== WORKSPACE_DEFAULTS.direction) out.d = ws.direction;
  if (ws.selectedStage !== WORKSPACE_DEFAULTS.selectedStage) out.s = ws.selectedStage;
  if (ws.view !== WORKSPACE_DEFAULTS.view) out.v = ws.view;
  if (ws.buildContexts && Object.keys(ws.buildContexts).length > 0) out.c = Object.fromEntries(Object.entries(ws.buildContexts));
  if (ws.exercise !== undefined) out.x = toCompactExercise(ws.exercise);
  if (ws.focus === true) out.g = true;
  if (ws.pipeline === true) out.p = true;
  if (ws.classic === true) out.k = true;
  return out;
}
