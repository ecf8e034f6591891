/**
 * The files, the active file and the options survive a reload (localStorage). What is read back is
 * validated field by field: a bad or foreign value falls back to the default, never throws, and
 * never drops a text that can be kept (a bad name becomes `untitled…`: core/workspace/names.ts).
 *
 *   stagecraft.files     [{"name":"Dockerfile","text":"FROM …"}, …]   the files, in tab order
 *   stagecraft.active    {"file":"build.sh","graph":"Dockerfile"}    active file, last active Dockerfile
 *   stagecraft.options   what-if and display options (theme, layout, minimap, classic, focus, pipeline…)
 *   stagecraft.text      (before multi-file workspaces) the one text: read when stagecraft.files is
 *                        missing, removed once the files are saved
 *
 * The files have a key of their own so another tab's save can be compared as a string (the tab
 * guard, src/ui/share/tabs.ts): switching tabs in one browser tab must not look like a conflict.
 */
import { DEFAULT_FILE_NAME } from '../../core/share/workspace.ts';
import { repairFiles, type WorkspaceFile } from '../../core/workspace/index.ts';
import { currentLanguage, isLanguage } from '../i18n/index.ts';
import type { InitialFiles } from './reducer.ts';
import type { Options, State, ThemeChoice } from './types.ts';

export const FILES_KEY = 'stagecraft.files';
export const ACTIVE_KEY = 'stagecraft.active';
export const OPTIONS_KEY = 'stagecraft.options';
export const LEGACY_TEXT_KEY = 'stagecraft.text';

export const DEFAULT_OPTIONS: Omit<Options, 'language'> = {
  target: null,
  buildArgs: {},
  direction: 'DOWN',
  theme: 'system',
  classic: false,
  minimap: true,
  focus: false,
  pipeline: false,
};

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function storage(): StorageLike | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage disabled (privacy mode): nothing persists, nothing breaks
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function readJson(s: StorageLike | null, key: string): unknown {
  try {
    return JSON.parse(s?.getItem(key) ?? 'null');
  } catch {
    return null;
  }
}

/** The saved files as stored: one string per file, the same bytes for the same files in every tab. */
export function serializeFiles(files: readonly WorkspaceFile[]): string {
  return JSON.stringify(files.map((f) => ({ name: f.name, text: f.text })));
}

/**
 * Reads a stored file list. An entry is kept when its text is a string (its name is repaired if
 * need be); anything else is not a file. Null when no file could be read.
 */
export function parseFiles(raw: string | null): WorkspaceFile[] | null {
  let value: unknown;
  try {
    value = JSON.parse(raw ?? 'null');
  } catch {
    return null;
  }
  if (!Array.isArray(value)) return null;
  const files = value.flatMap((e: unknown): WorkspaceFile[] =>
    isRecord(e) && typeof e.text === 'string' ? [{ name: typeof e.name === 'string' ? e.name : '', text: e.text }] : [],
  );
  return files.length > 0 ? repairFiles(files) : null;
}

/** The saved workspace; else the old single text as `Dockerfile`; else one empty `Dockerfile`. */
export function loadFiles(s: StorageLike | null = storage()): InitialFiles {
  const saved = parseFiles(s?.getItem(FILES_KEY) ?? null);
  const legacy = s?.getItem(LEGACY_TEXT_KEY) ?? null;
  const files = saved ?? [{ name: DEFAULT_FILE_NAME, text: legacy ?? '' }];
  const where = readJson(s, ACTIVE_KEY);
  const names = isRecord(where) ? where : {};
  const active = files.findIndex((f) => f.name === names.file);
  return {
    files,
    active: active === -1 ? 0 : active,
    lastDockerfile: typeof names.graph === 'string' ? names.graph : null,
  };
}

function stringRecord(v: unknown): Record<string, string> {
  if (!isRecord(v)) return {};
  return Object.fromEntries(Object.entries(v).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

export function loadOptions(s: StorageLike | null = storage()): Options {
  const raw = readJson(s, OPTIONS_KEY);
  const o = isRecord(raw) ? raw : {};
  const theme: ThemeChoice = o.theme === 'light' || o.theme === 'dark' ? o.theme : 'system';
  return {
    target: typeof o.target === 'string' ? o.target : null,
    buildArgs: stringRecord(o.buildArgs),
    ...(isRecord(o.buildContexts) ? { buildContexts: stringRecord(o.buildContexts) } : {}),
    direction: o.direction === 'RIGHT' ? 'RIGHT' : 'DOWN',
    theme,
    language: isLanguage(o.language) ? o.language : currentLanguage(),
    classic: o.classic === true,
    minimap: o.minimap !== false,
    focus: o.focus === true,
    pipeline: o.pipeline === true,
  };
}

export type Saved = Pick<State, 'files' | 'active' | 'lastDockerfile' | 'options'>;

/**
 * What became of a save: `saved`; `quota` (these files are too large for the space left);
 * `unavailable` (the browser refuses even a tiny write or gives no storage at all: private mode,
 * storage disabled); `held` (another tab's save is waiting for the person's choice: see holdSaves).
 */
export type SaveOutcome = 'saved' | 'quota' | 'unavailable' | 'held';

const PROBE_KEY = 'stagecraft.probe';
let held = false;

/**
 * While another tab's different save waits for the person's choice (the conflict banner), this tab
 * writes nothing to the shared slot: neither the typing autosave nor the flush on leaving.
 */
export function holdSaves(on: boolean): void {
  held = on;
}

/** Whether a failed write was for lack of room: a one-byte write that fails too means storage is refused. */
function why(s: StorageLike): 'quota' | 'unavailable' {
  try {
    s.setItem(PROBE_KEY, '1');
    s.removeItem(PROBE_KEY);
    return 'quota';
  } catch {
    return 'unavailable';
  }
}

/**
 * Saves and says how it went. Never throws: the session keeps working, and the previous save stays
 * as it was (an older copy beats none; the page says the newest is not saved, and why). The old
 * single-text key goes once the files are safely saved.
 */
export function saveOutcome(state: Saved, s: StorageLike | null = storage()): SaveOutcome {
  if (held) return 'held';
  if (!s) return 'unavailable';
  try {
    s.setItem(OPTIONS_KEY, JSON.stringify(state.options));
  } catch {
    // options are small; a full quota is reported through the files below
  }
  try {
    s.setItem(FILES_KEY, serializeFiles(state.files));
  } catch {
    return why(s);
  }
  try {
    s.setItem(ACTIVE_KEY, JSON.stringify({ file: state.files[state.active]?.name ?? null, graph: state.lastDockerfile }));
    s.removeItem(LEGACY_TEXT_KEY);
  } catch {
    // the files are saved; which tab was open is a nicety
  }
  return 'saved';
}

/** Saves; false only when the files did not fit the quota (see saveOutcome for the reason). */
export function save(state: Saved, s: StorageLike | null = storage()): boolean {
  return saveOutcome(state, s) !== 'quota';
}
