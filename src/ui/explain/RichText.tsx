/** Catalogue text with `code` spans (backticks) shown as code; everything else stays plain text. */
export function RichText({ text }: { readonly text: string }) {
  const parts = text.split(/`([^`]+)`/);
  return <>{parts.map((p, i) => (i % 2 === 1 ? <code key={i}>{p}</code> : p))}</>;
}
