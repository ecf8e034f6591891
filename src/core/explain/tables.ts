/**
 * What can be explained, and where Docker documents it. The instruction and flag lists come from
 * the engine's own tables (analyze/instructions.ts), so a flag the parser learns is a flag the
 * explanation test asks about.
 */
import { FLAGS, KNOWN } from '../analyze/instructions.ts';

export const INSTRUCTIONS: readonly string[] = KNOWN;
export const INSTRUCTION_FLAGS = FLAGS;

export const MOUNT_TYPES = ['bind', 'cache', 'tmpfs', 'secret', 'ssh'] as const;

/** Mount keys as BuildKit's parseMount reads them (commands_runmount.go): alias → the key we explain. */
export const MOUNT_KEYS: Readonly<Record<string, string>> = {
  type: 'type', from: 'from', source: 'source', src: 'source', target: 'target', dst: 'target', destination: 'target',
  readonly: 'readonly', ro: 'readonly', readwrite: 'readwrite', rw: 'readwrite', required: 'required', size: 'size',
  id: 'id', sharing: 'sharing', mode: 'mode', uid: 'uid', gid: 'gid', env: 'env',
};

export const DIRECTIVES = ['syntax', 'escape', 'check'] as const;

const REFERENCE = 'https://docs.docker.com/reference/dockerfile/';

/** The reference section of an instruction. */
export function instructionDocs(keyword: string): string {
  return REFERENCE + '#' + (keyword === 'maintainer' ? 'maintainer-deprecated' : keyword);
}

const FLAG_ANCHORS: Readonly<Record<string, string>> = {
  'copy.from': 'copy---from', 'copy.chown': 'copy---chown---chmod', 'copy.chmod': 'copy---chown---chmod',
  'copy.link': 'copy---link', 'copy.parents': 'copy---parents', 'copy.exclude': 'copy---exclude',
  'add.chown': 'add---chown---chmod', 'add.chmod': 'add---chown---chmod', 'add.link': 'add---link',
  'add.exclude': 'add---exclude', 'add.checksum': 'add---checksum', 'add.keep-git-dir': 'add---keep-git-dir',
  'add.unpack': 'add---unpack', 'run.mount': 'run---mount', 'run.network': 'run---network',
  'run.security': 'run---security', 'run.device': 'run---device',
};

export function flagDocs(keyword: string, flag: string): string {
  return REFERENCE + '#' + (FLAG_ANCHORS[`${keyword}.${flag}`] ?? keyword);
}

export const mountTypeDocs = (type: string): string => `${REFERENCE}#run---mounttype${type}`;
export const directiveDocs = (name: string): string => `${REFERENCE}#${name}`;
export const HEREDOC_DOCS = `${REFERENCE}#here-documents`;
export const FORM_DOCS = `${REFERENCE}#shell-and-exec-form`;
export const STAGE_NAME_DOCS = 'https://docs.docker.com/build/building/multi-stage/#name-your-build-stages';
export const VARIABLE_DOCS = `${REFERENCE}#environment-replacement`;
export const ARG_SCOPE_DOCS = `${REFERENCE}#scope`;
