"""Runs a command on a pseudo-terminal (python3's pty module, standard
library only), as a person at a terminal runs it: waits until the screen
shows a text, then types a line (or Ctrl-C, given as ^C), and prints what
the screen showed and how the command ended, as one JSON object.

usage: on_a_terminal.py WAIT_FOR TYPE COMMAND [ARGS...]
"""

import json
import os
import pty
import select
import sys
import time

wait_for = sys.argv[1].encode()
typed = sys.argv[2]
command = sys.argv[3:]

pid, fd = pty.fork()
if pid == 0:
    os.execv(command[0], command)

screen = b""
deadline = time.monotonic() + 60


def read():
    """Reads what the command wrote; False once it has closed the terminal."""
    global screen
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.1)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                return False
            if not chunk:
                return False
            screen += chunk
            return True
    os.kill(pid, 9)
    sys.exit("timed out; the screen showed: " + screen.decode(errors="replace"))


while wait_for not in screen:
    if not read():
        break
os.write(fd, b"\x03" if typed == "^C" else typed.encode() + b"\n")
while read():
    pass
_, status = os.waitpid(pid, 0)
print(json.dumps({"screen": screen.decode(errors="replace"), "code": os.waitstatus_to_exitcode(status)}))
