"""What an unlocked Locator process keeps to itself: no core dump and no debugger of the
same user reading its memory, where the case is in plain text while the vault is open.

Called first thing by the app and by the command line. On Linux: the core-file limit is
set to 0 (no ``core`` file is written when the process crashes) and the process is made
non-dumpable (``prctl(PR_SET_DUMPABLE, 0)``: no core through ``systemd-coredump`` or
``apport`` either, and ``/proc/<pid>/mem`` and ``ptrace`` are closed to other processes of
the same user). KeePassXC does the same. Elsewhere it does what the system allows.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import sys

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3


def _libc() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("c")
    if not name:
        return None
    try:
        return ctypes.CDLL(name, use_errno=True)
    except OSError:
        return None


def keep_memory_private() -> bool:
    """No core dumps, no memory reading by other processes; True when both took effect."""
    limited = False
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        limited = resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)
    if not sys.platform.startswith("linux"):
        return limited
    libc = _libc()
    if libc is None:
        return False
    libc.prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong,
                           ctypes.c_ulong]
    libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
    return limited and libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0
