"""Issue 13, point 3: every way out of the app asks the same question on the person's
agreement *as stored now*, says what is recorded (never more), and a "no" to the question
writes, copies, opens and records nothing."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

import ui.brief.window
from locator.model.caseio import case_from_dict
from locator.storage.keystore import Keystore
from locator.storage.vault import Vault
from tests.host_fixtures import vault_of, window_on_new_vault
from ui.brief.window import BriefWindow
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, keystore: Keystore) -> Iterator[MainWindow]:
    yield from window_on_new_vault(qtbot, tmp_path / "c.locator", keystore)


def answer_next_question(qtbot: QtBot, seen: list[dict[str, str]], go: bool) -> None:
    """The next modal question is read (title, text, details, buttons) and answered: its
    action button when ``go``, else Cancel."""
    tries = iter(range(100))

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if next(tries, None) is not None:  # none came: the test's asserts say so
                QTimer.singleShot(20, answer)
            return
        seen.append({"title": box.windowTitle(), "text": box.text(),
                     "details": box.informativeText(),
                     "default": box.defaultButton().text(),
                     "buttons": " | ".join(b.text() for b in box.buttons())})
        if go:
            next(b for b in box.buttons() if b.objectName() == "confirm_action").click()
        else:
            box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(0, answer)


def brief_for(qtbot: QtBot, window: MainWindow, **consent: str) -> tuple[Vault, int, BriefWindow]:
    vault = vault_of(window)
    case = vault.save_case(case_from_dict({
        "alias": "Sami", "registered_last_name": "محمد", **consent}))
    assert case.id is not None
    window.open_case(case.id)
    dialog = BriefWindow(window, case.id)
    qtbot.addWidget(dialog)
    return vault, case.id, dialog


EXITS: dict[str, tuple[str, Callable[[BriefWindow], None]]] = {
    "save_pdf": ("Save PDF…", BriefWindow.save_pdf),
    "copy": ("Copy", BriefWindow.copy),
    "email": ("Email to GVO", BriefWindow.email),
}


@pytest.mark.parametrize("exit_name", sorted(EXITS))
def test_each_exit_asks_and_a_no_leaves_nothing(
        qtbot: QtBot, window: MainWindow, exit_name: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """GVO yes, a lawyer not asked yet: Save PDF…, Copy and Email to GVO each ask, name
    the button, default to Cancel, state both answers as recorded; Cancel → no file, no
    clipboard, no mail program, no timeline entry."""
    from ui.procedure.emails_dialog import EmailsDialog

    opened: list[object] = []

    def opener(url: object) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(EmailsDialog, "opener", staticmethod(opener))
    asked_file: list[object] = []
    monkeypatch.setattr(ui.brief.window, "ask_save_file",
                        lambda *a, **k: asked_file.append(a))
    vault, case_id, dialog = brief_for(qtbot, window, consent_share_gvo="yes",
                                       consent_share_lawyer="not_asked")
    QGuiApplication.clipboard().setText("before")
    before = vault.events(case_id)
    action, press = EXITS[exit_name]
    seen: list[dict[str, str]] = []
    answer_next_question(qtbot, seen, go=False)
    press(dialog)
    assert len(seen) == 1, seen
    question = seen[0]
    assert question["title"] == "Their agreement is not recorded"
    assert "GVO: yes" in question["text"] and "lawyer: not asked yet" in question["text"]
    assert question["default"] == "Cancel" and action in question["buttons"]
    assert asked_file == [] and opened == []
    assert QGuiApplication.clipboard().text() == "before"
    assert vault.events(case_id) == before
    assert list(tmp_path.glob("*.pdf")) == []
    dialog.close()


def test_going_on_after_the_question_copies(qtbot: QtBot, window: MainWindow) -> None:
    vault, case_id, dialog = brief_for(qtbot, window, consent_share_gvo="yes",
                                       consent_share_lawyer="not_asked")
    seen: list[dict[str, str]] = []
    answer_next_question(qtbot, seen, go=True)
    dialog.copy()
    assert len(seen) == 1
    assert "محمد" in QGuiApplication.clipboard().text()
    assert [e.data.get("state") for e in vault.events(case_id)
            if e.kind.value == "brief_sent"] == ["prepared"]
    dialog.close()


def test_a_recorded_no_says_no(qtbot: QtBot, window: MainWindow) -> None:
    _vault, _case_id, dialog = brief_for(qtbot, window, consent_share_gvo="yes",
                                         consent_share_lawyer="no")
    seen: list[dict[str, str]] = []
    answer_next_question(qtbot, seen, go=False)
    dialog.copy()
    assert seen[0]["title"] == "They said no to sharing"
    assert "lawyer: no" in seen[0]["text"]
    assert "against their wish" in seen[0]["details"]
    dialog.close()


def test_the_note_and_the_question_follow_the_case_as_stored_now(
        qtbot: QtBot, window: MainWindow) -> None:
    """Both agreed when the window opened: no note, no question. Changed in the vault
    meanwhile (another window, the CLI) — the next copy asks, on the new answers."""
    vault, case_id, dialog = brief_for(qtbot, window, consent_share_gvo="yes",
                                       consent_share_lawyer="yes")
    assert not dialog.consent_note.isVisibleTo(dialog)
    seen: list[dict[str, str]] = []
    dialog.copy()  # asks nothing: would hang on a modal question otherwise
    case = vault.get_case(case_id)
    case.consent_share_lawyer = type(case.consent_share_lawyer)("not_asked")
    vault.save_case(case)
    answer_next_question(qtbot, seen, go=False)
    dialog.copy()
    assert len(seen) == 1 and "lawyer: not asked yet" in seen[0]["text"]
    dialog.close()


def test_the_window_says_what_is_recorded(qtbot: QtBot, window: MainWindow) -> None:
    _vault, _case_id, dialog = brief_for(qtbot, window, consent_share_gvo="yes",
                                         consent_share_lawyer="not_asked")
    note = dialog.consent_note.text()
    assert dialog.consent_note.isVisibleTo(dialog)
    assert "GVO: yes" in note and "lawyer: not asked yet" in note
    assert "has not yet agreed to share this with GVO" not in note  # GVO said yes
    dialog.close()


def test_save_pdf_never_writes_over_the_vault(qtbot: QtBot, window: MainWindow,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Qt's own "replace?" is not the only guard: the vault's own path (or a backup) is
    refused after the file dialog, and the vault stays as it was."""
    vault, case_id, dialog = brief_for(qtbot, window, consent_share_gvo="yes",
                                       consent_share_lawyer="yes")
    dialog.password.setText("a password for the pdf")
    monkeypatch.setattr(ui.brief.window, "ask_save_file", lambda *a, **k: vault.path)
    before = vault.path.read_bytes()
    dialog.save_pdf()
    assert "vault" in dialog.status.text().lower()
    assert vault.path.read_bytes() == before
    assert vault.get_case(case_id).alias == "Sami"
    dialog.close()


