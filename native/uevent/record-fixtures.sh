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
# Each case (oracle-case.sh, shared with test/certified/record.sh) decodes a static build of
# uevent.c to /tmp/uevent-c, prints the kernel it runs on, then runs the scenario with
# PS1='# ' and `set -v`, every command shown as `# COMMAND`. The scenario is changed in three
# ways only: comment and blank lines are dropped, the word `uevent` becomes
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
# shellcheck source=oracle-case.sh
. "$here/oracle-case.sh"

oracle_build_uevent "$work"
mkdir -p "$work/stock" "$work/rfc" "$work/out" "$fixtures"

# The case for scenario $1: the binary, the kernel line, then the echoed scenario.
make_case() {
  oracle_case_head "$work/uevent" /tmp/uevent-c
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

oracle_run_fresh "$runner" "$work/out" "$work/stock"
if [ -n "$rfc_build" ]; then
  oracle_run_fresh "$runner" "$work/out" "$work/rfc" ORACLE_BUILD="$rfc_build"
else
  echo "record-fixtures: no RFC_BUILD_DIR: skipping $(ls "$work/rfc" | tr '\n' ' ')" >&2
fi

for out in "$work"/out/*.out; do
  [ -e "$out" ] || continue
  cp "$out" "$fixtures/"
  echo "recorded test/native/fixtures/$(basename "$out")"
done
