/**
 * The two examples the Share issue measures links against (from the project's seed articles),
 * exactly as given there. Pure constants: imported by the tests and by scripts/bench-links.mjs.
 */

/** Seed 002: the multi-stage example (numeric `--from=0`). */
export const SEED_002_MULTI_STAGE = `FROM golang:1.13
WORKDIR /go/src/github.com/wilhelmguo/multi-stage-demo/
COPY main.go .
RUN CGO_ENABLED=0 GOOS=linux go build -o http-server .

FROM alpine:latest
WORKDIR /root/
COPY --from=0 /go/src/github.com/wilhelmguo/multi-stage-demo/http-server .
CMD ["./http-server"]
`;

/** Seed 004: href-counter with a named builder stage. */
export const SEED_004_HREF_COUNTER = `FROM golang:1.7.3 as builder
WORKDIR /go/src/github.com/alexellis/href-counter/
RUN go get -d -v golang.org/x/net/html
COPY app.go    .
RUN CGO_ENABLED=0 GOOS=linux go build -a -installsuffix cgo -o app .

FROM alpine:latest
RUN apk --no-cache add ca-certificates
WORKDIR /root/
COPY --from=builder /go/src/github.com/alexellis/href-counter/app .
CMD ["./app"]
`;
