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

/**
 * JSON that is terminal-safe as well: JSON.stringify escapes C0 controls, but leaves DEL and C1
 * raw; they only occur inside strings, where `\u` escapes mean the same.
 */
export function jsonSafe(json: string): string {
  return json.replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
