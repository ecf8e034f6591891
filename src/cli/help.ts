/** `stagecraft --help`. */
export const HELP = `stagecraft: see what a Dockerfile's multi-stage build really does (as BuildKit builds it)

Usage:
  stagecraft [FILE|GLOB|-]... [--target NAME] [--build-arg KEY=VALUE]... [--build-context NAME=VALUE]...
             [--format text|json|markdown|mermaid|dot|outline|targets] [--strict]
  stagecraft builder-pattern [FILE|-] [--target NAME] [--build-arg K=V]... [--build-context N=V]... [--project NAME]
             --out DIR [--force]
  stagecraft multistage build.sh [DOCKERFILE...]
  stagecraft readme-sync README.md [--file DOCKERFILE] [--target NAME] [--build-arg K=V]... [--check]

  FILE                 the Dockerfile(s) to analyze; "-" or nothing reads standard input; a quoted
                       glob ('docker/*.Dockerfile') is expanded; several files get a section each
                       (a JSON array with --format json). At most 2 MiB per input.
  --target NAME        the stage to build (like docker build --target); default: the last stage
  --build-arg K=V      a build argument (repeatable); used as given, like docker build --build-arg
  --build-context N=V  a named build context (repeatable), like docker buildx build --build-context:
                       it replaces the stage or image N; V is docker-image://REF, a directory,
                       a git URL, oci-layout://PATH or (bake) target:NAME. Also for link and builder-pattern.
  --format, -f FORMAT  text (default): a readable summary
                       json: the machine-readable graph (schemaVersion 1)
                       markdown: a Mermaid block and a table of stages (job summaries, PR comments)
                       mermaid: a flowchart that renders on GitHub
                       dot: Graphviz
                       outline: what docker buildx build --call=outline,format=json prints
                       (the target's name, description, ARGs, secrets, ssh ids)
                       targets: what docker buildx build --call=targets,format=json prints
  --strict             exit 1 when the analysis finds an error (a build BuildKit would fail)

  stagecraft check [FILE|-]... [--format text|json|sarif] [--build-mode] [--target NAME] [--build-arg K=V]...
                 [--dockerignore FILE]
                       BuildKit's build checks, as docker build --check prints them (json: buildx's
                       --call=check,format=json shape; sarif: SARIF 2.1.0 for code scanning);
                       --build-mode: only what a build of --target reaches. Exit 1 as docker build:
                       check mode on any finding or error; --build-mode when the build would fail
                       (an error, or a finding under check=error=true). Else 0.
                       .dockerignore: --dockerignore, else FILE.dockerignore, else one beside FILE

  stagecraft link FILE... [--target NAME] [--build-arg K=V]... [--base-url URL]
                       print a permalink that opens these files in the Stagecraft page
                       (base URL: --base-url, else $STAGECRAFT_URL, else http://localhost:5173/)
  stagecraft link --decode URL
                       print the workspace a permalink holds, as JSON
  stagecraft plan [FILE|-] [--classic] [--target NAME] [--build-arg K=V]... [--changed PATH]...
                  [--changed-arg NAME]... [--format text|json]
                       the build in time (one row per stage, ticks) and, with --changed / --changed-arg,
                       which steps re-run and why; --classic for the classic builder

Every subcommand:
  --output FILE        write the output to FILE, whole or not at all (never over an input)
  --quiet, -q          print nothing but errors; the exit status tells
  --version, -V        the version
  --help, -h           this text
  Colour only on a terminal, never with NO_COLOR. Control characters print as \\xNN.

builder-pattern      writes the pre-17.05 equivalent of a multi-stage Dockerfile into DIR:
                     Dockerfile.<stage> per stage the target needs, the final Dockerfile and build.sh
                     (docker build, create, cp, rm). --project names the images (default: app).
                     Notes on stderr say what has no builder-pattern equivalent.
                     DIR must be new or empty unless --force; files are never written through a
                     symbolic link or over the input.
                     Exit 1 when there is nothing to write (e.g. unknown --target).
multistage           reads build.sh (docker build/create/cp/rm, echo, set -e, variables) and the
                     Dockerfiles it builds (read beside build.sh when not listed) and prints one
                     multi-stage Dockerfile on stdout; on stderr, every line it did not translate
                     with the reason, and the docker build command that replaces the script.
                     Exit 1 when a note is an error (e.g. a Dockerfile is missing).
readme-sync          rewrites the Mermaid diagram between <!-- stagecraft:begin --> and
                     <!-- stagecraft:end --> in README.md from DOCKERFILE (default: Dockerfile).
                     Exit 0 up to date; 1 changed (--check: would change, nothing written);
                     2 markers missing.

Exit status: 0 the analysis ran; 1 with --strict and an error diagnostic; 2 usage error or unreadable file.

Examples:
  npx stagecraft Dockerfile
  npx stagecraft Dockerfile --format mermaid > build-graph.md
  npx stagecraft Dockerfile 'docker/*.Dockerfile' --format markdown --output build-graph.md
  npx stagecraft readme-sync README.md --file Dockerfile
  npx stagecraft Dockerfile --target builder --build-arg GO_VERSION=1.22 --format json
  npx stagecraft builder-pattern Dockerfile --project http-server --out old-way/
  npx stagecraft multistage build.sh > Dockerfile.multistage
`;
