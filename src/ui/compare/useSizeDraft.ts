/**
 * The sizes a person typed: the view's own state, kept for the tab's session (sessionStorage), so
 * going back to the graph and returning keeps them. Storage failures are ignored (private mode).
 */
import { useCallback, useEffect, useState } from 'react';
import { decodeDraft, type SizeDraft } from './model.ts';

const KEY = 'stagecraft.compare.sizes';

function read(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export interface SizeDraftApi {
  readonly draft: SizeDraft;
  readonly setImage: (ref: string, text: string) => void;
  readonly setArtifact: (path: string, text: string) => void;
  readonly setContext: (text: string) => void;
}

export function useSizeDraft(): SizeDraftApi {
  const [draft, setDraft] = useState<SizeDraft>(() => decodeDraft(read()));
  useEffect(() => {
    try {
      sessionStorage.setItem(KEY, JSON.stringify(draft));
    } catch {
      // not kept: the sizes still work for this visit
    }
  }, [draft]);
  const setImage = useCallback((ref: string, text: string) => setDraft((d) => ({ ...d, images: { ...d.images, [ref]: text } })), []);
  const setArtifact = useCallback((path: string, text: string) => setDraft((d) => ({ ...d, artifacts: { ...d.artifacts, [path]: text } })), []);
  const setContext = useCallback((text: string) => setDraft((d) => ({ ...d, context: text })), []);
  return { draft, setImage, setArtifact, setContext };
}
