#!/bin/bash
# What test/certified/record.sh installs as `sudo` in a recording VM that has none (the Linux 6.12
# one has busybox but no sudo): `sudo -u USER COMMAND...`, the one form the cases use, runs COMMAND
# as USER through busybox su, with descriptors 3 and up closed as sudo closes them. Anything else is
# refused, so a case that needs more of sudo fails loudly instead of recording something else.
[ "${1-}" = -u ] && [ $# -ge 3 ] || {
  echo 'sudo: this stand-in runs only: sudo -u USER COMMAND...' >&2
  exit 1
}
user=$2
shift 2
exec 3>&- 4>&- 5>&- 6>&- 7>&- 8>&- 9>&-
exec busybox su -s /bin/bash "$user" -c "$(printf '%q ' "$@")"
