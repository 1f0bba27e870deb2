# The runtime of a script exported from the tracefs playground (worker/export/): it comes after
# the script's head (which sets TFS_NAMESPACES for an rfc-v2 session) and before its steps. It
# reads the mode, checks the machine (root, tracefs, user_events, the RFC's namespaces/ when the
# session uses them), builds uevent when the session runs it, then either lets bash run the steps
# as they are written (plain mode) or, with --check, runs each step in this shell and compares its
# output with the playground's. Scripts carry the lines between the two runtime markers
# (worker/export/sources.ts). The guards between the guard markers are an rfc-v2 session's; a
# linux-6.12 session's script carries those after the runtime instead, and no marker line.
# TRACEFS-EXPORT: runtime starts
TFS_SELF=$0
TFS_MODE=run
case ${1:-} in
'') ;;
--check) TFS_MODE=check ;;
-h | --help)
  sed -n '2,/^$/s/^# \{0,1\}//p' "$TFS_SELF"
  exit 0
  ;;
*)
  echo "usage: sudo bash $TFS_SELF [--check]" >&2
  exit 2
  ;;
esac
# How long a command that Ctrl-C ended in the playground runs here before it gets SIGINT.
TFS_WAIT=${TFS_WAIT:-1}
# Where tracefs is (or is to be mounted).
TFS_TRACING=${TFS_TRACING:-/sys/kernel/tracing}

tfs_die() {
  echo "${TFS_SELF##*/}: $*" >&2
  exit 1
}

tfs_warn() {
  echo "${TFS_SELF##*/}: warning: $*" >&2
}

[ "$(id -u)" = 0 ] || tfs_die "it needs root: sudo bash $TFS_SELF $*"
if [ ! -e "$TFS_TRACING/trace" ]; then
  mount -t tracefs nodev "$TFS_TRACING" 2>/dev/null ||
    tfs_die "tracefs is not mounted at $TFS_TRACING and mounting it failed (mount -t tracefs nodev $TFS_TRACING): does this kernel have CONFIG_TRACING?"
fi
# TRACEFS-EXPORT: guards start
[ -e "$TFS_TRACING/user_events_data" ] ||
  tfs_die "this kernel has no user_events ($TFS_TRACING/user_events_data is missing): it needs CONFIG_USER_EVENTS, which Linux 6.0 to 6.3 build only once its 'depends on BROKEN' is dropped, or the tracing-namespaces RFC kernel"
if [ "$TFS_NAMESPACES" = 1 ] && [ ! -d "$TFS_TRACING/namespaces" ]; then
  tfs_die "this session needs a kernel with the tracing-namespaces RFC ($TFS_TRACING/namespaces is missing)"
fi
case $(uname -r) in
6.[0-3].* | 6.[0-3]-* | 6.[0-3]) ;;
*) tfs_warn "Linux $(uname -r): the playground models the user_events ABI of Linux 6.0 to 6.3 (6.4 changed it)" ;;
esac
if grep -q '^u:' "$TFS_TRACING/dynamic_events" 2>/dev/null ||
  [ -n "$(ls -A "$TFS_TRACING/namespaces" 2>/dev/null)" ]; then
  tfs_warn "tracefs is not as a fresh boot leaves it (user events or namespaces exist): outputs may differ"
fi
# TRACEFS-EXPORT: guards end

TFS_TMP=$(mktemp -d "${TMPDIR:-/tmp}/tracefs-session.XXXXXX") || tfs_die "cannot make a temporary directory"
trap 'rm -rf "$TFS_TMP"' EXIT

# uevent for the steps that run it: $UEVENT when set (a build of native/uevent/uevent.c), else
# the source on standard input compiled with cc. It goes first in PATH, named uevent.
tfs_uevent() {
  mkdir -p "$TFS_TMP/bin" || tfs_die "cannot make $TFS_TMP/bin"
  if [ -n "${UEVENT:-}" ]; then
    [ -f "$UEVENT" ] && [ -x "$UEVENT" ] || tfs_die "UEVENT=$UEVENT is not an executable file"
    cp "$UEVENT" "$TFS_TMP/bin/uevent" || tfs_die "cannot copy $UEVENT"
  else
    command -v cc >/dev/null ||
      tfs_die "this session runs uevent, which this script builds from its C source with cc: install a C compiler, or set UEVENT=/path/to/uevent"
    cat >"$TFS_TMP/uevent.c"
    cc -O2 -o "$TFS_TMP/bin/uevent" "$TFS_TMP/uevent.c" || tfs_die "cc could not build uevent"
  fi
  PATH="$TFS_TMP/bin:$PATH"
  export PATH
}

