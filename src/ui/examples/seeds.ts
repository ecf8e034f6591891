/**
 * The tutorials' example Dockerfiles (shared/seeds/*.txt), extracted verbatim (trailing spaces kept)
 * by line range from their markdown/HTML code blocks. Generated once; edit by re-extracting, not by hand.
 */
export interface SeedExample {
  readonly id: string;
  /** Which seed file the text comes from (shared/seeds/<seed>_*.txt). */
  readonly seed: string;
  readonly text: string;
}

export const SEED_EXAMPLES: readonly SeedExample[] = [
  { id: "go-http-server", seed: '002', text: "FROM golang:1.13\nWORKDIR /go/src/github.com/wilhelmguo/multi-stage-demo/\nCOPY main.go .\nRUN CGO_ENABLED=0 GOOS=linux go build -o http-server .\nFROM alpine:latest  \nWORKDIR /root/\nCOPY --from=0 /go/src/github.com/wilhelmguo/multi-stage-demo/http-server .\nCMD [\"./http-server\"] \n" },
  { id: "go-http-server-named", seed: '002', text: "FROM golang:1.13 AS builder\nWORKDIR /go/src/github.com/wilhelmguo/multi-stage-demo/\nCOPY main.go .\nRUN CGO_ENABLED=0 GOOS=linux go build -o http-server .\n\nFROM alpine:latest  \nWORKDIR /root/\nCOPY --from=builder /go/src/github.com/wilhelmguo/multi-stage-demo/http-server .\nCMD [\"./http-server\"]\n" },
  { id: "href-counter", seed: '004', text: "# Dockerfile\nFROM golang:1.7.3\nWORKDIR /go/src/github.com/alexellis/href-counter/\nRUN go get -d -v golang.org/x/net/html\nCOPY app.go .\nRUN CGO_ENABLED=0 GOOS=linux go build a -installsuffix cgo -o app .\n\nFROM alpine:latest  \nRUN apk --no-cache add ca-certificates\nWORKDIR /root/\nCOPY --from=0 /go/src/github.com/alexellis/href-counter/app .\nCMD [\"./app\"]  \n" },
  { id: "href-counter-builder", seed: '004', text: "FROM golang:1.7.3 as builder\nWORKDIR /go/src/github.com/alexellis/href-counter/\nRUN go get -d -v golang.org/x/net/html  \nCOPY app.go    .\nRUN CGO_ENABLED=0 GOOS=linux go build -a -installsuffix cgo -o app .\n\nFROM alpine:latest  \nRUN apk --no-cache add ca-certificates\nWORKDIR /root/\nCOPY --from=builder /go/src/github.com/alexellis/href-counter/app .\nCMD [\"./app\"]  \n" },
  { id: "go-scratch", seed: '000', text: "# 编译阶段\nFROM golang:1.10.3\nCOPY server.go /build/\nWORKDIR /build\nRUN CGO_ENABLED=0 GOOS=linux GOARCH=amd64 GOARM=6 go build -ldflags '-w -s' -o server\n# 运行阶段\nFROM scratch\n# 从编译阶段的中拷贝编译结果到当前镜像中\nCOPY --from=0 /build/server /\nENTRYPOINT [\"/server\"]\n" },
  { id: "copy-from-etcd", seed: '000', text: "FROM ubuntu:16.04\nCOPY --from=quay.io/coreos/etcd:v3.3.9 /usr/local/bin/etcd /usr/local/bin/\n" },
  { id: "copy-from-nginx", seed: '001', text: "FROM golang:1.13.5 AS builder\nWORKDIR /go/src/github.com/helloworld/\n# RUN go get -d -v golang.org/x/net/html  \nRUN go get -d -v github.com/go-sql-driver/mysql\nCOPY app.go    .\nRUN CGO_ENABLED=0 GOOS=linux go build -a -installsuffix cgo -o app .\n\nFROM alpine:latest  \nRUN apk --no-cache add ca-certificates\nWORKDIR /root/\nCOPY --from=0 /go/src/github.com/helloworld/app .\nCOPY --from=nginx:latest /etc/nginx/nginx.conf /nginx.conf\nCMD [\"./app\"]  \n" },
  { id: "stage-chain", seed: '003', text: "# syntax=docker/dockerfile:1\nFROM alpine:latest AS builder\nRUN apk --no-cache add build-base\n\nFROM builder AS build1\nCOPY source1.cpp source.cpp\nRUN g++ -o /binary source.cpp\n\nFROM builder AS build2\nCOPY source2.cpp source.cpp\nRUN g++ -o /binary source.cpp\n" },
  { id: "arg-scope", seed: '003', text: "ARG DOCKER_USERNAME=library\n\nFROM ${DOCKER_USERNAME}/alpine\n\n# 在FROM 之后使用变量，必须在每个阶段分别指定\nARG DOCKER_USERNAME=library\n\nRUN set -x ; echo ${DOCKER_USERNAME}\n\nFROM ${DOCKER_USERNAME}/alpine\n\n# 在FROM 之后使用变量，必须在每个阶段分别指定\nARG DOCKER_USERNAME=library\n\nRUN set -x ; echo ${DOCKER_USERNAME}\n" },
];
