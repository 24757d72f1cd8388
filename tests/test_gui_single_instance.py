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


def test_a_link_to_an_open_vault_wakes_the_first_and_the_cli_waits(
        qtbot: QtBot, tmp_path: Path) -> None:
    """Issue 19: the hold is on the real file. A symlink or a hard link to the open vault
    is the same vault: a second start only wakes the first, and a command on it is refused
    in one plain line, the vault unchanged."""
    import os

    from locator.storage.vault import Vault

    path = tmp_path / "real" / "v.locator"
    path.parent.mkdir()
    Vault.create(path, "five random words are best").lock()
    (tmp_path / "sym.locator").symlink_to(path)
    os.link(path, tmp_path / "hard.locator")
    woken: list[bool] = []
    first = SingleInstance(path, lambda: woken.append(True))
    assert first.acquired
    for name in ("sym.locator", "hard.locator"):
        code = ("from pathlib import Path; from PySide6.QtCore import QCoreApplication;"
                "from ui.vault.single_instance import SingleInstance; "
                "app = QCoreApplication([]);"
                f"s = SingleInstance(Path({str(tmp_path / name)!r}), lambda: None);"
                "print(s.acquired, s.woke_other)")
        second = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT,
                                  stdout=subprocess.PIPE, text=True)
        qtbot.waitUntil(lambda: bool(woken), timeout=10000)
        out, _ = second.communicate(timeout=30)
        assert out.split() == ["False", "True"], name
        woken.clear()
        before = path.read_bytes()
        cli = subprocess.run(
            [sys.executable, "-m", "locator", "--vault", str(tmp_path / name), "list"],
            cwd=ROOT, capture_output=True, text=True, timeout=60,
            env={**os.environ, "LOCATOR_PASSPHRASE": "five random words are best"})
        assert cli.returncode == 1 and "open in another Locator window" in cli.stderr, name
        assert len(cli.stderr.strip().splitlines()) == 1 and path.read_bytes() == before
    first.release()
