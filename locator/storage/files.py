"""Files written safely and privately.

* :func:`written_whole`: a file written completely or not at all: a new vault, its backups
  and copies, the exports a user asks for (the lawyer brief, the recovery sheet, a copy of
  a photo). Written to a hidden file
  beside the target (same folder, so the rename is atomic), flushed to disk, renamed over
  the target, and the rename itself made durable. On any error the hidden file is removed
  and the target is left as it was; the file is readable by its owner only.
* Private files and folders (the vault, its backups, copies and the folders Locator makes
  for them): files 0600, folders 0700, whatever the umask — created so *before* a byte is
  written (:func:`new_private_file`, :func:`private_folder`, :func:`copy_private`). On
  Windows the modes mean little; the user's profile folders are private there already.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def new_private_file(path: Path) -> Path:
    """Create ``path`` empty, readable and writable by its owner only (0600, whatever the
    umask). Refuses (FileExistsError) to take over a file that is there already."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                 PRIVATE_FILE)
    os.close(fd)
    os.chmod(path, PRIVATE_FILE)  # the umask may have taken bits away; add none
    return path


def make_private(path: Path) -> None:
    """Take away what others may do with an existing file or folder (a vault made by an
    older Locator was 0644). Best effort: a file of someone else's stays as it is."""
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            os.chmod(path, mode & 0o700)
    except OSError:
        pass


def private_folder(folder: Path, *, own: bool = False) -> Path:
    """``folder`` and any missing parents, each created 0700 (whatever the umask). A folder
    that exists already is left as it is, unless ``own``: a folder that is Locator's own
    (its data folder, a vault's backups) is then made private too."""
    folder = Path(folder)
    missing = []
    here = folder
    while not here.exists() and here != here.parent:
        missing.append(here)
        here = here.parent
    for step in reversed(missing):
        try:
            step.mkdir(mode=PRIVATE_FOLDER)
        except FileExistsError:
            if not step.is_dir():
                raise
            continue  # made meanwhile by someone else: theirs
        os.chmod(step, PRIVATE_FOLDER)
    if own:
        make_private(folder)
    return folder


def copy_private(source: Path, target: Path) -> Path:
    """Copy ``source`` to a new private file ``target`` (replacing a leftover of an earlier
    try), flushed to disk."""
    target.unlink(missing_ok=True)
    new_private_file(target)
    with source.open("rb") as src, target.open("r+b") as out:
        shutil.copyfileobj(src, out, 1024 * 1024)
        out.flush()
        os.fsync(out.fileno())
    return target


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable where the platform allows it (not on Windows)."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


@contextmanager
def written_whole(target: Path) -> Iterator[Path]:
    """``with written_whole(target) as part:`` write the file at ``part``; at the end of
    the block it becomes ``target`` in one step (or, on an error, vanishes).

    The hidden file (``.<name>.<8 characters>.part``) is held with an ``flock`` while it is
    written, so that :func:`remove_leftover_parts` tells one a killed process left behind
    from one still being written."""
    target = Path(target)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    part = Path(name)
    try:
        _hold(fd)
        os.chmod(part, PRIVATE_FILE)  # mkstemp's 0600 less the umask: exactly 0600
        try:
            yield part
            fsync_file(part)
            os.replace(part, target)
        except BaseException:
            part.unlink(missing_ok=True)
            raise
    finally:
        os.close(fd)
    fsync_folder(target.parent)


def _hold(fd: int) -> bool:
    """An exclusive ``flock`` on ``fd``; False when another process holds the file."""
    if fcntl is None:
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError:
        return True
    return True


def part_names(name: str) -> re.Pattern[str]:
    """The hidden files :func:`written_whole` makes for targets named like ``name`` (a
    regular expression of the target's name)."""
    return re.compile(rf"\.(?:{name})\.[A-Za-z0-9_]{{8}}\.part")


def remove_leftover_parts(folder: Path, names: re.Pattern[str]) -> list[Path]:
    """Remove the hidden files of :func:`written_whole` in ``folder`` whose names match
    ``names`` (see :func:`part_names`) and that no process is writing (a backup or copy
    killed halfway). Only files of that naming: nothing else in the folder is touched."""
    removed: list[Path] = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return removed
    for entry in entries:
        if not names.fullmatch(entry.name):
            continue
        try:
            fd = os.open(entry, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        except OSError:
            continue
        try:
            if stat.S_ISREG(os.fstat(fd).st_mode) and _hold(fd):
                entry.unlink()
                removed.append(entry)
        except OSError:
            pass
        finally:
            os.close(fd)
    for entry in entries:  # the journal SQLite keeps beside a copy it was writing
        part = entry.with_name(entry.name.removesuffix("-journal"))
        if entry.name.endswith("-journal") and names.fullmatch(part.name) \
                and not part.exists():
            with contextlib.suppress(OSError):
                entry.unlink()
                removed.append(entry)
    return removed
