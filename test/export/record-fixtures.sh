#!/usr/bin/env bash
# Re-records test/export/fixtures/: the scenario sessions (test/scenarios/*.sh) and the lessons'
# solutions (public/lessons/*.md, every step's solution in order), each exported as a bash script
# (`npm run -s sh -- --export`) on the kernel profile it names (a scenario's `# profile: NAME`
# line, a lesson's `profile:` in its front matter; rfc-v2 without one) and run with --check on a
# real kernel, each on a freshly booted VM: a stock Linux 6.1 with user_events, the
# tracing-namespaces RFC kernel for the sessions whose script needs namespaces/, or upstream
# Linux 6.12 for the sessions of the linux-6.12 profile.
#
# usage: test/export/record-fixtures.sh RUNNER [RFC_BUILD_DIR] [NAME...]
#        test/export/record-fixtures.sh RUNNER RFC_BUILD_DIR|'' LINUX_6_12_BUILD_DIR|'' [NAME...]
#   RUNNER         a runner of cases on a real kernel: `RUNNER [OPTION...] --fresh -o DIR CASE.sh...`
#                  feeds each case to a root bash in /sys/kernel/tracing of a Linux 6.1 VM with
#                  user_events and writes what it printed to DIR/CASE.out
#   RFC_BUILD_DIR  the runner's build of the RFC kernel (its ORACLE_BUILD); the sessions that need
#                  namespaces/ are skipped without it (or with '')
#   LINUX_6_12_BUILD_DIR  the runner's build of upstream Linux 6.12 (a directory, or ''); the
#                  sessions of the linux-6.12 profile are skipped without it
#   NAME...        record only these sessions (e.g. U07-write-trace lesson-03-register-and-trace)
# Environment: ORACLE_RUN_OPTS, more runner options (e.g. --tcg).
#
# The VM has no compiler: each case carries a static build of native/uevent/uevent.c and the
# script (both base64, on one line each), prints the kernel it runs on, then runs
# `UEVENT=/tmp/uevent bash /tmp/session.sh --check` and its exit status. A VM without sudo gets
# test/certified/sudo-stand-in.sh as `sudo` (only `sudo -u USER COMMAND...`).
set -euo pipefail

[ $# -ge 1 ] || {
  sed -n '10,21p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}
runner=$1
rfc_build=${2:-}
shift $(($# >= 2 ? 2 : 1))
build_612=
# A third argument is the 6.12 build when it is a directory or ''; a session name is neither.
if [ $# -ge 1 ] && { [ -z "$1" ] || [ -d "$1" ]; }; then
  build_612=$1
  shift
fi
root=$(cd "$(dirname "$0")/../.." && pwd)
fixtures=$root/test/export/fixtures
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# shellcheck source=../../native/uevent/oracle-case.sh
. "$root/native/uevent/oracle-case.sh"
mkdir -p "$work/commands" "$work/stock" "$work/rfc" "$work/612" "$work/out" "$fixtures"

# The profile a scenario names on a line `# profile: NAME`, and the one of a lesson's front matter.
scenario_profile() {
  sed -n 's/^[[:space:]]*#[[:space:]]*profile:[[:space:]]*\([^[:space:]]*\)[[:space:]]*$/\1/p' "$1"
}
lesson_profile() {
  awk 'NR == 1 && $0 != "---" { exit } NR > 1 && $0 == "---" { exit }
    NR > 1 && /^profile:/ { sub(/^profile:[ \t]*/, ""); sub(/[ \t]*$/, ""); print; exit }' "$1"
}

oracle_build_uevent "$work"
for f in "$root"/test/scenarios/*.sh; do
  cp "$f" "$work/commands/"
  scenario_profile "$f" >"$work/commands/$(basename "$f" .sh).profile"
done
for f in "$root"/public/lessons/*.md; do
  name=lesson-$(basename "$f" .md)
  (cd "$root" && npx tsx test/export/lesson-commands.ts "$f") >"$work/commands/$name.sh"
  lesson_profile "$f" >"$work/commands/$name.profile"
done

# A VM without sudo (the Linux 6.12 one) gets test/certified/sudo-stand-in.sh as `sudo`.
sudo_stand_in=$(oracle_sudo_stand_in)

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
  profile=$(cat "$work/commands/$name.profile")
  profile=${profile:-rfc-v2}
  (cd "$root" && npm run -s sh -- --export --profile "$profile" "$f") >"$work/$name.session.sh"
  kernel=stock
  grep -q '^TFS_NAMESPACES=1$' "$work/$name.session.sh" && kernel=rfc
  [ "$profile" = linux-6.12 ] && kernel=612
  {
    echo "base64 -d > /tmp/uevent <<'UEVENT_BINARY'"
    base64 -w0 "$work/uevent"
    printf '\nUEVENT_BINARY\n'
    echo "chmod +x /tmp/uevent"
    echo "$sudo_stand_in"
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
if [ -n "$build_612" ]; then
  oracle_run_fresh "$runner" "$work/out" "$work/612" ORACLE_BUILD="$build_612"
else
  echo "record-fixtures: no LINUX_6_12_BUILD_DIR: skipping $(ls "$work/612" | tr '\n' ' ')" >&2
fi

for out in "$work"/out/*.out; do
  [ -e "$out" ] || continue
  cp "$out" "$fixtures/"
  echo "recorded test/export/fixtures/$(basename "$out")"
done
