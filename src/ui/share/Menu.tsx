/**
 * A disclosure (not an ARIA menu): a button that opens a group of ordinary buttons below it. Esc or a click outside
 * closes it and returns focus to the button; the first item takes focus on open.
 */
import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

export interface MenuProps {
  readonly label: string;
  readonly testId: string;
  /** Rendered with a `close` callback so items can close the menu after acting. */
  readonly children: (close: () => void) => ReactNode;
}

export function Menu({ label, testId, children }: MenuProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  // A panel that would run off the window's right edge (a menu near the right on a phone) moves left.
  const [shift, setShift] = useState(0);
  useLayoutEffect(() => {
    const el = open ? panel.current : null;
    const r = el?.getBoundingClientRect();
    const over = r ? r.right - (document.documentElement.clientWidth - 8) : 0;
    // Screen pixels back to the panel's own (the text-size control zooms the share bar's menus).
    const zoom = el && r && el.offsetWidth > 0 ? r.width / el.offsetWidth : 1;
    setShift(r && over > 0 ? -Math.min(over, Math.max(0, r.left - 8)) / zoom : 0);
  }, [open]);
  const close = (): void => {
    setOpen(false);
    button.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    root.current?.querySelector<HTMLElement>('.sc-menu-panel button, .sc-menu-panel input, .sc-menu-panel select')?.focus();
    const onDown = (e: PointerEvent): void => {
      if (root.current && !root.current.contains(e.target as globalThis.Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

  return (
    <div
      className="sc-menu"
      ref={root}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          close();
        }
      }}
    >
      <button ref={button} type="button" aria-expanded={open} aria-controls={id} data-testid={testId} onClick={() => setOpen(!open)}>
        {label} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div ref={panel} id={id} role="group" aria-label={label} className="sc-menu-panel" data-testid={`${testId}-panel`} style={shift === 0 ? undefined : { left: shift }}>
          {children(close)}
        </div>
      )}
    </div>
  );
}
