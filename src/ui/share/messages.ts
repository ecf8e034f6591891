/** The translated message for each way a link can be bad (one i18n key per DecodeError kind). */
import type { TFunction } from 'i18next';
import type { DecodeError } from '../../core/share/index.ts';

export function decodeErrorMessage(t: TFunction, e: DecodeError): string {
  switch (e.kind) {
    case 'empty':
      return '';
    case 'unknownVersion':
      return t('share.errUnknownVersion', { version: e.version });
    case 'notBase64':
      return t('share.errNotBase64');
    case 'truncated':
      return t('share.errTruncated');
    case 'corrupt':
      return t('share.errCorrupt');
    case 'tooLarge':
      return t('share.errTooLarge', { size: Math.round(e.limitBytes / 1024 / 1024) });
    case 'invalidJson':
      return t('share.errInvalidJson');
    case 'invalidWorkspace':
      return t('share.errInvalidWorkspace', { detail: e.problems.slice(0, 3).join('; ') });
  }
}
