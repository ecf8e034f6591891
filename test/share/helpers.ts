/** Builders for hand-made (often deliberately bad) links, bypassing the encoder's validation. */
import { encodeBase64url } from '../../src/core/share/base64url.ts';
import { packV1 } from '../../src/core/share/frame.ts';
import { readdirSync } from 'node:fs';
import { readShared, sharedPath } from '../support/shared.ts';

/** A correctly framed v1 payload (deflate + CRC) around any JSON text, valid or not. */
export function payloadFromJsonText(json: string): string {
  return `v1=${encodeBase64url(packV1(new TextEncoder().encode(json)))}`;
}

/** A correctly framed v1 payload around raw bytes (e.g. invalid UTF-8). */
export function payloadFromBytes(bytes: Uint8Array): string {
  return `v1=${encodeBase64url(packV1(bytes))}`;
}

export const SEED_002_MULTI_STAGE = `FROM golang:1.13
WORKDIR /go/src/github.com/wilhelmguo/multi-stage-demo/
COPY main.go .
RUN CGO_ENABLED=0 GOOS=linux go build -o http-server .

FROM alpine:latest
WORKDIR /root/
COPY --from=0 /go/src/github.com/wilhelmguo/multi-stage-demo/http-server .
CMD ["./http-server"]
`;

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

/** The real-world Dockerfiles in ../shared/data/corpus, by file name. */
export function corpus(): { name: string; text: string }[] {
  return readdirSync(sharedPath('corpus'))
    .filter((name) => name.endsWith('.Dockerfile'))
    .sort()
    .map((name) => ({ name, text: readShared('corpus', name) }));
}
