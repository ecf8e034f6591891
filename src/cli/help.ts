/** `stagecraft --help`. */
export const HELP = `stagecraft: see what a Dockerfile's multi-stage build really does (as BuildKit builds it)

Usage:
  stagecraft [FILE|-] [--target NAME] [--build-arg KEY=VALUE]... [--format text|json|mermaid|dot] [--strict]
  stagecraft builder-pattern [FILE|-] [--target NAME] [--build-arg K=V]... [--project NAME] --out DIR
  stagecraft multistage build.sh [DOCKERFILE...]

  FILE                 the Dockerfile to analyze; "-" or nothing reads standard input
  --target NAME        the stage to build (like docker build --target); default: the last stage
  --build-arg K=V      a build argument (repeatable); used as given, like docker build --build-arg
  --format, -f FORMAT  text (default): a readable summary
                       json: the machine-readable graph (schemaVersion 1)
                       mermaid: a flowchart that renders on GitHub
                       dot: Graphviz
  --strict             exit 1 when the analysis finds an error (a build BuildKit would fail)
  --help, -h           this text

  stagecraft link FILE... [--target NAME] [--build-arg K=V]... [--base-url URL]
                       print a permalink that opens these files in the Stagecraft page
                       (base URL: --base-url, else $STAGECRAFT_URL, else http://localhost:5173/)
  stagecraft link --decode URL
                       print the workspace a permalink holds, as JSON
  stagecraft plan [FILE|-] [--classic] [--target NAME] [--build-arg K=V]... [--changed PATH]...
                  [--changed-arg NAME]... [--format text|json]
                       the build in time (one row per stage, ticks) and, with --changed / --changed-arg,
                       which steps re-run and why; --classic for the classic builder

builder-pattern      writes the pre-17.05 equivalent of a multi-stage Dockerfile into DIR:
                     Dockerfile.<stage> per stage the target needs, the final Dockerfile and build.sh
                     (docker build, create, cp, rm). --project names the images (default: app).
                     Notes on stderr say what has no builder-pattern equivalent.
                     Exit 1 when there is nothing to write (e.g. unknown --target).
multistage           reads build.sh (docker build/create/cp/rm, echo, set -e, variables) and the
                     Dockerfiles it builds (read beside build.sh when not listed) and prints one
                     multi-stage Dockerfile on stdout; on stderr, every line it did not translate
                     with the reason, and the docker build command that replaces the script.
                     Exit 1 when a note is an error (e.g. a Dockerfile is missing).

Exit status: 0 the analysis ran; 1 with --strict and an error diagnostic; 2 usage error or unreadable file.

Examples:
  npx stagecraft Dockerfile
  npx stagecraft Dockerfile --format mermaid > build-graph.md
  npx stagecraft Dockerfile --target builder --build-arg GO_VERSION=1.22 --format json
  npx stagecraft builder-pattern Dockerfile --project http-server --out old-way/
  npx stagecraft multistage build.sh > Dockerfile.multistage
`;
