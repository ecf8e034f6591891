/**
 * The workspace's `.dockerignore` as the build uses it (core/context/dockerignore.ts picks the file
 * BuildKit reads for the graph's Dockerfile and matches it): one reading for the Build tab's cache
 * what-if and the cache exercise, so both count an ignored path the same way.
 */
import { useMemo } from 'react';
import { dockerignoreOf, parseDockerignore, type ContextIgnore } from '../../core/context/dockerignore.ts';
import { useStore } from './store.tsx';

/** The `.dockerignore` that applies to the graph's Dockerfile, parsed; null when the workspace has none. */
export function useContextIgnore(): ContextIgnore | null {
  const s = useStore();
  const found = dockerignoreOf(s.files, s.graphFile?.name ?? 'Dockerfile');
  const name = found?.name ?? null;
  const text = found?.text ?? '';
  return useMemo(() => (name === null ? null : { file: name, matcher: parseDockerignore(text) }), [name, text]);
}
