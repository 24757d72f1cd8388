"""No plaintext residue: exercise the features with marker names, then grep everything.

Only the files the test exports on purpose may contain the markers. Also: after a
lock, no widget anywhere in the application holds a marker.
"""

from __future__ import annotations

import logging
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from locator.model.caseio import case_from_dict
from locator.storage.backup import automatic_backup, export_copy
from locator.storage.keystore import Keystore
from tests.helpers import files_containing, marker_case
from tests.host_fixtures import child_of, editor_field, top_item, vault_of
from ui.app import Controller
from ui.brief.window import BriefWindow
from ui.common.filedialogs import ask_save_file
from ui.procedure.calling_round import CallingRound
from ui.procedure.emails_dialog import EmailsDialog

pytestmark = pytest.mark.gui
SECRET = "leak test passphrase words"


def widget_texts(widget: QWidget) -> list[str]:
    """Every piece of text a widget shows or holds."""
    texts: list[str] = []
    if isinstance(widget, QLineEdit | QLabel | QAbstractButton):
        texts.append(widget.text())
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        texts.append(widget.toPlainText())
    if isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QTableWidget):
        texts += [cell.text() for r in range(widget.rowCount())
                  for c in range(widget.columnCount())
                  if (cell := widget.item(r, c)) is not None]
    if isinstance(widget, QTreeWidget):
        for i in range(widget.topLevelItemCount()):
            item = top_item(widget, i)
            texts += [item.text(c) for c in range(item.columnCount())]
    texts.append(widget.windowTitle())
    texts.append(widget.toolTip())
    return texts


def all_texts() -> list[str]:
    texts: list[str] = []
    for top in QApplication.topLevelWidgets():
        for widget in [top, *top.findChildren(QWidget)]:
            texts += widget_texts(widget)
    return texts


def test_no_marker_outside_the_vault_and_exports(qtbot: QtBot, tmp_path: Path,
                                                 keystore: Keystore, sandbox: Path,
                                                 caplog: pytest.LogCaptureFixture,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    caplog.set_level(logging.DEBUG)
    opened: list[str] = []  # mailto: links are recorded, never really opened
    monkeypatch.setattr(EmailsDialog, "opener", staticmethod(lambda url: opened.append(url)))
    marker = f"LEAK{uuid.uuid4().hex[:10].upper()}"
    vault_dir = tmp_path / "vault"
    exports = tmp_path / f"exports-{marker}"  # a folder name with a name in it, on purpose
    exports.mkdir()
    path = vault_dir / "leak.locator"
    controller = Controller(path, keystore)
    qtbot.addWidget(controller.window)
    controller.start()
    dialog = controller.dialog
    assert dialog is not None
    dialog.passphrase.setText(SECRET)
    dialog.passphrase_confirm.setText(SECRET)
    dialog.ok_button.click()
    window = controller.window
    qtbot.waitUntil(window.isVisible, timeout=20000)

    # cases, through the vault and through the editor
    vault = vault_of(window)
    data = marker_case(marker)
    data["consent_share_gvo"] = data["consent_share_lawyer"] = "yes"
    case = vault.save_case(case_from_dict(data))
    window.refresh_list()
    window.new_case()
    editor_field(window, "alias", QLineEdit).setText(f"{marker} typed in the editor")
    assert window.save_case()

    # search and sort
    window.case_filter.setText(marker.lower())
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    window.case_filter.setText("")
    for column in range(window.model.columnCount()):
        window.case_list.sortByColumn(column, window.case_list.horizontalHeader()
                                      .sortIndicatorOrder())
    window.open_case(case.id or 0)

    # a file dialog (Qt's own), accepted in the export folder
    def accept_dialog() -> None:
        for top in QApplication.topLevelWidgets():
            if isinstance(top, QFileDialog) and top.isVisible():
                top.selectFile(str(exports / f"{marker}-dialog.pdf"))
                top.accept()
    QTimer.singleShot(200, accept_dialog)
    chosen = ask_save_file(window, "Save", f"{marker}.pdf")
    assert chosen is not None and chosen.parent == exports

    # brief: PDF (explicit export), copy; then backups
    child_of(window, QAction, "brief_action").trigger()
    brief = child_of(window, BriefWindow, "brief_window")
    brief.write_pdf_to(exports / "brief.pdf", None)
    qtbot.waitUntil(lambda: "Saved" in brief.status.text(), timeout=20000)
    brief.copy()
    automatic_backup(vault)
    export_copy(vault, exports / "for-referent.locator", "another passphrase")

    # locate: calling round answers, an email copied, the centres view and name search;
    # deadlines: the view across cases (the marker case has a decision, so timers run)
    window.open_case(case.id or 0)
    window.locate.run("calling_round")
    round_dialog = child_of(window, CallingRound, "calling_round")
    child_of(round_dialog, QAbstractButton, "answer_caricole_not_found").click()
    child_of(round_dialog, QAbstractButton, "answer_vottem_found").click()
    window.locate.run("email_gvo_detained")
    child_of(child_of(window, EmailsDialog, "emails_dialog"), QAbstractButton, "email_copy").click()
    centres = window.locate.open_centres()
    assert centres is not None
    centres.pick.setCurrentIndex(centres.pick.findData("vottem"))
    centres.search.setText(marker)
    centres.run_search()
    child_of(window, QAction, "deadlines_action").trigger()
    assert any(marker in text for text in all_texts())  # the features really show it

    # edit without saving, then lock: the draft goes into the vault, widgets are emptied
    editor_field(window, "notes", QPlainTextEdit).setPlainText(f"{marker} unsaved")
    window.lock_action.trigger()
    assert window.vault is None
    holders = [f"{type(w).__name__}:{w.objectName()}:{top.objectName()}"
               for top in QApplication.topLevelWidgets()
               for w in [top, *top.findChildren(QWidget)]
               if any(marker in t for t in widget_texts(w))]
    assert holders == []
    assert QGuiApplication.clipboard().text() == ""

    # unlock again: the draft is back, then quit
    door = controller.dialog
    assert door is not None
    door.passphrase.setText(SECRET)
    door.ok_button.click()
    qtbot.waitUntil(window.isVisible, timeout=20000)
    assert marker in editor_field(window, "notes", QPlainTextEdit).toPlainText()
    window.editor.load(vault_of(window).get_case(case.id or 0))
    window.close()
    QSettings().sync()

    leaks = [p for root in (sandbox, tmp_path) for p in files_containing(root, marker)
             if exports not in p.parents]
    assert leaks == []
    assert marker not in caplog.text
    assert sorted(p.name for p in exports.iterdir()) == ["brief.pdf", "for-referent.locator"]
    assert files_containing(exports / "for-referent.locator", marker) == []  # encrypted
