/**
 * EXPOSE port specs as BuildKit's convert_expose.go reads them, for ExposeProtoCasing and
 * ExposeInvalidFormat (`[ip:]host:container/proto`).
 */
import { DETAIL, RULES, type RuleInfo } from './rules.ts';

function splitParts(raw: string): { ip: string; host: string; container: string } {
  const parts = raw.split(':');
  const n = parts.length;
  if (n === 1) return { ip: '', host: '', container: parts[0] ?? '' };
  if (n === 2) return { ip: '', host: parts[0] ?? '', container: parts[1] ?? '' };
  return { ip: parts.slice(0, n - 2).join(':'), host: parts[n - 2] ?? '', container: parts[n - 1] ?? '' };
}

/** Reports on each (expanded) port; stops where BuildKit's parsePort fails (no port, bad proto). */
export function checkExpose(ports: readonly string[], report: (rule: RuleInfo, detail: string) => void): void {
  // parseExpose sorts the raw words; the expanded ones keep that order.
  for (const raw of ports) {
    const { ip, host, container } = splitParts(raw);
    const slash = container.indexOf('/');
    const port = slash < 0 ? container : container.slice(0, slash);
    const proto = slash < 0 ? '' : container.slice(slash + 1);
    if (port === '' || !['', 'tcp', 'udp', 'sctp'].includes(proto.toLowerCase())) return;
    if (proto !== proto.toLowerCase()) report(RULES.ExposeProtoCasing, DETAIL.ExposeProtoCasing(raw));
    if (ip !== '' || host !== '') report(RULES.ExposeInvalidFormat, DETAIL.ExposeInvalidFormat(raw));
  }
}
