"""A file written completely or not at all: the exports a user asks for (the lawyer brief,
the recovery sheet, a copy of a photo). Written to a hidden file beside the target (same
folder, so the rename is atomic), flushed to disk, renamed over the target, and the
rename itself made durable. On any error the hidden file is removed and the target is
left as it was; the file is readable by its owner only."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


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
    the block it becomes ``target`` in one step (or, on an error, vanishes)."""
    target = Path(target)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    part = Path(name)
    try:
        yield part
        fsync_file(part)
        os.replace(part, target)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    fsync_folder(target.parent)
