/** What is wrong with a file name, in the person's language (one key per kind of problem). */
import type { TFunction } from 'i18next';
import type { FileNameError } from '../../core/workspace/index.ts';

export function fileNameMessage(t: TFunction, e: FileNameError): string {
  switch (e.kind) {
    case 'duplicate':
      return t('workspace.errDuplicate', { name: e.name });
    case 'tooMany':
      return t('workspace.errTooMany', { max: e.max });
    case 'lookalike':
      return t('safety.lookalikeRefused', { shown: e.shown });
    case 'invalid':
      switch (e.issue.kind) {
        case 'empty':
          return t('workspace.errEmpty');
        case 'tooLong':
          return t('workspace.errTooLong', { max: e.issue.max });
        case 'separator':
          return t('workspace.errSeparator');
        case 'dotName':
          return t('workspace.errDotName', { name: e.issue.name });
        case 'control':
          return t('workspace.errControl');
        case 'bidi':
          return t('workspace.errBidi');
        case 'surrogate':
          return t('workspace.errSurrogate');
        default:
          // whitespace, '=' and __proto__ are rules for targets and build args, never for file names
          return t('workspace.errOther');
      }
  }
}
