# Shared by the scripts that record the project's sessions on a real kernel
# (native/uevent/record-fixtures.sh, test/certified/record.sh, test/export/record-fixtures.sh);
# sourced, not run.
#
# A case is a shell script the oracle runner feeds to an interactive root bash in
# /sys/kernel/tracing of a freshly booted VM. It decodes a static build of uevent.c (the VM has
# no compiler), prints the kernel it runs on (`uname -r`, plus "tracing-namespaces-rfc" when
# tracefs has namespaces/), then sets PS1='# ' and `set -v`, so every command is shown as
# `# COMMAND` before its output, as the playground's `--echo` shows it.
#
# The runner: `RUNNER --fresh [OPTION...] -o DIR CASE.sh...` boots a VM per case and writes the
# merged output bytes of each to DIR/CASE.out. ORACLE_RUN_OPTS adds runner options (e.g. --tcg).

# oracle_build_uevent DIR: a static build of native/uevent/uevent.c as DIR/uevent.
oracle_build_uevent() {
  local src
  src="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/uevent.c"
  cc -static -s -O2 -Wall -Wextra -Werror -o "$1/uevent" "$src"
}

# oracle_case_head BINARY DEST [SETUP...]: the start of a case: BINARY decoded to DEST in the
# VM, each SETUP line run (not echoed), the kernel line, then the prompt and `set -v`.
oracle_case_head() {
  local binary=$1 dest=$2
  shift 2
  echo "mkdir -p '$(dirname "$dest")'"
  echo "base64 -d > '$dest' <<'UEVENT_C_BINARY'"
  base64 -w0 "$binary" # one line: bash reads a long here-document line by line, slowly
  printf '\nUEVENT_C_BINARY\n'
  echo "chmod +x '$dest'"
  local line
  for line in "$@"; do echo "$line"; done
  echo 'echo "$(uname -r)$([ -d namespaces ] && echo " tracing-namespaces-rfc")"'
  echo "PS1='# '; set -v"
}

# oracle_sudo_stand_in: a line for a case's head that, on a VM without sudo (the Linux 6.12 one),
# installs test/certified/sudo-stand-in.sh as /tmp/bin/sudo (only `sudo -u USER COMMAND...`) and
# puts /tmp/bin first on PATH.
oracle_sudo_stand_in() {
  local stand_in
  stand_in="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/test/certified/sudo-stand-in.sh"
  echo "command -v sudo >/dev/null || { mkdir -p /tmp/bin && base64 -d >/tmp/bin/sudo <<<'$(base64 -w0 "$stand_in")' && chmod +x /tmp/bin/sudo && PATH=/tmp/bin:\$PATH; }"
}

# oracle_run_fresh RUNNER OUT_DIR CASE_DIR [VAR=VALUE...]: every CASE_DIR/*.sh, each on a fresh
# boot, three cases per runner call, one VM at a time, with the VAR=VALUE environment.
oracle_run_fresh() {
  local runner=$1 out=$2 dir=$3
  shift 3
  local cases=("$dir"/*.sh) opts i
  read -r -a opts <<<"${ORACLE_RUN_OPTS:-}"
  [ -e "${cases[0]}" ] || return 0
  mkdir -p "$out"
  for ((i = 0; i < ${#cases[@]}; i += 3)); do
    env "$@" "$runner" --fresh "${opts[@]}" -o "$out" "${cases[@]:i:3}" >/dev/null
  done
}
