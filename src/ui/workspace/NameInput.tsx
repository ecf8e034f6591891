/**
 * The text field of a file name (adding or renaming): Enter submits, Esc cancels; an error message
 * elsewhere on the page is tied to it with aria-invalid and aria-describedby.
 */
import { useEffect, useRef } from 'react';

export interface NameInputProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly onSubmit: () => void;
  readonly onCancel: () => void;
  readonly onBlur?: () => void;
  readonly label: string;
  readonly placeholder?: string;
  readonly testId: string;
  /** The id of the element holding the current error, or null when there is none. */
  readonly errorId: string | null;
  readonly className?: string;
}

export function NameInput({ value, onChange, onSubmit, onCancel, onBlur, label, placeholder, testId, errorId, className }: NameInputProps) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  return (
    <input
      ref={input}
      className={className}
      data-testid={testId}
      aria-label={label}
      placeholder={placeholder}
      value={value}
      spellCheck={false}
      autoComplete="off"
      translate="no"
      aria-invalid={errorId !== null}
      aria-describedby={errorId ?? undefined}
      onChange={(e) => onChange(e.target.value)}
      onBlur={onBlur}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          onSubmit();
        } else if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onCancel();
        }
      }}
    />
  );
}
