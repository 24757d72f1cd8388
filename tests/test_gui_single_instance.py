"""A second start on the same vault wakes the first instead of opening it twice."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ui.vault.single_instance import SingleInstance

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parent.parent


def test_second_instance_wakes_the_first(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "v.locator"
    woken: list[bool] = []
    first = SingleInstance(path, lambda: woken.append(True))
    assert first.acquired
    code = ("import sys; from pathlib import Path; from PySide6.QtCore import QCoreApplication;"
            "from ui.vault.single_instance import SingleInstance; app = QCoreApplication([]);"
            f"s = SingleInstance(Path({str(path)!r}), lambda: None);"
            "print(s.acquired, s.woke_other)")
    second = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE,
                              text=True)
    qtbot.waitUntil(lambda: bool(woken), timeout=10000)
    out, _ = second.communicate(timeout=30)
    assert out.split() == ["False", "True"]
    first.release()
    again = SingleInstance(path, lambda: None)
    assert again.acquired  # released: a later start opens normally
    again.release()


def test_a_new_folder_for_the_vault_is_private(qtbot: QtBot, tmp_path: Path) -> None:
    import os
    import stat

    old = os.umask(0o022)
    try:
        guard = SingleInstance(tmp_path / "new" / "deeper" / "v.locator", lambda: None)
    finally:
        os.umask(old)
    assert guard.acquired
    for folder in (tmp_path / "new", tmp_path / "new" / "deeper"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    guard.release()
