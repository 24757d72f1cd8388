"""One Locator window per vault file, whatever name the file is opened by.

A vault can be reached by more than one name: a symbolic link, a hard link, another
path to the same folder. The locks here are taken on the file itself, not on the name:
each is an ``flock`` on a small lock file in the user's own lock folder
(``$XDG_RUNTIME_DIR/locator`` or the data folder's ``locks``), named from

* the file's real path (:func:`os.path.realpath`: every symbolic link resolved), which
  stays the same when the file is replaced under that name (a restore), and
* the file's identity (``st_dev``, ``st_ino``), the same for every hard link to it.

Two kinds of hold, by the same process or by others:

* :func:`window_lock` — exclusive: a window (the app) has this vault; no other process may
  open it, nor take another window on it. Held for the app's life.
* :func:`use_lock` — shared: an open :class:`locator.storage.vault.Vault` (the app's own,
  a command's) holds it for as long as it is open. It is refused while *another* process
  has a window on the file (:class:`VaultInUse`); commands may run side by side.

The lock files hold nothing (no path, no name: their names are a hash and two numbers).
The system drops every lock of a process that ends, crashed or killed: a lock is never
stale. Where ``flock`` does not exist (Windows) nothing is locked.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import threading
import time
from pathlib import Path

from locator.model.paths import data_dir
from locator.storage.errors import VaultInUse

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

_guard = threading.RLock()


class _Held:
    """One lock file opened by this process, with how many holds of each kind use it."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.shared = 0
        self.exclusive = 0


_held: dict[str, _Held] = {}
_windows: list[InstanceLock] = []


def lock_folder() -> Path:
    """The user's own folder of lock files (0700)."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    folder = Path(runtime) / "locator" if runtime else data_dir() / "locks"
    from locator.storage.files import private_folder

    return private_folder(folder, own=True)


def real_path(path: Path) -> Path:
    """The file behind every symbolic link of ``path``."""
    return Path(os.path.realpath(path))


def _path_key(path: Path) -> str:
    return "path-" + hashlib.sha256(os.fsencode(real_path(path))).hexdigest()[:32]


def _file_key(path: Path) -> str | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return f"file-{st.st_dev}-{st.st_ino}"


def instance_name(path: Path) -> str:
    """A name for the window's local socket, the same for every name of the file (its
    identity when it exists, else its real path)."""
    return "locator-" + hashlib.sha256(
        (_file_key(path) or _path_key(path)).encode()).hexdigest()[:24]


def _flock(fd: int, exclusive: bool) -> bool:
    assert fcntl is not None
    try:
        fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError:  # a lock folder where locks do not work: the vault opens unguarded
        return True
    return True


def _take(key: str, exclusive: bool) -> bool:
    """One more hold of ``key`` for this process; False when another process stops it."""
    held = _held.get(key)
    if held is None:
        try:
            fd = os.open(lock_folder() / f"{key}.lock",
                         os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o600)
        except OSError:
            return True  # no lock folder (read-only home): open as before, unguarded
        held = _held[key] = _Held(fd)
    wanted_exclusive = exclusive or held.exclusive > 0
    had_any = held.shared or held.exclusive
    if not had_any or (wanted_exclusive and not held.exclusive):
        if not _flock(held.fd, wanted_exclusive):
            if not had_any:
                os.close(held.fd)
                del _held[key]
            else:  # a failed upgrade may have dropped the shared lock (flock(2)): again
                _flock(held.fd, False)
            return False
    if exclusive:
        held.exclusive += 1
    else:
        held.shared += 1
    return True


def _give(key: str, exclusive: bool) -> None:
    held = _held.get(key)
    if held is None:
        return
    if exclusive:
        held.exclusive -= 1
    else:
        held.shared -= 1
    if held.shared <= 0 and held.exclusive <= 0:
        os.close(held.fd)  # the lock goes with the last descriptor
        del _held[key]
    elif held.exclusive <= 0:
        assert fcntl is not None
        with contextlib.suppress(OSError):
            fcntl.flock(held.fd, fcntl.LOCK_SH)  # back to shared: commands may come in


class InstanceLock:
    """A hold on one vault file (see the module's text); :meth:`release` when done."""

    def __init__(self, path: Path, exclusive: bool) -> None:
        self.path = Path(path)
        self.exclusive = exclusive
        self._keys: list[str] = []

    @property
    def held(self) -> bool:
        return bool(self._keys) or fcntl is None

    def _acquire(self) -> bool:
        if fcntl is None:
            return True
        keys = [_path_key(self.path)]
        file_key = _file_key(self.path)
        if file_key is not None:
            keys.append(file_key)
        with _guard:
            taken: list[str] = []
            for key in keys:
                if not _take(key, self.exclusive):
                    for done in taken:
                        _give(done, self.exclusive)
                    return False
                taken.append(key)
            self._keys = taken
        return True

    def follow(self) -> bool:
        """Hold the file now at the path too (after it was created or replaced by a
        restore); False when another process has it."""
        if fcntl is None or not self._keys:
            return True
        file_key = _file_key(self.path)
        with _guard:
            if file_key is None or file_key in self._keys:
                return True
            if not _take(file_key, self.exclusive):
                return False
            for old in self._keys[1:]:
                _give(old, self.exclusive)
            self._keys = [self._keys[0], file_key]
        return True

    def release(self) -> None:
        with _guard:
            for key in self._keys:
                _give(key, self.exclusive)
            self._keys = []
            if self in _windows:
                _windows.remove(self)

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def window_lock(path: Path, wait: float = 0.0) -> InstanceLock:
    """The app's hold on its vault, exclusive, for its life. Waits up to ``wait`` seconds
    for a command that is using the file to end. Raises :class:`VaultInUse` when another
    process has it (another window, or a command still running)."""
    lock = InstanceLock(path, exclusive=True)
    deadline = time.monotonic() + wait
    while not lock._acquire():
        if time.monotonic() >= deadline:
            raise VaultInUse()
        time.sleep(0.05)
    with _guard:
        _windows.append(lock)
    return lock


def use_lock(path: Path) -> InstanceLock:
    """An open vault's hold, shared; raises :class:`VaultInUse` when another process has a
    window on this file. In a process that has a window on it, that window follows the
    file now at the path (a vault just created or restored)."""
    lock = InstanceLock(path, exclusive=False)
    if not lock._acquire():
        raise VaultInUse()
    key = _path_key(path)
    with _guard:
        for window in list(_windows):
            if window._keys and window._keys[0] == key:
                window.follow()
    return lock
