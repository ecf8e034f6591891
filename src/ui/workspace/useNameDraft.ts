/**
 * A file name being typed (to add a file, or to rename one): the draft, what is wrong with it in
 * words, and `attempt`, which yields the name only when it may be used. The message appears once the
 * person has typed something or tried to submit, not while the field is still untouched.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileNameError } from '../../core/workspace/index.ts';
import { fileNameMessage } from './messages.ts';

export interface NameDraft {
  readonly draft: string;
  readonly setDraft: (name: string) => void;
  /** The message to show now, or null. */
  readonly message: string | null;
  /** The draft if it is acceptable; otherwise null, and the message shows from now on. */
  readonly attempt: () => string | null;
}

export function useNameDraft(initial: string, validate: (name: string) => FileNameError | null): NameDraft {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const [tried, setTried] = useState(false);
  const error = validate(draft);
  const visible = tried || (draft !== initial && draft !== '') || error?.kind === 'tooMany';
  return {
    draft,
    setDraft,
    message: error && visible ? fileNameMessage(t, error) : null,
    attempt: () => {
      if (validate(draft) === null) return draft;
      setTried(true);
      return null;
    },
  };
}
