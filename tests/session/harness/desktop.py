"""A private desktop session for one test: Xvfb, a D-Bus session bus, folders and an env.

* **X**: ``Xvfb -displayfd`` picks a free display and writes its number on a pipe; no
  window manager (keyboard focus is given with ``xdotool windowfocus``; a window is
  closed the way a window manager's close button does it, WM_DELETE_WINDOW).
* **D-Bus**: ``dbus-daemon --session --nofork --print-address`` on a socket in the test's
  own ``XDG_RUNTIME_DIR``. The services it starts on demand (the accessibility bus
  ``org.a11y.Bus``, GNOME Keyring's prompter ``gcr-prompter``) inherit its environment:
  the test's DISPLAY, HOME and folders.
* **Folders**: HOME, XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_CACHE_HOME, TMPDIR under the
  test's sandbox; XDG_RUNTIME_DIR (mode 0700) in a short folder under /tmp (socket paths
  are limited to 108 bytes).
* **Env**: built from nothing (never the test process's own environment, which the
  in-process suite's conftest has changed); every process of the session carries
  :data:`procs.TAG_VARIABLE`, so a final sweep ends whatever is left.
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Mapping
from pathlib import Path

from tests.session.harness import procs
from tests.session.harness.procs import Proc, Timeout, wait_until

HERE = Path(__file__).resolve().parent
SESSION_DIR = HERE.parent
SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's: it has pyatspi and gi
SCREEN = "1366x768x24"  # the smallest screen the app is made for
SYSTEM_PATH = "/usr/local/bin:/usr/bin:/bin"  # what every process of the session gets

#: what the harness runs; each comes from a package in debian-packages.txt
TOOLS = {"Xvfb": "xvfb", "dbus-daemon": "dbus", "gnome-keyring-daemon": "gnome-keyring",
         "xdotool": "xdotool", "secret-tool": "libsecret-tools", "xdg-open": "xdg-utils",
         "xdg-mime": "xdg-utils", "xwininfo": "x11-utils"}
SYSTEM_FILES = {"/usr/libexec/at-spi-bus-launcher": "at-spi2-core",
                "/usr/libexec/gcr-prompter": "gcr",
                "/usr/lib/python3/dist-packages/pyatspi/__init__.py": "python3-pyatspi"}


def missing_tools() -> list[str]:
    """The Debian packages whose programs are not here (empty when all are)."""
    missing = {pkg for tool, pkg in TOOLS.items() if shutil.which(tool, path=SYSTEM_PATH)
               is None}
    missing |= {pkg for path, pkg in SYSTEM_FILES.items() if not Path(path).exists()}
    if not Path(SYSTEM_PYTHON).exists():
        missing.add("python3")
    return sorted(missing)


class Desktop:
    """Xvfb + D-Bus session + private folders; :attr:`env` is what every process gets."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.tag = uuid.uuid4().hex
        self.sandbox = root / "sandbox"  # what the app may write to: HOME and XDG folders
        self.logs = root / "logs"
        self.instruments = root / "instruments"  # the test's own files, never scanned
        for sub in ("home", "config", "data", "cache", "tmp"):
            (self.sandbox / sub).mkdir(parents=True, exist_ok=True)
        self.logs.mkdir(parents=True, exist_ok=True)
        self.instruments.mkdir(parents=True, exist_ok=True)
        self.runtime = Path(tempfile.mkdtemp(prefix="lsr-", dir="/tmp"))
        self.runtime.chmod(0o700)
        self.home = self.sandbox / "home"
        self.config_home = self.sandbox / "config"
        self.data_home = self.sandbox / "data"
        self.procs: list[Proc] = []
        self.display = ""
        self.bus_address = ""
        self.env: dict[str, str] = self._base_env()

    def _base_env(self) -> dict[str, str]:
        env = {
            "PATH": SYSTEM_PATH,
            "HOME": str(self.home),
            "USER": "root" if os.geteuid() == 0 else os.environ.get("USER", "user"),
            "LOGNAME": "root" if os.geteuid() == 0 else os.environ.get("LOGNAME", "user"),
            "SHELL": "/bin/sh",
            "LANG": "C.UTF-8",
            "XDG_CONFIG_HOME": str(self.config_home),
            "XDG_DATA_HOME": str(self.data_home),
            "XDG_CACHE_HOME": str(self.sandbox / "cache"),
            "XDG_RUNTIME_DIR": str(self.runtime),
            "XDG_SESSION_TYPE": "x11",
            "TMPDIR": str(self.sandbox / "tmp"),
            procs.TAG_VARIABLE: self.tag,
        }
        return env

    # -- starting ----------------------------------------------------------------------

    def start(self) -> None:
        self._start_x()
        self._start_bus()

    def spawn(self, name: str, argv: list[str], env: Mapping[str, str] | None = None,
              **kwargs: object) -> Proc:
        proc = Proc(name, argv, env if env is not None else self.env, self.logs,
                    **kwargs)  # type: ignore[arg-type]
        self.procs.append(proc)
        return proc

    def _spawn_reading_a_line(self, name: str, argv_for: Callable[[int], list[str]],
                              what: str
                              ) -> tuple[Proc, str]:
        """Start ``argv_for(fd)`` and read the one line it writes to ``fd`` (Xvfb's display
        number, dbus-daemon's address), waiting at most 20 s."""
        read_fd, write_fd = os.pipe()
        try:
            proc = self.spawn(name, argv_for(write_fd), pass_fds=[write_fd])
            os.close(write_fd)
            write_fd = -1
            line = b""
            deadline = time.monotonic() + 20
            while not line.endswith(b"\n"):
                left = deadline - time.monotonic()
                if left <= 0 or not proc.alive():
                    raise Timeout(f"{name} did not give {what}: {proc.stderr()[-800:]}")
                ready, _, _ = select.select([read_fd], [], [], min(left, 0.5))
                if ready:
                    chunk = os.read(read_fd, 512)
                    if not chunk:
                        break
                    line += chunk
        finally:
            os.close(read_fd)
            if write_fd >= 0:
                os.close(write_fd)
        return proc, line.decode().strip()

    def _start_x(self) -> None:
        self.xvfb, number = self._spawn_reading_a_line("xvfb", lambda fd: [
            "Xvfb", "-displayfd", str(fd), "-screen", "0", SCREEN, "-nolisten", "tcp",
            "-noreset"], "its display")
        self.display = ":" + number
        if self.display == ":":
            raise Timeout(f"Xvfb gave no display number: {self.xvfb.stderr()[-800:]}")
        self.env["DISPLAY"] = self.display
        wait_until(lambda: self.run(["xwininfo", "-root"], timeout=5).returncode == 0, 10,
                   "the X display to answer")

    def _start_bus(self) -> None:
        self.dbus, address = self._spawn_reading_a_line("dbus-session", lambda fd: [
            "dbus-daemon", "--session", "--nofork", f"--print-address={fd}",
            f"--address=unix:path={self.runtime}/bus"], "an address")
        self.bus_address = address
        self.env["DBUS_SESSION_BUS_ADDRESS"] = self.bus_address

    # -- stopping ------------------------------------------------------------------------

    def stop(self) -> list[int]:
        """End every process of this desktop; returns the pids the final sweep had to kill."""
        for proc in reversed(self.procs):
            proc.stop()
        left = procs.sweep(self.tag)
        shutil.rmtree(self.runtime, ignore_errors=True)
        return left

    # -- running things in the session --------------------------------------------------

    def run(self, argv: list[str], timeout: float = 20, env: Mapping[str, str] | None = None,
            **kwargs: object) -> subprocess.CompletedProcess[bytes]:
        return procs.run(argv, env if env is not None else self.env, timeout,
                         **kwargs)  # type: ignore[arg-type]

    def xdotool(self, *args: str, timeout: float = 15) -> str:
        done = self.run(["xdotool", *args], timeout=timeout)
        return done.stdout.decode(errors="replace")

    def windows(self, pattern: str = ".", pid: int | None = None, by: str = "name",
                only_visible: bool = True) -> list[int]:
        """X windows whose ``by`` (name, class or classname) matches the regular expression
        ``pattern`` (and of process ``pid``, when given)."""
        args = ["search"]
        if pid is not None:
            args += ["--all", "--pid", str(pid)]
        if only_visible:
            args.append("--onlyvisible")
        args += [f"--{by}", pattern]
        return [int(line) for line in self.xdotool(*args).split() if line.strip().isdigit()]

    def window_name(self, window: int) -> str:
        return self.xdotool("getwindowname", str(window)).strip()

    def focus(self, window: int) -> None:
        """Give the keyboard to ``window`` (there is no window manager to do it)."""
        self.xdotool("windowfocus", "--sync", str(window), timeout=10)

    def type_text(self, text: str, delay_ms: int = 12) -> None:
        """Type on the keyboard (XTEST); the text goes to xdotool on stdin, so it is in
        no command line."""
        done = self.run(["xdotool", "type", "--delay", str(delay_ms), "--file", "-"],
                        timeout=10 + len(text) * delay_ms / 1000 * 3,
                        input_bytes=text.encode())
        if done.returncode != 0:
            raise AssertionError(f"xdotool type failed: {done.stderr.decode(errors='replace')}")

    def key(self, *keys: str) -> None:
        self.xdotool("key", "--delay", "40", *keys)

    def close_window(self, window: int) -> None:
        """What a window manager's close button does: WM_DELETE_WINDOW to the window."""
        done = self.run([sys.executable, str(SESSION_DIR / "xclose.py"), str(window)],
                        timeout=10)
        if done.returncode != 0:
            raise AssertionError(f"xclose failed: {done.stderr.decode(errors='replace')}")

    def bus_name_owned(self, name: str) -> bool:
        from tests.session.harness.dbus import name_has_owner

        return name_has_owner(self.bus_address, name)
