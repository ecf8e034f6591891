#!/usr/bin/env bash
# The script part of action.yml: runs `stagecraft --format markdown` on the action's inputs and
# appends the result to the job summary ($GITHUB_STEP_SUMMARY). Inputs arrive as INPUT_* variables
# (see action.yml). STAGECRAFT_BIN, when set, is a built stagecraft.mjs to run with node instead
# of the published package (the tests use it). Exit: stagecraft's own status (1 with strict and an
# error diagnostic, 2 usage or unreadable input), after the summary is written.
set -uo pipefail

files=()
read -r -a files <<< "${INPUT_FILES:-Dockerfile}"
args=(--format markdown)
[[ -n "${INPUT_TARGET:-}" ]] && args+=(--target "$INPUT_TARGET")
while IFS= read -r line; do
  line="${line#"${line%%[![:space:]]*}"}"
  line="${line%"${line##*[![:space:]]}"}"
  [[ -n "$line" ]] && args+=(--build-arg "$line")
done <<< "${INPUT_BUILD_ARGS:-}"
[[ "${INPUT_STRICT:-false}" == "true" ]] && args+=(--strict)

if [[ -n "${STAGECRAFT_BIN:-}" ]]; then
  cmd=(node "$STAGECRAFT_BIN")
else
  cmd=(npx --yes "${INPUT_PACKAGE:-stagecraft}")
fi

out="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/stagecraft-summary-$$.md"
"${cmd[@]}" "${files[@]}" "${args[@]}" --output "$out"
status=$?

if [[ -f "$out" ]]; then
  if [[ -n "${GITHUB_STEP_SUMMARY:-}" && "${INPUT_SUMMARY:-true}" == "true" ]]; then
    { printf '## Stagecraft: %s\n\n' "${files[*]}"; cat "$out"; printf '\n'; } >> "$GITHUB_STEP_SUMMARY"
  fi
  [[ -n "${GITHUB_OUTPUT:-}" ]] && printf 'markdown-file=%s\n' "$out" >> "$GITHUB_OUTPUT"
fi
exit "$status"
