/**
 * Terminal-safe text: control characters (C0 but tab and newline, DEL, C1) shown as `\xNN`
 * escapes, so a Dockerfile, a file name or a --target cannot send escape sequences (OSC titles,
 * screen clears, hyperlinks, carriage-return overprinting) to the terminal that prints them.
 */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function neutralizeControls(s: string): string {
  return s.replace(CONTROLS, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
