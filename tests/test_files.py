"""locator.storage.files.written_whole: complete or nothing, owner-only, the older file kept."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from locator.storage.files import written_whole


def test_the_file_appears_only_when_complete(tmp_path: Path) -> None:
    target = tmp_path / "copy.jpg"
    with written_whole(target) as part:
        part.write_bytes(b"complete")
        assert not target.exists() and part.parent == tmp_path and part.name.startswith(".")
    assert target.read_bytes() == b"complete"
    assert os.listdir(tmp_path) == ["copy.jpg"]
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_an_error_leaves_nothing_and_keeps_the_older_file(tmp_path: Path) -> None:
    target = tmp_path / "brief.pdf"
    target.write_bytes(b"older")
    with pytest.raises(RuntimeError), written_whole(target) as part:
        part.write_bytes(b"half")
        raise RuntimeError("disk full")
    assert os.listdir(tmp_path) == ["brief.pdf"] and target.read_bytes() == b"older"
