/**
 * A piece of the picture that explains itself: focusable (Tab reaches it), described to screen
 * readers (aria-describedby), and on hover or focus a popover with the explanation. The popover
 * lives in a portal with fixed position, so a node's clipping never cuts it; Escape closes it.
 * The text is computed only while it shows (`explain` reads the current build when called).
 */
import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { Sentence } from '../../core/explain/types.ts';
import { paragraph } from './words.ts';
import './explain.css';

export interface TipContent {
  readonly title?: string;
  readonly sentences: readonly Sentence[];
  /** Optional list under the sentences (e.g. the instructions that made the layers). */
  readonly items?: readonly string[];
}

export function Tip({ children, explain, className, testId }: {
  readonly children: ReactNode;
  readonly explain: () => TipContent;
  readonly className?: string;
  readonly testId?: string;
}) {
  const id = useId();
  const [at, setAt] = useState<{ x: number; y: number } | null>(null);
  const open = (el: HTMLElement): void => {
    const r = el.getBoundingClientRect();
    setAt({ x: Math.max(8, Math.min(r.left, window.innerWidth - 328)), y: r.bottom + 6 });
  };
  const close = (): void => setAt(null);
  const content = at ? explain() : null;
  return (
    <span
      className={`tip-anchor nodrag${className ? ' ' + className : ''}`}
      tabIndex={0}
      data-testid={testId}
      aria-describedby={at ? id : undefined}
      onMouseEnter={(e) => open(e.currentTarget)}
      onMouseLeave={close}
      onFocus={(e) => open(e.currentTarget)}
      onBlur={close}
      onKeyDown={(e: KeyboardEvent) => {
        if (e.key === 'Escape') close();
      }}
    >
      {children}
      {content && at && createPortal(
        <div id={id} role="tooltip" className="explain-tip" data-testid="explain-tip" style={{ left: at.x, top: at.y }}>
          {content.title && <div className="explain-tip-title">{content.title}</div>}
          <p>{paragraph(content.sentences)}</p>
          {content.items && content.items.length > 0 && (
            <ul data-user translate="no">{content.items.map((item, i) => <li key={i}>{item}</li>)}</ul>
          )}
        </div>,
        document.body,
      )}
    </span>
  );
}
