/**
 * Generated Dockerfiles of any size, for property tests and benchmarks.
 * Shape of each stage (realistic, with every edge kind):
 *   # comment, FROM (image, or the previous stage every 5th), WORKDIR, a 3-line
 *   RUN continuation, COPY --from the previous stage, RUN --mount from two back.
 */
export function generateDockerfile(stages: number): string {
  const out: string[] = ['# syntax=docker/dockerfile:1', 'ARG GO_VERSION=1.22', ''];
  for (let i = 0; i < stages; i++) {
    out.push(`# stage ${i}: builds part ${i}`);
    out.push(i > 0 && i % 5 === 0 ? `FROM s${i - 1} AS s${i}` : `FROM golang:\${GO_VERSION} AS s${i}`);
    out.push('WORKDIR /src');
    out.push(`RUN go build \\\n    -o /out/part${i} \\\n    ./cmd/part${i}`);
    if (i > 0) out.push(`COPY --from=s${i - 1} /out /in/${i}`);
    if (i > 1) out.push(`RUN --mount=type=cache,from=s${i - 2},target=/cache ls /cache`);
    out.push('');
  }
  return out.join('\n');
}
