"""“Read this document” as a person uses it: add a photo → read (off the UI thread) →
accept two values, correct one → save → the case holds them and the timeline says where
they came from. Real vault, real Tesseract, real widgets (offscreen)."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QRadioButton
from pytestqt.qtbot import QtBot

from locator.model.cases import Case
from locator.model.dates import PartialDate
from locator.storage.vault import Vault
from tests.documents_fixtures import PEOPLE, degraded, identity_page, image_bytes
from tests.host_fixtures import top_item
from ui.case.timeline import AttachmentsPanel, TimelinePanel
from ui.common.worker import wait_for_background
from ui.documents.dialog import ReadDocumentDialog

pytestmark = pytest.mark.gui
T = TypeVar("T", bound=QObject)


def _child(parent: QObject, kind: type[T], name: str) -> T:
    found = parent.findChild(kind, name)
    assert found is not None, name
    return found


def _panel_with_photo(qtbot: QtBot, vault: Vault, tmp_path: Path,
                      monkeypatch: pytest.MonkeyPatch) -> tuple[AttachmentsPanel, int]:
    case = vault.save_case(Case(alias="friend"))
    assert case.id is not None
    photo = tmp_path / "passport.jpg"
    photo.write_bytes(image_bytes(degraded(identity_page(PEOPLE[0]), seed=5), "JPEG"))
    monkeypatch.setattr("ui.case.timeline.ask_open_file", lambda *_a, **_k: photo)
    panel = AttachmentsPanel()
    qtbot.addWidget(panel)
    panel.show_case(vault, case.id)
    add = panel.findChild(QPushButton, "attachment_add")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert panel.list.count() == 1
    assert not panel.hint.isHidden()  # a photo added: reading it is offered
    return panel, case.id


def _read(qtbot: QtBot, panel: AttachmentsPanel) -> ReadDocumentDialog:
    dialog = panel.read_selected()
    assert dialog is not None
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    assert dialog.cancel_button.isEnabled()  # reading runs off the UI thread
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=20000)
    return dialog


def test_read_accept_correct_save(qtbot: QtBot, vault: Vault, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    panel, case_id = _panel_with_photo(qtbot, vault, tmp_path, monkeypatch)
    saved: list[bool] = []
    panel.document_saved.connect(lambda: saved.append(True))
    dialog = _read(qtbot, panel)
    assert dialog.progress.value() == 100
    order = [(r.proposal.certain, r.proposal.confidence) for r in dialog.rows]
    assert order == sorted(order)  # weakest first
    value = _child(dialog, QLineEdit, "proposal_registered_last_name")
    assert value is not None and value.text() == "VAN DER BERGHE" and value.isReadOnly()
    assert _child(dialog, QLabel, "proposal_note_nationality_recorded").text().startswith(
        "Morocco · ")  # the code MA, in words
    _child(dialog, QRadioButton, "accept_registered_last_name").click()
    _child(dialog, QRadioButton, "accept_birth_date_recorded").click()
    _child(dialog, QRadioButton, "correct_registered_first_name").click()
    first_name = _child(dialog, QLineEdit, "proposal_registered_first_name")
    assert not first_name.isReadOnly()
    first_name.setText("Jean-Pierre")
    _child(dialog, QRadioButton, "reject_nationality_recorded").click()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert saved == [True]
    case = vault.get_case(case_id)
    assert case.registered_last_name == "VAN DER BERGHE"
    assert case.registered_first_name == "Jean-Pierre"
    assert case.birth_date_recorded == PartialDate(1999, 3, 12)
    assert case.nationality_recorded == ""  # rejected: not saved
    timeline = TimelinePanel()
    qtbot.addWidget(timeline)
    timeline.show_case(vault, case_id)
    tree = timeline.tree
    lines = [top_item(tree, i).text(2) for i in range(tree.topLevelItemCount())]
    where = [line for line in lines if "Taken from the document" in line]
    assert len(where) == 1
    assert "passport" in where[0] and "Registered LAST NAME" in where[0]
    assert "corrected by hand: Registered first name" in where[0]


def test_crop_by_dragging_then_read(qtbot: QtBot, vault: Vault, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Turned right then back, a part dragged over the picture: only that part is read."""
    panel, _ = _panel_with_photo(qtbot, vault, tmp_path, monkeypatch)
    dialog = panel.read_selected()
    assert dialog is not None
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(_child(dialog, QPushButton, "document_rotate_right"),
                     Qt.MouseButton.LeftButton)
    qtbot.mouseClick(_child(dialog, QPushButton, "document_rotate_left"),
                     Qt.MouseButton.LeftButton)
    area = dialog.picture.picture_rect()
    assert not area.isEmpty()
    top = QPoint(area.left() + 2, area.top() + area.height() // 2)  # the lower half
    qtbot.mousePress(dialog.picture, Qt.MouseButton.LeftButton, pos=top)
    qtbot.mouseMove(dialog.picture, area.bottomRight())
    qtbot.mouseRelease(dialog.picture, Qt.MouseButton.LeftButton, pos=area.bottomRight())
    assert dialog.crop is not None and 0.45 <= dialog.crop[1] <= 0.55
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=20000)
    assert _child(dialog, QLineEdit, "proposal_document_number").text() == "EH123456"
    upper = QPoint(area.right() - 2, area.top() + area.height() // 3)  # above the zone
    qtbot.mousePress(dialog.picture, Qt.MouseButton.LeftButton, pos=area.topLeft())
    qtbot.mouseMove(dialog.picture, upper)
    qtbot.mouseRelease(dialog.picture, Qt.MouseButton.LeftButton, pos=upper)
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.read_button.isEnabled, timeout=20000)
    assert dialog.findChild(QLineEdit, "proposal_document_number") is None  # not in that part
    qtbot.mouseClick(_child(dialog, QPushButton, "document_crop_clear"),
                     Qt.MouseButton.LeftButton)
    assert dialog.crop is None


def test_a_lock_drops_the_reading(qtbot: QtBot, vault: Vault, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The window clears its panels on a lock: the dialog goes, with every value read."""
    panel, _ = _panel_with_photo(qtbot, vault, tmp_path, monkeypatch)
    dialog = _read(qtbot, panel)
    assert _child(dialog, QLineEdit, "proposal_registered_last_name").text()
    panel.clear()  # what MainWindow.clear_everything does on a lock
    assert not dialog.isVisible()
    texts = [w.text() for top in QApplication.topLevelWidgets()
             for w in top.findChildren(QLineEdit)]
    assert not any("BERGHE" in t for t in texts)
    assert panel.findChild(ReadDocumentDialog) is None


def test_cancel_reading(qtbot: QtBot, vault: Vault, tmp_path: Path,
                        monkeypatch: pytest.MonkeyPatch) -> None:
    panel, case_id = _panel_with_photo(qtbot, vault, tmp_path, monkeypatch)
    dialog = panel.read_selected()
    assert dialog is not None
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.read_button.isEnabled, timeout=20000)
    assert wait_for_background()
    assert "cancelled" in dialog.status.text() or dialog.rows  # cancelled, or done first
    assert not dialog.save_button.isEnabled() or dialog.rows
    assert vault.get_case(case_id).registered_last_name == ""