# A command that was blocked in the playground when Ctrl-C ended it (or that was still running at
# the end): here it runs in a child bash and gets SIGINT after TFS_WAIT seconds. Standard input
# is the command's lines (the first N of them, all when N is not given), then the lines that were
# typed to it, which it reads here.
tfs_interrupt() {
  local __tfs_cmd='' __tfs_line __tfs_k=0
  while { [ -z "${1:-}" ] || ((__tfs_k < $1)); } && IFS= read -r __tfs_line; do
    __tfs_cmd+=$__tfs_line$'\n'
    ((__tfs_k++))
  done
  cat >"$TFS_TMP/input"
  timeout -s INT "$TFS_WAIT" bash -c "$__tfs_cmd" <"$TFS_TMP/input"
  local __tfs_status=$?
  # As at a prompt, a command that Ctrl-C ended leaves $? at 130.
  return $((__tfs_status == 124 ? 130 : __tfs_status))
}

# Sets $? (--check keeps the status of one step for the next, as a prompt does).
tfs_status() {
  return "$1"
}

# What --check does to both outputs before comparing them: what differs from one machine or
# boot to the next is masked (the script's head lists it). $1 is the step's command: some rules
# apply only to what it reads.
tfs_normalise() {
  local -a __tfs_rules=(
    -e 's/\x00/␀/g'
    -e '/^\[[0-9]+\] [0-9]+$/d'
    -e '/^\[[0-9]+\][-+ ] +(Running|Done|Exit [0-9]+|Stopped|Terminated|Killed|Hangup|Interrupt)( |$)/d'
    -e '/^[^ ]*: line [0-9]+: +[0-9]+ (Done|Exit [0-9]+|Terminated|Killed|Hangup|Interrupt)( |$)/d'
    -e "s/^$TFS_SELF_RE: line [0-9]+: /bash: /"
    -e 's/^bash: line [0-9]+: /bash: /'
    -e 's/^(␀)? *[^ ].*-[0-9]+ +\[[0-9]+\] [^ ]+ +[0-9]+\.[0-9]{6}: /\1TASK-PID [CPU] FLAGS SECS.USECS: /'
    -e 's/\b[0-9]+\.[0-9]{6}:/SECS.USECS:/g'
    -e 's/^((␀)?00000000: )([0-9a-f]{2} ){8}(.{25}).{8}/\1HH HH HH HH HH HH HH HH \4......../'
    -e 's/^ID: [0-9]+$/ID: N/'
    -e 's/Unknown type [0-9]+/Unknown type N/g'
    -e 's/\bid: [0-9]+/id: N/g'
    -e 's/#P:[0-9]+/#P:N/'
  )
  [[ $1 == *available_events* ]] && __tfs_rules+=(-e '/^user_events/!{/^[A-Za-z0-9_.-]+:[^ ]+$/d}')
  [[ $1 =~ $TFS_ID_FILE ]] && __tfs_rules+=(-e 's/^[0-9]+$/N/')
  [[ $1 == *events* && -n $TFS_STATIC ]] && __tfs_rules+=(-e "/^($TFS_STATIC)\$/d")
  LC_ALL=C sed -E "${__tfs_rules[@]}"
}
TFS_ID_FILE='(^|[ /])id([^A-Za-z0-9_.-]|$)'
TFS_SELF_RE=$(printf '%s' "$TFS_SELF" | sed 's/[][\.*^$+?(){}|/]/\\&/g')
# The event systems this kernel has that the playground has not (its static events).
TFS_STATIC=$(ls "$TFS_TRACING/events" 2>/dev/null |
  grep -v -e '^user_events' -e '^enable$' -e '^header_event$' -e '^header_page$' | paste -sd '|')
# TRACEFS-EXPORT: uevent
cd "$TFS_TRACING" || tfs_die "cannot cd to $TFS_TRACING"

