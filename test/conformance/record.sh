#!/bin/bash
# record.sh [CASE...]: records what real interactive bash 5.2 (with GNU coreutils, under LC_ALL=C)
# prints for each conformance case, into NAME.out beside NAME.sh. A CASE is a .sh path or a name
# relative to cases/ (`quoting/single`, `quoting`: a whole category); none records every case.
# The recipe: the case's lines are typed into `bash --norc --noprofile --noediting -i` on stdin
# with a controlling pty (ptyrun.py), env -i, LC_ALL=C, HOME=/root, PS1/PS2 empty, PS4='+ ', a
# private empty tmpfs on /tmp (unshare -m) and a fresh empty working directory inside it; stdout
# and stderr merged through one pipe, exact bytes; the "exit" bash prints at the end of its input
# is dropped. Needs root (for unshare -m and mount) and python3 in /usr/bin or /bin.
set -u
here=$(cd "$(dirname "$0")" && pwd)
cases=$here/cases

# The case files named by the arguments, or all of them.
list() {
  if [ $# -eq 0 ]; then
    find "$cases" -name '*.sh' | sort
    return
  fi
  local a
  for a in "$@"; do
    if [ -f "$a" ]; then
      echo "$a"
    elif [ -f "$cases/${a%.sh}.sh" ]; then
      echo "$cases/${a%.sh}.sh"
    elif [ -d "$cases/$a" ]; then
      find "$cases/$a" -name '*.sh' | sort
    else
      echo "record.sh: $a: no such case" >&2
      return 1
    fi
  done
}

# Runs one case file through real bash; the output on stdout.
run() {
  unshare -m bash -c "mount -t tmpfs tmpfs /tmp && cd \$(mktemp -d) && exec env -i PATH=/usr/bin:/bin LC_ALL=C HOME=/root TERM=dumb PS1= PS2= PS4='+ ' USER=root LOGNAME=root timeout 60 python3 '$here/ptyrun.py' bash --norc --noprofile --noediting -i" <"$1" 2>&1 |
    python3 -c 'import sys; d=sys.stdin.buffer.read(); sys.stdout.buffer.write(d[:-5] if d.endswith(b"exit\n") else d)'
}

files=$(list "$@") || exit 2
n=0
for f in $files; do
  run "$f" >"${f%.sh}.out"
  n=$((n + 1))
done
echo "recorded $n case(s)"
