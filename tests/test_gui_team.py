"""Issue 16: the “Share with a team…” dialog (pytest-qt, offscreen): create a team in a
folder, invite (code + QR code), join from a second vault, and settle a conflict with the
chooser."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QRadioButton, QTableWidget
from pytestqt.qtbot import QtBot

from locator.model.cases import Case
from locator.storage import team as db
from locator.storage.vault import Vault
from locator.team import members, status, sync
from tests.team_fixtures import consenting, shared_state
from ui.team.dialog import TeamDialog, TeamWatcher

W = TypeVar("W", bound=QObject)
pytestmark = pytest.mark.gui


def _child(dialog: TeamDialog, kind: type[W], name: str) -> W:
    found = dialog.findChild(kind, name)
    assert isinstance(found, kind), name
    return found


def _text(table: QTableWidget, row: int, col: int) -> str:
    item = table.item(row, col)
    assert item is not None
    return item.text()


def _set_notes(vault: Vault, case_id: int, text: str) -> None:
    def change(case: Case) -> Case:
        case.notes = text
        return case

    vault.update_case(case_id, change)


def test_create_invite_join_and_choose(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "synced"
    folder.mkdir()
    amina = Vault.create(tmp_path / "amina.locator", "amina's passphrase 1234")
    bram = Vault.create(tmp_path / "bram.locator", "bram's passphrase 1234")
    try:
        case = amina.save_case(consenting("ZQGUI"))
        dialog = TeamDialog(None, amina)
        qtbot.addWidget(dialog)
        assert dialog.pages.currentIndex() == 0
        _child(dialog, QLineEdit, "team_folder").setText(str(folder))
        _child(dialog, QLineEdit, "team_member_name").setText("Amina")
        _child(dialog, QPushButton, "team_start").click()
        qtbot.waitUntil(lambda: not dialog.busy and dialog.pages.currentIndex() == 1,
                        timeout=10000)
        uid = members.share_case(amina, int(case.id or 0))
        _child(dialog, QPushButton, "team_invite").click()
        code_label = _child(dialog, QLabel, "team_invite_code")
        code = code_label.text().rsplit(": ", 1)[1]
        qr = _child(dialog, QLabel, "team_invite_qr")
        assert not qr.pixmap().isNull()

        joining = TeamDialog(None, bram)
        qtbot.addWidget(joining)
        _child(joining, QRadioButton, "team_join").setChecked(True)
        _child(joining, QLineEdit, "team_folder").setText(str(folder))
        _child(joining, QLineEdit, "team_member_name").setText("Bram")
        _child(joining, QLineEdit, "team_code").setText(code)
        sync.sync(amina)  # the case is in the folder before bram joins
        _child(joining, QPushButton, "team_start").click()
        qtbot.waitUntil(lambda: not joining.busy and joining.pages.currentIndex() == 1,
                        timeout=20000)
        assert uid in shared_state(bram)
        members_table = _child(joining, QTableWidget, "team_members")
        assert members_table.rowCount() == 2
        cases_table = _child(joining, QTableWidget, "team_cases")
        assert cases_table.rowCount() == 1
        assert _text(cases_table, 0, 1) == "Amina"  # who changed it last

        # both change the same field: the chooser shows both values and their authors
        bram_id = next(s.case_id for s in db.shared_cases(bram.con) if s.uid == uid)
        _set_notes(amina, int(case.id or 0), "amina's note")
        _set_notes(bram, int(bram_id or 0), "bram's note")
        for vault in (amina, bram, amina):
            sync.sync(vault)
        dialog.refresh()
        table = _child(dialog, QTableWidget, "team_conflicts")
        assert table.rowCount() == 1
        shown = {_text(table, 0, col) for col in (1, 2)}
        assert shown == {"amina's note", "bram's note"}
        assert _text(table, 0, 3) in ("Amina / Bram", "Bram / Amina")
        other = status.status(amina).conflicts[0].other
        _child(dialog, QPushButton, "conflict_take_other").click()
        qtbot.waitUntil(lambda: not dialog.busy and table.rowCount() == 0,
                        timeout=10000)
        assert amina.get_case(int(case.id or 0)).notes == other

        # the watcher syncs bram when amina's file arrives in the folder
        watcher = TeamWatcher(bram)
        sync.sync(bram)
        assert bram.get_case(int(bram_id or 0)).notes == other
        _set_notes(amina, int(case.id or 0), "moved to Vottem")
        with qtbot.waitSignal(watcher.synced, timeout=15000):
            sync.sync(amina)
        assert bram.get_case(int(bram_id or 0)).notes == "moved to Vottem"
    finally:
        amina.lock()
        bram.lock()