# --check: the steps below, read from this file, each run here in this shell (so cd, variables and
# descriptors carry over from one to the next, as at the playground's prompt), with their output
# (stdout and stderr, and what background jobs print meanwhile) compared with the "# " lines
# that follow them in this file.
if [ "$TFS_MODE" = check ]; then
  mapfile -t __tfs_lines <"$TFS_SELF" 2>/dev/null ||
    tfs_die "--check reads the steps from the script itself: run it from a file (sudo bash FILE --check)"
  # ls lists in columns on the playground's terminal; here a step's output is a file, where it
  # would list a name a line: into that file it lists in columns as at a terminal.
  ls() {
    if [ "/proc/$BASHPID/fd/1" -ef "$TFS_TMP/output" ]; then
      COLUMNS=${COLUMNS:-80} command ls -C "$@"
    else
      command ls "$@"
    fi
  }
  __tfs_i=0 __tfs_same=0 __tfs_ran=0 __tfs_skipped=0 __tfs_status=0
  while ((__tfs_i < ${#__tfs_lines[@]})) && [ "${__tfs_lines[__tfs_i]}" != '#@ steps' ]; do ((__tfs_i++)); done
  : >"$TFS_TMP/output"
  while ((++__tfs_i < ${#__tfs_lines[@]})); do
    __tfs_line=${__tfs_lines[__tfs_i]}
    [ "$__tfs_line" = '#@ end' ] && break
    if [[ $__tfs_line =~ ^#@\ skip\ ([0-9]+(-[0-9]+)?) ]]; then
      echo "step ${BASH_REMATCH[1]}: not run (${__tfs_line#*: not run: })"
      ((__tfs_skipped++))
      continue
    fi
    [[ $__tfs_line =~ ^#@\ step\ ([0-9]+(-[0-9]+)?)(\ \(([0-9]+)\ lines\))? ]] || continue
    __tfs_name=${BASH_REMATCH[1]}
    __tfs_count=${BASH_REMATCH[4]:-1}
    __tfs_cmd=''
    for ((__tfs_k = 0; __tfs_k < __tfs_count; __tfs_k++)); do
      __tfs_cmd+=${__tfs_lines[++__tfs_i]}$'\n'
    done
    __tfs_expected=''
    while ((__tfs_i + 1 < ${#__tfs_lines[@]})); do
      __tfs_line=${__tfs_lines[__tfs_i + 1]}
      [[ $__tfs_line == '#' || $__tfs_line == '# '* ]] || break
      __tfs_expected+=${__tfs_line:2}$'\n'
      ((__tfs_i++))
    done
    if [ "${__tfs_lines[__tfs_i + 1]:-}" = '#@ no newline at the end' ]; then
      __tfs_expected=${__tfs_expected%$'\n'}
      ((__tfs_i++))
    fi
    __tfs_size=$(stat -c %s "$TFS_TMP/output")
    tfs_status "$__tfs_status"
    { eval "$__tfs_cmd"; } >>"$TFS_TMP/output" 2>&1 </dev/null
    __tfs_status=$?
    tail -c +$((__tfs_size + 1)) "$TFS_TMP/output" | tfs_normalise "$__tfs_cmd" >"$TFS_TMP/real"
    printf '%s' "$__tfs_expected" | tfs_normalise "$__tfs_cmd" >"$TFS_TMP/expected"
    ((__tfs_ran++))
    if cmp -s "$TFS_TMP/expected" "$TFS_TMP/real"; then
      echo "step $__tfs_name: same"
      ((__tfs_same++))
    else
      echo "step $__tfs_name: differs"
      if command -v diff >/dev/null; then
        diff -u --label playground --label 'this machine' "$TFS_TMP/expected" "$TFS_TMP/real" |
          sed -n '3,22s/^/    /p'
      else
        echo "    playground:" && sed -n '1,8s/^/      /p' "$TFS_TMP/expected"
        echo "    this machine:" && sed -n '1,8s/^/      /p' "$TFS_TMP/real"
      fi
    fi
  done
  __tfs_line="$__tfs_same/$__tfs_ran steps as in the playground"
  ((__tfs_skipped)) && __tfs_line+=", $__tfs_skipped not run (see the script)"
  echo "$__tfs_line"
  [ "$__tfs_same" = "$__tfs_ran" ]
  exit
fi
# TRACEFS-EXPORT: runtime ends
# The guards of a linux-6.12 session (upstream Linux 6.12, no tracing namespaces), in place of
# those between the guard markers above: Linux 6.4 or later (6.4 changed the user_events ABI),
# with user_events.
# TRACEFS-EXPORT: linux-6.12 guards start
TFS_RELEASE=$(uname -r)
if ! [[ $TFS_RELEASE =~ ^([0-9]+)\.([0-9]+) ]] ||
  ((10#${BASH_REMATCH[1]} < 6 || (10#${BASH_REMATCH[1]} == 6 && 10#${BASH_REMATCH[2]} < 4))); then
  tfs_die "Linux $TFS_RELEASE: this session needs Linux 6.4 or later (it ran on a model of Linux 6.12, whose user_events ABI came in 6.4)"
fi
[ -e "$TFS_TRACING/user_events_data" ] ||
  tfs_die "this kernel has no user_events ($TFS_TRACING/user_events_data is missing): it needs CONFIG_USER_EVENTS"
if grep -q '^u:' "$TFS_TRACING/dynamic_events" 2>/dev/null; then
  tfs_warn "tracefs is not as a fresh boot leaves it (user events exist): outputs may differ"
fi
# TRACEFS-EXPORT: linux-6.12 guards end
