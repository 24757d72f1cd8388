"""Issue 19: the window's save never reverts a write acknowledged elsewhere. A case open in
the window, changed meanwhile by the command line's ``update``: saving only what was typed
keeps the other change; the same field changed on both sides asks, in plain words."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from locator.model.caseio import case_from_dict
from locator.model.cases import EventKind
from locator.storage.keystore import Keystore
from locator.storage.vault import Vault
from tests.host_fixtures import editor_field
from ui.app import Controller
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui
SECRET = "five random words are best"


@pytest.fixture
def opened(qtbot: QtBot, tmp_path: Path, keystore: Keystore) -> Iterator[tuple[MainWindow, int]]:
    vault = Vault.create(tmp_path / "e.locator", SECRET)
    case = vault.save_case(case_from_dict({"alias": "Sami", "status": "missing",
                                           "notes": "first notes"}))
    assert case.id is not None
    controller = Controller(vault.path, keystore)
    qtbot.addWidget(controller.window)
    controller.unlocked(vault)
    window = controller.window
    window.open_case(case.id)
    yield window, case.id
    window.editor.clear()
    window.close()


def cli_update(window: MainWindow, case_id: int, change: dict[str, object]) -> None:
    """The command line's ``update``, run in this process: another process is refused
    while the window holds the vault (tests/test_gui_single_instance.py), so this is the
    one way its write can land under an open case — the same code path all the same."""
    assert window.vault is not None
    from locator.cli.main import main

    argv = ["--vault", str(window.vault.path), "update", str(case_id), "--json", "-"]
    import io
    from contextlib import redirect_stderr, redirect_stdout

    stdin, sys.stdin = sys.stdin, io.StringIO(json.dumps(change))
    os.environ["LOCATOR_PASSPHRASE"] = SECRET
    try:
        with redirect_stdout(io.StringIO()), redirect_stderr(io.StringIO()) as err:
            assert main(argv) == 0, err.getvalue()
    finally:
        sys.stdin = stdin
        del os.environ["LOCATOR_PASSPHRASE"]


def answer(qtbot: QtBot, button: str, seen: list[str]) -> None:
    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(box.text())
        found = box.findChild(QPushButton, button)
        (found or box.button(QMessageBox.StandardButton.Cancel)).click()
    QTimer.singleShot(0, press)


def test_a_change_made_elsewhere_to_another_field_is_kept(
        opened: tuple[MainWindow, int]) -> None:
    window, case_id = opened
    cli_update(window, case_id, {"status": "detained", "centre": "127bis"})
    editor_field(window, "alias", QLineEdit).setText("Sami ሰላም")
    assert window.save_case()
    assert window.vault is not None
    stored = window.vault.get_case(case_id)
    assert (stored.alias, stored.status.value, stored.centre) == ("Sami ሰላም", "detained",
                                                                   "127bis")
    # the status change is the command line's, once: the window invents no change back
    changes = [e for e in window.vault.events(case_id) if e.kind is EventKind.STATUS_CHANGE]
    assert len(changes) == 1


@pytest.mark.parametrize("choice", ["keep_mine", "take_theirs", "cancel"])
def test_the_same_field_changed_on_both_sides_asks(
        qtbot: QtBot, opened: tuple[MainWindow, int], choice: str) -> None:
    window, case_id = opened
    cli_update(window, case_id, {"notes": "written by the command line"})
    editor_field(window, "notes", QPlainTextEdit).setPlainText("typed in the window")
    seen: list[str] = []
    answer(qtbot, choice, seen)
    saved = window.save_case()
    assert window.vault is not None
    notes = window.vault.get_case(case_id).notes
    assert len(seen) == 1 and "changed elsewhere" in seen[0] and "Notes" in seen[0]
    assert "notes" not in seen[0]  # its label, not the field's name
    if choice == "keep_mine":
        assert saved and notes == "typed in the window"
    elif choice == "take_theirs":
        assert not saved and notes == "written by the command line"
        assert editor_field(window, "notes", QPlainTextEdit).toPlainText() == notes
        assert not window.editor.dirty
    else:
        assert not saved and notes == "written by the command line"
        assert editor_field(window, "notes", QPlainTextEdit).toPlainText() == \
            "typed in the window"  # nothing typed is lost
