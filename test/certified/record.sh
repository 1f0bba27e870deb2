#!/usr/bin/env bash
# Re-records what the certified cases print on a real kernel (docs/certified.md): every scenario
# of test/scenarios/ and every lesson's solution path that can run on Linux, each on a freshly
# booted VM, into test/scenarios/NAME.linux.txt and test/lessons/recorded/ID.linux.txt.
#
# usage: test/certified/record.sh RUNNER [RFC_BUILD_DIR]
#        test/certified/record.sh RUNNER RFC_BUILD_DIR|'' LINUX_6_12_BUILD_DIR
#   RUNNER          the oracle runner: `RUNNER --fresh [OPTION...] -o DIR CASE.sh...` boots a
#                   real Linux 6.1 VM for each case, runs it as root in /sys/kernel/tracing and
#                   writes the merged output bytes to DIR/CASE.out
#   RFC_BUILD_DIR   the runner's build of the tracing-namespaces RFC kernel (its ORACLE_BUILD);
#                   cases that use namespaces/ are recorded there, or skipped without it (or '')
#   LINUX_6_12_BUILD_DIR  the runner's build of upstream Linux 6.12; the cases of the model's
#                   linux-6.12 profile are recorded there, or skipped without it
# Environment: ORACLE_RUN_OPTS, more runner options (e.g. --tcg); RECORD_KERNELS, the kernels
# to record again (default "stock rfc 612": every one that has a build).
#
# A case (native/uevent/oracle-case.sh) puts a static build of native/uevent/uevent.c first on
# PATH as `uevent`, prints the kernel it runs on, then runs the case's commands with PS1='# '
# and `set -v`, each shown as `# COMMAND`. The commands are the transcript's, except that
# `explain` lines are left out (a playground program) and `cat trace_pipe`, which never ends on
# a real kernel, runs as `timeout 1 cat trace_pipe`. A VM without sudo gets sudo-stand-in.sh as
# `sudo` (only `sudo -u USER COMMAND...`). Then `npx vitest run test/certified` says what
# changed, and `npx tsx test/certified/write-data.ts` updates the page's marks.
set -euo pipefail

usage() {
  sed -n '6,16p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

[ $# -ge 1 ] && [ $# -le 3 ] || usage
runner=$1
rfc_build=${2:-}
build_612=${3:-}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# shellcheck source=../../native/uevent/oracle-case.sh
. "$root/native/uevent/oracle-case.sh"

oracle_build_uevent "$work"
(cd "$root" && npx tsx test/certified/record-cases.ts cases "$work/cmds")
sudo_stand_in=$(oracle_sudo_stand_in)

for kernel in stock rfc 612; do
  mkdir -p "$work/$kernel"
  for cmds in "$work/cmds/$kernel"/*.cmds; do
    [ -e "$cmds" ] || continue
    {
      oracle_case_head "$work/uevent" /tmp/bin/uevent 'PATH=/tmp/bin:$PATH' "$sudo_stand_in"
      cat "$cmds"
      echo "exit"
    } >"$work/$kernel/$(basename "$cmds" .cmds).sh"
  done
done

# record KERNEL [VAR=VALUE...]: runs that kernel's cases, unless RECORD_KERNELS leaves it out.
kernels=()
record() {
  local kernel=$1
  shift
  [[ " ${RECORD_KERNELS:-stock rfc 612} " == *" $kernel "* ]] || return 0
  oracle_run_fresh "$runner" "$work/out" "$work/$kernel" "$@"
  kernels+=("$kernel")
}

record stock
if [ -n "$rfc_build" ]; then
  record rfc ORACLE_BUILD="$rfc_build"
else
  echo "record: no RFC_BUILD_DIR: skipping $(cd "$work/rfc" && echo *.sh)" >&2
fi
if [ -n "$build_612" ]; then
  record 612 ORACLE_BUILD="$build_612"
else
  echo "record: no LINUX_6_12_BUILD_DIR: skipping $(cd "$work/612" && echo *.sh)" >&2
fi
[ ${#kernels[@]} -gt 0 ] || exit 0

(cd "$root" && npx tsx test/certified/record-cases.ts store "$work/cmds" "$work/out" "${kernels[@]}")
