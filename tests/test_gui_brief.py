"""The brief window: preview, completeness, missing fields, PDF written off the UI thread."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from locator.caseio import case_from_dict
from locator.cases import EventKind
from locator.keystore import Keystore
from locator.vault import Vault
from tests.helpers import HOSTILE
from ui.app import Controller
from ui.brief_window import BriefWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, keystore: Keystore):  # type: ignore[no-untyped-def]
    vault = Vault.create(tmp_path / "b.locator", "brief test words")
    controller = Controller(vault.path, keystore)
    qtbot.addWidget(controller.window)
    controller.unlocked(vault)
    yield controller.window
    controller.window.close()


def test_brief_window(qtbot: QtBot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case = window.vault.save_case(case_from_dict({
        "registered_last_name": f"Haile {HOSTILE}", "registered_first_name": "ተስፋይ",
        "nationality_recorded": "ER", "arrest_place": "Gare du Midi",
        "consent_share_gvo": "yes", "consent_share_lawyer": "yes"}))
    window.open_case(case.id)
    action = window.findChild(type(window.new_action), "brief_action")
    assert action is not None and action.isEnabled()
    action.trigger()
    dialog = window.findChild(BriefWindow, "brief_window")
    assert dialog is not None
    assert dialog.score.text().startswith("3 of 8")
    preview = dialog.preview.toPlainText()
    assert f"HAILE {HOSTILE.upper()}" in preview or HOSTILE in preview
    assert "unknown — ask at the next visit" in preview
    missing = dialog.findChild(QPushButton, "missing_oe_number")
    assert missing is not None

    target = tmp_path / "out" / "brief.pdf"
    target.parent.mkdir()
    dialog.write_pdf_to(target, None)
    qtbot.waitUntil(lambda: "Saved" in dialog.status.text(), timeout=20000)
    text = " ".join(p.extract_text() for p in PdfReader(target).pages)
    assert "ተስፋይ" in text
    assert [p.name for p in target.parent.iterdir()] == ["brief.pdf"]

    dialog.copy()
    assert "ተስፋይ" in QGuiApplication.clipboard().text()
    kinds = [e.kind for e in window.vault.events(case.id)]
    assert kinds.count(EventKind.BRIEF_SENT) == 2

    missing.click()
    assert not dialog.isVisible()
    window.lock_action.trigger()
    assert window.findChild(BriefWindow, "brief_window") is None or not dialog.isVisible()
    QGuiApplication.clipboard().clear()
