"""Processes of a session test: started in their own process group, logged to files, and
always ended — by the fixture that started them, and by a sweep of every process that
carries the test's tag in its environment (D-Bus activated services, ``xdg-open`` and
whatever the app started on its own).

Every wait here is bounded: :func:`wait_until` polls with a deadline.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import IO, Any, Literal, TypeVar

T = TypeVar("T")

#: the environment variable that marks every process of one test's desktop
TAG_VARIABLE = "LOCATOR_SESSION_TEST_TAG"


class Timeout(AssertionError):
    """A bounded wait ran out (an AssertionError: pytest shows it as a failure)."""


class Abort(AssertionError):
    """Raised by a check of :func:`wait_until` to stop waiting at once (the app ended…)."""


def wait_until(check: Callable[[], T | None | Literal[False]], timeout: float, what: str,
               interval: float = 0.1) -> T:
    """Call ``check`` until it returns something true (so not None nor False), for at most
    ``timeout`` seconds.

    Exceptions from ``check`` count as "not yet" (the last one is named on time-out),
    except :class:`Abort`, which ends the wait at once.
    """
    deadline = time.monotonic() + timeout
    last_error: BaseException | None = None
    while True:
        try:
            value = check()
        except Abort:
            raise
        except Exception as err:  # not yet: try again until the deadline
            last_error = err
            value = None
        if value:
            return value
        if time.monotonic() >= deadline:
            extra = f" (last error: {last_error!r})" if last_error is not None else ""
            raise Timeout(f"timed out after {timeout:.0f} s waiting for {what}{extra}")
        time.sleep(interval)


class Proc:
    """One started process: its own process group, stdout/stderr in files."""

    def __init__(self, name: str, argv: Sequence[str], env: Mapping[str, str], logs: Path,
                 cwd: Path | None = None, stdin: int | IO[Any] | None = subprocess.DEVNULL,
                 pass_fds: Sequence[int] = ()) -> None:
        self.name = name
        self.argv = list(argv)
        logs.mkdir(parents=True, exist_ok=True)
        self.stdout_path = logs / f"{name}.stdout"
        self.stderr_path = logs / f"{name}.stderr"
        with self.stdout_path.open("ab") as out, self.stderr_path.open("ab") as err:
            self.popen = subprocess.Popen(
                self.argv, env=dict(env), cwd=cwd, stdin=stdin, stdout=out, stderr=err,
                start_new_session=True, pass_fds=tuple(pass_fds), close_fds=True)
        self.pid = self.popen.pid
        self.started = time.monotonic()

    def alive(self) -> bool:
        return self.popen.poll() is None

    @property
    def returncode(self) -> int | None:
        return self.popen.poll()

    def wait(self, timeout: float) -> int:
        try:
            return self.popen.wait(timeout)
        except subprocess.TimeoutExpired:
            raise Timeout(f"{self.name} (pid {self.pid}) still running after "
                          f"{timeout:.0f} s") from None

    def kill9(self) -> None:
        """SIGKILL to the process itself (not its group): a crash, as the user sees it."""
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGKILL)

    def stop(self, grace: float = 3.0) -> None:
        """End the whole process group: SIGTERM, then SIGKILL; always reaped."""
        for sig, wait in ((signal.SIGTERM, grace), (signal.SIGKILL, 5.0)):
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self.pid, sig)
            try:
                self.popen.wait(wait)
                break
            except subprocess.TimeoutExpired:
                continue
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.pid, signal.SIGKILL)  # what is left of the group
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.popen.wait(5.0)

    def stdout(self) -> str:
        return self.stdout_path.read_text(encoding="utf-8", errors="replace")

    def stderr(self) -> str:
        return self.stderr_path.read_text(encoding="utf-8", errors="replace")

    def __repr__(self) -> str:
        return f"<Proc {self.name} pid={self.pid} rc={self.returncode}>"


def run(argv: Sequence[str], env: Mapping[str, str], timeout: float,
        cwd: Path | None = None, input_bytes: bytes | None = None,
        check: bool = False) -> subprocess.CompletedProcess[bytes]:
    """A short command, bounded in time; its whole process group dies on time-out."""
    with subprocess.Popen(list(argv), env=dict(env), cwd=cwd, start_new_session=True,
                          stdin=subprocess.PIPE if input_bytes is not None
                          else subprocess.DEVNULL,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE) as popen:
        try:
            out, err = popen.communicate(input_bytes, timeout=timeout)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(popen.pid, signal.SIGKILL)
            popen.communicate()
            raise Timeout(f"{argv[0]} did not finish within {timeout:.0f} s: "
                          f"{' '.join(argv)}") from None
    done = subprocess.CompletedProcess(list(argv), popen.returncode, out, err)
    if check and done.returncode != 0:
        raise AssertionError(f"{' '.join(argv)} failed ({done.returncode}): "
                             f"{err.decode(errors='replace')[-2000:]}")
    return done


def tagged_pids(tag: str) -> list[int]:
    """Every process whose environment carries ``TAG_VARIABLE=tag`` (root reads them all)."""
    needle = f"{TAG_VARIABLE}={tag}".encode()
    found = []
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/environ", "rb") as handle:
                environ = handle.read()
        except OSError:
            continue
        if needle in environ.split(b"\0"):
            found.append(int(entry.name))
    return [pid for pid in found if pid != os.getpid()]


def sweep(tag: str, timeout: float = 5.0) -> list[int]:
    """SIGKILL every process still carrying ``tag``; returns the pids that were found."""
    found = tagged_pids(tag)
    for pid in found:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        left = [pid for pid in tagged_pids(tag) if not _zombie(pid)]
        if not left:
            break
        time.sleep(0.05)
    return found


def _zombie(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    return stat.rsplit(")", 1)[-1].split()[0] in ("Z", "X")


def cmdlines() -> dict[int, bytes]:
    """Every process's command line right now (NUL-separated, as the kernel gives it)."""
    lines: dict[int, bytes] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/cmdline", "rb") as handle:
                lines[int(entry.name)] = handle.read()
        except OSError:
            continue
    return lines
