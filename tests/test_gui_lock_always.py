"""Issue 19: locking always locks, even when the vault cannot take the draft (moved, a USB
stick pulled, a full disk) — the screen goes first, the edits wait in memory only and the
door says so; and one door at a time (the last one is deleted, not leaked)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from locator.storage.keystore import Keystore
from tests.helpers import files_containing
from tests.test_gui_vault import SECRET, child, open_door
from ui.app import Controller
from ui.vault.settings import QUIT_ON_LOCK_KEY, set_quit_on_lock
from ui.vault.unlock import VaultDialog

pytestmark = pytest.mark.gui
MARK = "LOCKALWAYS7"


@pytest.fixture(autouse=True)
def clean_settings() -> Iterator[None]:
    yield
    QSettings().remove(QUIT_ON_LOCK_KEY)


def started(qtbot: QtBot, tmp_path: Path, keystore: Keystore) -> tuple[Controller, Path]:
    path = tmp_path / "stick" / "l.locator"
    path.parent.mkdir()
    controller = Controller(path, keystore)
    qtbot.addWidget(controller.window)
    controller.start()
    open_door(qtbot, controller, SECRET, confirm=True)
    window = controller.window
    window.new_action.trigger()
    child(window.editor, QLineEdit, "alias").setText(f"{MARK} saved")
    assert window.save_case()
    child(window.editor, QLineEdit, "arrest_place").setText(f"{MARK} typed, not saved")
    assert window.editor.dirty
    return controller, path


@pytest.mark.parametrize("quit_on_lock", [False, True])
def test_the_vault_gone_the_lock_still_locks_and_nothing_typed_is_lost(
        qtbot: QtBot, tmp_path: Path, keystore: Keystore, sandbox: Path,
        quit_on_lock: bool) -> None:
    controller, path = started(qtbot, tmp_path, keystore)
    quits: list[bool] = []
    controller.quit_app = lambda: quits.append(True)
    set_quit_on_lock(quit_on_lock)
    window = controller.window
    away = tmp_path / "elsewhere.locator"
    path.rename(away)  # the stick was pulled: the vault cannot take a draft

    assert window.lock() is True
    assert window.vault is None and not window.isVisible()
    assert not any(MARK in w.text() for w in window.findChildren(QLineEdit))
    assert window.draft_in_memory is not None
    assert quits == []  # quitting now would lose the edits, even with "quit on lock"
    door = controller.dialog
    assert isinstance(door, VaultDialog) and door.isVisible()
    assert "kept in this window's memory" in door.notice.text() and door.notice.isVisibleTo(door)
    # the vault is gone from its place: the door looks for it, it never offers a new one
    assert not door.creating and "not in its place any more" in door.notice.text()
    child(door, QLineEdit, "passphrase").setText(SECRET)
    door.ok_button.click()
    qtbot.waitUntil(lambda: door.error.isVisible() and door.error.text() != "", timeout=20000)
    assert not path.exists() and window.vault is None
    assert "no vault file at this place" in door.error.text()
    # memory only: nowhere on disk, in plain text
    assert files_containing(tmp_path, MARK) == [] and files_containing(sandbox, MARK) == []

    away.rename(path)  # put back; unlock: the edits are on screen again, still unsaved
    open_door(qtbot, controller, SECRET)
    assert child(window.editor, QLineEdit, "arrest_place").text() == f"{MARK} typed, not saved"
    assert window.editor.dirty and window.draft_in_memory is None
    assert window.save_case()
    window.lock()
    assert window.draft_in_memory is None
    window.close()


def test_one_door_at_a_time(qtbot: QtBot, tmp_path: Path, keystore: Keystore) -> None:
    """Each lock makes a new door; the one before is deleted with its fields (it was
    leaked before: +42 MiB over 100 lock/unlock cycles)."""
    controller, _path = started(qtbot, tmp_path, keystore)
    window = controller.window
    window.editor.clear()
    for _ in range(5):
        window.lock()
        open_door(qtbot, controller, SECRET)
    window.lock()
    for _ in range(3):
        QApplication.processEvents()
        QApplication.sendPostedEvents(None, 0)  # deleteLater's
    gc.collect()
    doors = [w for w in QApplication.topLevelWidgets() if isinstance(w, VaultDialog)]
    assert doors == [controller.dialog]
    assert controller.dialog is not None and controller.dialog.notice.text() == ""
    controller.dialog.reject()
    window.close()


def test_the_door_finishes_a_restore_cut_short_and_never_offers_a_new_vault(
        qtbot: QtBot, tmp_path: Path, keystore: Keystore) -> None:
    """An older Locator killed mid-restore left the vault moved aside and none at its
    path: the door puts it back and asks for the passphrase, it never offers "Create"."""
    from locator.model.caseio import case_from_dict
    from locator.storage.vault import Vault

    path = tmp_path / "r.locator"
    with Vault.create(path, SECRET) as vault:
        vault.save_case(case_from_dict({"alias": "kept through a cut restore"}))
    path.rename(tmp_path / "r.locator.before-restore-2026-12-01-101010")
    controller = Controller(path, keystore)
    qtbot.addWidget(controller.window)
    controller.start()
    door = controller.dialog
    assert isinstance(door, VaultDialog) and not door.creating
    assert path.exists()
    open_door(qtbot, controller, SECRET)
    assert controller.window.model.rowCount() == 1
    controller.window.close()
