#!/usr/bin/env bash
# Re-records test/native/fixtures/: the project's scenario scripts that use uevent
# (test/scenarios/U*.sh and S*.sh), run on a real kernel with this directory's uevent.c
# instead of the playground's uevent, each on a freshly booted VM.
#
# usage: record-fixtures.sh RUNNER [RFC_BUILD_DIR]
#   RUNNER         the oracle runner: `RUNNER --fresh [OPTION...] -o DIR CASE.sh...` boots a
#                  real Linux 6.1 VM for each case, runs it as root in /sys/kernel/tracing and
#                  writes the merged output bytes to DIR/CASE.out
#   RFC_BUILD_DIR  the runner's build of the tracing-namespaces RFC kernel (its ORACLE_BUILD);
#                  scenarios that use namespaces/ are recorded there, or skipped without it
# Environment: ORACLE_RUN_OPTS, more runner options (e.g. --tcg).
#
# Each case decodes a static build of uevent.c to /tmp/uevent-c (the VM has no compiler),
# prints the kernel it runs on (`uname -r`, plus "tracing-namespaces-rfc" when tracefs has
# namespaces/), then runs the scenario with PS1='# ' and `set -v`, so every command is shown
# as `# COMMAND` before its output, as the playground's `--echo` shows it. The scenario is
# changed in three ways only: comment and blank lines are dropped, the word `uevent` becomes
# /tmp/uevent-c, and `cat trace_pipe` (which never ends on a real kernel) becomes
# `timeout 1 cat trace_pipe`.
set -euo pipefail

usage() {
  sed -n '6,11p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

[ $# -ge 1 ] && [ $# -le 2 ] || usage
runner=$1
rfc_build=${2:-}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
fixtures=$root/test/native/fixtures
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
read -r -a run_opts <<<"${ORACLE_RUN_OPTS:-}"

cc -static -s -O2 -Wall -Wextra -Werror -o "$work/uevent" "$here/uevent.c"
mkdir -p "$work/stock" "$work/rfc" "$work/out" "$fixtures"

# The case for scenario $1: the binary, the kernel line, then the echoed scenario.
make_case() {
  echo "base64 -d > /tmp/uevent-c <<'UEVENT_C_BINARY'"
  base64 -w0 "$work/uevent" # one line: bash reads a long here-document line by line, slowly
  printf '\nUEVENT_C_BINARY\n'
  echo "chmod +x /tmp/uevent-c"
  echo 'echo "$(uname -r)$([ -d namespaces ] && echo " tracing-namespaces-rfc")"'
  echo "PS1='# '; set -v"
  grep -v -e '^#' -e '^[[:space:]]*$' "$1" |
    sed -e 's|\buevent\b|/tmp/uevent-c|g' -e 's|^cat trace_pipe$|timeout 1 cat trace_pipe|'
  echo "exit"
}

for scenario in "$root"/test/scenarios/[US]*.sh; do
  grep -qw uevent "$scenario" || continue
  name=$(basename "$scenario")
  if grep -q 'namespaces/' "$scenario"; then
    make_case "$scenario" >"$work/rfc/$name"
  else
    make_case "$scenario" >"$work/stock/$name"
  fi
done

# A few cases per runner call, each on a fresh boot, one VM at a time.
run_batches() {
  local dir=$1
  shift
  local cases=("$dir"/*.sh)
  local i
  [ -e "${cases[0]}" ] || return 0
  for ((i = 0; i < ${#cases[@]}; i += 3)); do
    "$@" "$runner" --fresh "${run_opts[@]}" -o "$work/out" "${cases[@]:i:3}" >/dev/null
  done
}

run_batches "$work/stock" env
if [ -n "$rfc_build" ]; then
  run_batches "$work/rfc" env ORACLE_BUILD="$rfc_build"
else
  echo "record-fixtures: no RFC_BUILD_DIR: skipping $(ls "$work/rfc" | tr '\n' ' ')" >&2
fi

for out in "$work"/out/*.out; do
  [ -e "$out" ] || continue
  cp "$out" "$fixtures/"
  echo "recorded test/native/fixtures/$(basename "$out")"
done
