// The generated Dockerfile the browser benchmarks type into (shared by bench-browser and bench-profile).

/** n stages: every 8th on an image (via a global ARG), the others on an earlier stage, some COPY --from. */
export function generated(n) {
  const lines = ['# syntax=docker/dockerfile:1', 'ARG BASE=alpine:3.20'];
  for (let i = 0; i < n; i++) {
    const from = i % 8 === 0 ? '${BASE}' : `s${i - 1 - (i % 3 === 0 && i > 4 ? 3 : 0)}`;
    lines.push(`FROM ${from} AS s${i}`, `RUN echo ${i} > /out${i}`);
    if (i > 5 && i % 4 === 0) lines.push(`COPY --from=s${i - 5} /out${i - 5} /in/`);
  }
  return `${lines.join('\n')}\n`;
}
