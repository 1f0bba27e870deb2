#!/usr/bin/env bash
# Re-records test/export/fixtures/: the scenario sessions (test/scenarios/*.sh) and the lessons'
# solutions (public/lessons/*.md, every step's solution in order), each exported as a bash script
# (`npm run -s sh -- --export`) and run with --check on a real kernel, each on a freshly booted VM:
# a stock Linux 6.1 with user_events, or the tracing-namespaces RFC kernel for the sessions whose
# script needs namespaces/.
#
# usage: test/export/record-fixtures.sh RUNNER [RFC_BUILD_DIR] [NAME...]
#   RUNNER         a runner of cases on a real kernel: `RUNNER [OPTION...] --fresh -o DIR CASE.sh...`
#                  feeds each case to a root bash in /sys/kernel/tracing of a Linux 6.1 VM with
#                  user_events and writes what it printed to DIR/CASE.out
#   RFC_BUILD_DIR  the runner's build of the RFC kernel (its ORACLE_BUILD); the sessions that need
#                  namespaces/ are skipped without it
#   NAME...        record only these sessions (e.g. U07-write-trace lesson-03-register-and-trace)
# Environment: ORACLE_RUN_OPTS, more runner options (e.g. --tcg).
#
# The VM has no compiler: each case carries a static build of native/uevent/uevent.c and the
# script (both base64, on one line each), prints the kernel it runs on, then runs
# `UEVENT=/tmp/uevent bash /tmp/session.sh --check` and its exit status.
set -euo pipefail

[ $# -ge 1 ] || {
  sed -n '8,15p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}
runner=$1
rfc_build=${2:-}
shift $(($# >= 2 ? 2 : 1))
root=$(cd "$(dirname "$0")/../.." && pwd)
fixtures=$root/test/export/fixtures
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# shellcheck source=../../native/uevent/oracle-case.sh
. "$root/native/uevent/oracle-case.sh"
mkdir -p "$work/commands" "$work/stock" "$work/rfc" "$work/out" "$fixtures"

oracle_build_uevent "$work"
for f in "$root"/test/scenarios/*.sh; do cp "$f" "$work/commands/"; done
for f in "$root"/public/lessons/*.md; do
  name=lesson-$(basename "$f" .md)
  (cd "$root" && npx tsx test/export/lesson-commands.ts "$f") >"$work/commands/$name.sh"
done

only=("$@")
wanted() {
  [ ${#only[@]} -eq 0 ] && return 0
  local w
  for w in "${only[@]}"; do [ "$w" = "$1" ] && return 0; done
  return 1
}

for f in "$work"/commands/*.sh; do
  name=$(basename "$f" .sh)
  wanted "$name" || continue
  (cd "$root" && npm run -s sh -- --export "$f") >"$work/$name.session.sh"
  kernel=stock
  grep -q '^TFS_NAMESPACES=1$' "$work/$name.session.sh" && kernel=rfc
  {
    echo "base64 -d > /tmp/uevent <<'UEVENT_BINARY'"
    base64 -w0 "$work/uevent"
    printf '\nUEVENT_BINARY\n'
    echo "chmod +x /tmp/uevent"
    echo "base64 -d > /tmp/session.sh <<'SESSION_SCRIPT'"
    base64 -w0 "$work/$name.session.sh"
    printf '\nSESSION_SCRIPT\n'
    echo 'echo "kernel $(uname -r)$([ -d namespaces ] && echo " tracing-namespaces-rfc")"'
    echo 'UEVENT=/tmp/uevent bash /tmp/session.sh --check; echo "exit status $?"'
  } >"$work/$kernel/$name.sh"
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
  echo "recorded test/export/fixtures/$(basename "$out")"
done
