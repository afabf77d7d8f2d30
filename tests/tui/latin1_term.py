#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# latin1_term.py COMMAND [ARGS...]: run COMMAND on a terminal of its own
# that speaks ISO-8859-1, inside the UTF-8 terminal (a tmux pane) this runs
# in, as luit or an old Latin-1 terminal would: what COMMAND writes is
# converted from Latin-1 to UTF-8 for the pane; what is typed goes to it
# byte for byte (tmux send-keys -H e9 types a Latin-1 é). Exits with
# COMMAND's status.
import fcntl
import os
import pty
import select
import sys
import termios
import tty

size = fcntl.ioctl(1, termios.TIOCGWINSZ, b"\0" * 8)
pid, fd = pty.fork()
if pid == 0:
    fcntl.ioctl(0, termios.TIOCSWINSZ, size)
    os.execvp(sys.argv[1], sys.argv[1:])
if os.isatty(0):
    tty.setraw(0)
while True:
    try:
        ready, _, _ = select.select([0, fd], [], [])
    except InterruptedError:
        continue
    if 0 in ready:
        data = os.read(0, 4096)
        if data:
            os.write(fd, data)
    if fd in ready:
        try:
            data = os.read(fd, 65536)
        except OSError:
            break
        if not data:
            break
        os.write(1, data.decode("latin-1").encode("utf-8"))
_, status = os.waitpid(pid, 0)
sys.exit(os.waitstatus_to_exitcode(status) if hasattr(os, "waitstatus_to_exitcode")
         else status >> 8)
