"""Email and phone hand-offs: nothing of the case goes to another program.

A link handed to the desktop ends up on the mail program's command line and in the
messages of xdg-open and Qt (stderr: the journal, ~/.xsession-errors). So the
``mailto:`` link holds the address and a subject naming nobody, short at any length
of case; the text goes to the clipboard, and the window says so. A number to call is
shown big with a Copy button, never handed over as a ``tel:`` link.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from locator import GVO_EMAIL
from locator.brief.emails import ACTIONS
from locator.model.caseio import case_from_dict
from locator.model.cases import EventKind
from locator.storage.keystore import Keystore
from tests.helpers import marker_case
from tests.host_fixtures import child_of, window_on_new_vault
from tests.test_gui_accessibility import spoken_name, unnamed
from ui.brief.window import BriefWindow
from ui.procedure.calling_round import CallingRound
from ui.procedure.emails_dialog import EmailsDialog
from ui.procedure.phone_dialog import PhoneDialog

pytestmark = pytest.mark.gui
MARKER = f"HAND{uuid.uuid4().hex[:8].upper()}"
#: other values of the marker case that must not travel either
VALUES = ("Tesfaye", "Amanuel", "ተስፋይ", "Tigrinya", "8.123.456", "0470", "470 12",
          "1994", "2025", "Gare du Nord", "SN123", "Addis", "Maître", "host@example.org")
ON_CLIPBOARD = "is on the clipboard for 60 seconds"
NO_PROGRAM = "No mail program could be started"


class Opener:
    """Stands in for QDesktopServices.openUrl: records the links, answers ``started``."""

    def __init__(self) -> None:
        self.urls: list[str] = []
        self.started = True

    def __call__(self, url: QUrl) -> bool:
        self.urls.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
        return self.started


@pytest.fixture
def opener(monkeypatch: pytest.MonkeyPatch) -> Opener:
    fake = Opener()
    monkeypatch.setattr(EmailsDialog, "opener", staticmethod(fake))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(fake))  # any other way out
    return fake


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, keystore: Keystore) -> Iterator[Any]:
    yield from window_on_new_vault(qtbot, tmp_path / "h.locator", keystore)


def long_case(window: Any) -> int:
    """The marker case, agreeing to share, with a 15,000-character place of arrest."""
    data = marker_case(MARKER)
    data["consent_share_gvo"] = data["consent_share_lawyer"] = "yes"
    data["arrest_place"] = f"{MARKER} " + "Gare du Nord, quai 3. " * 700
    case = window.vault.save_case(case_from_dict(data))
    window.refresh_list()
    window.open_case(case.id)
    return int(case.id)


def assert_names_nobody(url: str) -> None:
    assert url.startswith("mailto:") and len(url) < 200, url
    assert "body=" not in url and "&" not in url
    for value in (MARKER, *VALUES):
        assert value not in url and value not in unquote(url), (value, url)


def email_events(window: Any, case_id: int) -> list[Any]:
    return [e for e in window.vault.events(case_id)
            if e.kind in (EventKind.EMAIL, EventKind.BRIEF_SENT)]


@pytest.mark.parametrize("action", sorted(ACTIONS))
def test_every_email_goes_through_the_clipboard(qtbot: QtBot, window: Any, opener: Opener,
                                                action: str) -> None:
    case_id = long_case(window)
    dialog = EmailsDialog(window, case_id, action)
    qtbot.addWidget(dialog)
    body = dialog.body.toPlainText()
    assert MARKER in body
    if action == "email_gvo_alias":  # a long place of arrest (the email clips it)
        assert len(body) > 2128  # past what many mail programs take in a link
    with qtbot.waitSignal(dialog.sent):
        child_of(dialog, QPushButton, "email_open").click()
    assert len(opener.urls) == 1
    url = opener.urls[0]
    assert_names_nobody(url)
    assert url.startswith(f"mailto:{dialog.email.to}?subject=")  # type: ignore[union-attr]
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == body and MARKER in clipboard.text()
    assert bytes(clipboard.mimeData().data("x-kde-passwordManagerHint").data()) == b"secret"
    said = dialog.status.text()
    assert ON_CLIPBOARD in said and "paste it" in said and "Copy the address" in said
    # prepared, not sent: the mail program was only opened (issue 13, point 2)
    assert [e.data for e in email_events(window, case_id)] == [
        {"to": ACTIONS[action][0].value, "purpose": ACTIONS[action][1].value,
         "state": "prepared", "how": "mail_program"}]
    dialog.close()


def test_no_mail_program_is_said_and_nothing_is_recorded(qtbot: QtBot, window: Any,
                                                         opener: Opener) -> None:
    opener.started = False
    case_id = long_case(window)
    dialog = EmailsDialog(window, case_id, "email_gvo_detained")
    qtbot.addWidget(dialog)
    with qtbot.assertNotEmitted(dialog.sent):
        child_of(dialog, QPushButton, "email_open").click()
    assert len(opener.urls) == 1 and MARKER not in opener.urls[0]
    said = dialog.status.text()
    assert NO_PROGRAM in said and "nothing has been sent" in said
    assert GVO_EMAIL in said and ON_CLIPBOARD in said
    assert email_events(window, case_id) == []
    assert QGuiApplication.clipboard().text() == dialog.body.toPlainText()  # to paste still

    child_of(dialog, QPushButton, "email_copy_address").click()  # for a web mail
    assert QGuiApplication.clipboard().text() == GVO_EMAIL
    assert "“To”" in dialog.status.text() and email_events(window, case_id) == []
    dialog.close()


def test_lawyer_address_is_the_only_case_value_in_the_link(qtbot: QtBot, window: Any,
                                                           opener: Opener) -> None:
    case_id = long_case(window)
    dialog = EmailsDialog(window, case_id, "email_lawyer_flight")
    qtbot.addWidget(dialog)
    dialog.open_mail()
    assert opener.urls == ["mailto:dupont@example.org?subject=URGENT%20%3A%20vol%20%2F%20"
                           "tentative%20d%E2%80%99expulsion"]  # the case is in French
    dialog.copy_address()
    assert QGuiApplication.clipboard().text() == "dupont@example.org"
    dialog.close()


def test_brief_email_to_gvo_goes_through_the_clipboard(qtbot: QtBot, window: Any,
                                                       opener: Opener) -> None:
    case_id = long_case(window)
    dialog = BriefWindow(window, case_id)
    qtbot.addWidget(dialog)
    dialog.writer_phone.setText("+32 470 11 22 33")
    dialog.writer_phone.editingFinished.emit()
    with qtbot.waitSignal(dialog.sent):
        child_of(dialog, QPushButton, "brief_email").click()
    assert len(opener.urls) == 1
    assert_names_nobody(opener.urls[0])
    assert "470" not in opener.urls[0]  # the host's phone
    text = QGuiApplication.clipboard().text()
    assert MARKER in text and len(text) > 2128 and "+32 470 11 22 33" in text
    assert ON_CLIPBOARD in dialog.status.text()
    kinds = [e.kind for e in email_events(window, case_id)]
    assert kinds == [EventKind.EMAIL, EventKind.BRIEF_SENT]
    dialog.close()


def test_brief_email_without_a_mail_program_records_nothing(qtbot: QtBot, window: Any,
                                                            opener: Opener) -> None:
    opener.started = False
    case_id = long_case(window)
    dialog = BriefWindow(window, case_id)
    qtbot.addWidget(dialog)
    with qtbot.assertNotEmitted(dialog.sent):
        dialog.email()
    said = dialog.status.text()
    assert NO_PROGRAM in said and GVO_EMAIL in said and ON_CLIPBOARD in said
    assert email_events(window, case_id) == []
    address = child_of(dialog, QPushButton, "brief_copy_address")
    assert address.isVisibleTo(dialog)
    address.click()
    assert QGuiApplication.clipboard().text() == GVO_EMAIL
    dialog.close()


def test_every_call_shows_the_number_and_hands_nothing_over(qtbot: QtBot, window: Any,
                                                            opener: Opener) -> None:
    case_id = long_case(window)
    round_dialog: CallingRound = window.locate.open_round(case_id)
    calls = 0
    for centre in round_dialog.centres:
        for index, phone in enumerate(centre.phone_lines()):
            button = round_dialog.findChild(QPushButton, f"phone_{centre.id}_{index}")
            assert button is not None
            button.click()
            dialog = child_of(round_dialog, PhoneDialog, "phone_dialog")
            assert dialog is round_dialog.phone and dialog.isVisible()
            assert dialog.number.text() == phone.display
            assert centre.display_name("en") in dialog.heading.text()
            qtbot.keyClick(dialog.copy_button, Qt.Key.Key_Space)
            clipboard = QGuiApplication.clipboard()
            assert clipboard.text() == phone.e164
            assert bytes(clipboard.mimeData().data("x-kde-passwordManagerHint").data()) \
                == b"secret"
            assert "cleared in 60 seconds" in dialog.status.text()
            calls += 1
    assert calls > 10 and opener.urls == []
    child_of(round_dialog, QPushButton, "answer_caricole_not_found").click()
    numbers = [e.data["number"] for e in window.vault.events(case_id)
               if e.kind is EventKind.CALL]
    assert numbers == [round_dialog.chosen["caricole"]]
    window.lock_action.trigger()
    phone_dialog = round_dialog.phone
    assert phone_dialog is not None and not phone_dialog.isVisible()
    assert phone_dialog.number.text() == "" and phone_dialog.dial == ""


def test_phone_dialog_with_the_keyboard_and_a_screen_reader(qtbot: QtBot) -> None:
    dialog = PhoneDialog()
    qtbot.addWidget(dialog)
    dialog.show_number("Centre de transit Caricole", "+32 2 488 77 00", "+3224887700")
    assert unnamed(dialog) == []
    assert spoken_name(dialog.number) == "Phone number: +32 2 488 77 00"
    assert dialog.number.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert dialog.number.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    assert dialog.number.nextInFocusChain() is dialog.copy_button
    assert dialog.copy_button.nextInFocusChain() is dialog.close_button
    assert dialog.number.font().pointSizeF() >= 20  # readable while dialling
    assert {w.objectName() for w in (dialog.number, dialog.copy_button, dialog.close_button,
                                     dialog.status)} == {"phone_number", "phone_copy",
                                                         "phone_close", "phone_status"}
    qtbot.keyClick(dialog.close_button, Qt.Key.Key_Space)
    assert not dialog.isVisible()
