"""The brief window: preview, completeness, missing fields, PDF written off the UI thread."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from locator.model.caseio import case_from_dict
from locator.model.cases import EventKind
from locator.storage.keystore import Keystore
from locator.storage.vault import Vault
from tests.helpers import HOSTILE
from tests.host_fixtures import child_of, vault_of
from ui.app import Controller
from ui.brief.window import BriefWindow
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, keystore: Keystore) -> Iterator[MainWindow]:
    vault = Vault.create(tmp_path / "b.locator", "brief test words")
    controller = Controller(vault.path, keystore)
    qtbot.addWidget(controller.window)
    controller.unlocked(vault)
    yield controller.window
    controller.window.close()


def saved(window: MainWindow, data: dict[str, object]) -> tuple[Vault, int]:
    """The window's vault, and the id of a case saved in it from ``data``."""
    case = vault_of(window).save_case(case_from_dict(data))
    assert case.id is not None
    return vault_of(window), case.id


def test_brief_window(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    vault, case_id = saved(window, {
        "registered_last_name": f"Haile {HOSTILE}", "registered_first_name": "ተስፋይ",
        "nationality_recorded": "ER", "arrest_place": "Gare du Midi",
        "consent_share_gvo": "yes", "consent_share_lawyer": "yes"})
    window.open_case(case_id)
    action = child_of(window, QAction, "brief_action")
    assert action.isEnabled()
    action.trigger()
    dialog = window.findChild(BriefWindow, "brief_window")
    assert dialog is not None
    assert dialog.score.text().startswith("3 of 9")
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
    kinds = [e.kind for e in vault.events(case_id)]
    assert kinds.count(EventKind.BRIEF_SENT) == 2

    missing.click()
    assert not dialog.isVisible()
    window.lock_action.trigger()
    assert window.findChild(BriefWindow, "brief_window") is None or not dialog.isVisible()
    QGuiApplication.clipboard().clear()


@pytest.mark.parametrize("answer", ["no", "not_asked"])
def test_email_to_gvo_keeps_the_emails_consent_rule(
        qtbot: QtBot, window: MainWindow, answer: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Agreement to share with GVO not recorded as yes: nothing opens, nothing recorded,
    and the window says why (as the Emails window does)."""
    from ui.procedure.emails_dialog import EmailsDialog

    opened: list[object] = []
    monkeypatch.setattr(EmailsDialog, "opener", staticmethod(opened.append))
    vault, case_id = saved(window, {
        "alias": "Sami", "consent_share_gvo": answer, "consent_share_lawyer": "yes"})
    window.open_case(case_id)
    dialog = BriefWindow(window, case_id)
    qtbot.addWidget(dialog)
    before = len(vault.events(case_id))
    dialog.email()
    assert opened == [] and len(vault.events(case_id)) == before
    assert "Nothing can be sent yet" in dialog.status.text()
    dialog.close()


def test_email_to_gvo_is_the_procedures_lawyer_request(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from locator import GVO_EMAIL
    from ui.procedure.emails_dialog import EmailsDialog

    opened: list[object] = []
    def opener(url: object) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(EmailsDialog, "opener", staticmethod(opener))
    vault, case_id = saved(window, {
        "alias": "Sami", "consent_share_gvo": "yes", "consent_share_lawyer": "yes"})
    window.open_case(case_id)
    dialog = BriefWindow(window, case_id)
    qtbot.addWidget(dialog)
    dialog.writer_name.setText("Marie Writer")
    dialog.writer_name.editingFinished.emit()  # as when the cursor leaves the field
    dialog.email()
    assert len(opened) == 1
    url = opened[0].toString()  # type: ignore[attr-defined]
    assert url.startswith(f"mailto:{GVO_EMAIL}") and "Marie" not in url
    assert "Marie Writer" in QGuiApplication.clipboard().text()  # the brief, to paste
    kinds = {(e.kind, tuple(sorted(e.data.items()))) for e in vault.events(case_id)}
    # handed to the mail program: prepared, not sent (issue 13, point 2)
    assert (EventKind.EMAIL, (("how", "mail_program"), ("purpose", "lawyer_request"),
                              ("state", "prepared"), ("to", "gvo"))) in kinds
    assert (EventKind.BRIEF_SENT, (("how", "mail_program"), ("state", "prepared"),
                                   ("to", "gvo"))) in kinds
    # "I have sent it": by whom (the writer's name, shown to change) and the day given
    from tests.test_gui_locate import answer_sent_dialog

    assert dialog.sent_button.isVisibleTo(dialog)
    answer_sent_dialog(by="Marie Writer", day="2026-12-02")
    dialog.mark_sent()
    sent = [e.data for e in vault.events(case_id)
            if e.kind is EventKind.BRIEF_SENT and e.data.get("state") == "sent"]
    assert sent == [{"to": "gvo", "state": "sent", "by": "Marie Writer", "on": "2026-12-02",
                     "prepared": sent and sent[0]["prepared"]}]
    dialog.close()


def test_enter_on_the_unencrypted_pdf_question_saves_nothing(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """No password: the warning's default answer is Cancel, so Enter writes no plain file."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    import ui.brief.window

    asked: list[object] = []
    monkeypatch.setattr(ui.brief.window, "ask_save_file", lambda *a, **k: asked.append(a))
    vault, case_id = saved(window, {
        "alias": "Sami", "consent_share_gvo": "yes", "consent_share_lawyer": "yes"})
    window.open_case(case_id)
    dialog = BriefWindow(window, case_id)
    qtbot.addWidget(dialog)
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.defaultButton().text())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    dialog.save_pdf()
    assert seen == ["Cancel"] and asked == []
    dialog.close()


def test_every_open_brief_is_emptied_and_closed_on_lock(
        qtbot: QtBot, window: MainWindow) -> None:
    vault, case_id = saved(window, {
        "alias": "Sami", "consent_share_gvo": "yes", "consent_share_lawyer": "yes"})
    window.open_case(case_id)
    action = child_of(window, QAction, "brief_action")
    action.trigger()
    action.trigger()  # Ctrl+B twice: two windows
    briefs = window.findChildren(BriefWindow)
    assert len(briefs) == 2 and all(b.isVisible() and b.brief is not None for b in briefs)
    assert all(b.preview.toPlainText() for b in briefs)
    window.lock()
    assert all(b.brief is None and not b.preview.toPlainText() and not b.isVisible()
               for b in briefs)
    qtbot.waitUntil(lambda: window.findChildren(BriefWindow) == [])  # deleted on close