# -- the encrypted copy for another referent ---------------------------------------------


class Asked:
    def __init__(self, yes: bool) -> None:
        self.yes = yes
        self.questions: list[tuple[str, str, str, str]] = []

    def __call__(self, _parent: Any, title: str, text: str, action: str,
                 details: str = "") -> bool:
        self.questions.append((title, text, action, details))
        return self.yes


def test_an_encrypted_copy_names_the_cases_without_a_yes(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    from ui.common.worker import wait_for_background
    from ui.vault import menu as vault_menu

    vault = vault_of(window)
    vault.save_case(case_from_dict({"alias": "Agreed", "consent_share_referents": "yes"}))
    vault.save_case(case_from_dict({"alias": "Amanuel ሰላም <&>",
                                    "consent_share_referents": "not_asked"}))
    menu = getattr(window, "vault_menu", None)
    assert isinstance(menu, vault_menu.VaultMenu)
    asked = Asked(yes=False)
    menu.prompts.confirm = asked
    files: list[object] = []
    menu.prompts.ask_save_file = lambda *a: files.append(a)
    assert menu.transfer.export_copy()
    qtbot.waitUntil(lambda: bool(asked.questions) and not menu.jobs.running, timeout=20000)
    wait_for_background()
    title, text, action, _details = asked.questions[0]
    assert title == "Their agreement is not recorded" and action == "Make the copy…"
    assert "1 of the 2 cases" in text and "Amanuel ሰላም <&>" in text
    assert "Agreed" not in text
    assert files == []  # declined: not even asked where to write
    assert list(tmp_path.glob("**/*.locator")) == [vault.path]
