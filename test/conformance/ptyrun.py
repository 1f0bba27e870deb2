#!/usr/bin/env python3
# ptyrun.py PROG [ARG...]: runs PROG in a new session whose controlling terminal is a fresh pty,
# pinned to CPU 0, with stdin/stdout/stderr left as inherited; exits with PROG's status (128+signal
# if killed). Why: an interactive bash (-i) without a controlling terminal prints "cannot set
# terminal process group ... no job control in this shell" before running anything; with a
# controlling tty it starts silently while still reading its commands from the case file on stdin.
import os
import signal
import sys


def main() -> int:
    if len(sys.argv) < 2:
        print('usage: ptyrun.py PROG [ARG...]', file=sys.stderr)
        return 2
    try:
        os.sched_setaffinity(0, {0})
    except OSError as e:
        print(f'ptyrun.py: sched_setaffinity: {e}', file=sys.stderr)
    master, slave = os.openpty()
    name = os.ttyname(slave)
    pid = os.fork()
    if pid == 0:
        os.setsid()
        os.close(slave)
        os.close(master)
        fd = os.open(name, os.O_RDWR)  # the first tty a session leader opens becomes its ctty
        os.close(fd)
        # NOTE: Python ignores SIGPIPE and SIGXFSZ, and an exec keeps ignored signals ignored:
        # restore them, or `yes | head` in the case would report a write error.
        for sig in (signal.SIGPIPE, signal.SIGXFSZ):
            signal.signal(sig, signal.SIG_DFL)
        try:
            os.execvp(sys.argv[1], sys.argv[1:])
        except OSError as e:
            print(f'ptyrun.py: exec: {e}', file=sys.stderr)
            os._exit(127)
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    _, status = os.waitpid(pid, 0)
    os.close(slave)
    os.close(master)
    if os.WIFSIGNALED(status):
        return 128 + os.WTERMSIG(status)
    return os.WEXITSTATUS(status)


sys.exit(main())
