"""The calling round for this person: the places that could hold them, plain numbers, Done."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from locator.centres.load import load_centres
from locator.model.caseio import case_from_dict
from locator.model.cases import EventKind
from locator.storage.keystore import Keystore
from tests.host_fixtures import window_on_new_vault
from ui.common.clipboard import CLEAR_AFTER_S
from ui.procedure.calling_round import CallingRound
from ui.procedure.phone_dialog import PhoneDialog

pytestmark = pytest.mark.gui
PERSON = {"registered_last_name": "Haile", "registered_first_name": "Tesfay",
          "nationality_recorded": "ER", "status": "missing",
          "last_contact_at": "2026-01-02T10:00"}


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, keystore: Keystore) -> Iterator[Any]:
    yield from window_on_new_vault(qtbot, tmp_path / "r.locator", keystore)


def open_round(window: Any, **facts: object) -> CallingRound:
    case = window.vault.save_case(case_from_dict({**PERSON, **facts}))
    window.refresh_list()
    window.open_case(case.id)
    window.locate.run("calling_round")
    dialog = window.findChild(CallingRound, "calling_round")
    assert dialog is not None and dialog.isVisible()
    return dialog


def button(parent: QWidget, name: str) -> QPushButton:
    found = parent.findChild(QPushButton, name)
    assert found is not None, name
    return found


def label(parent: QWidget, name: str) -> QLabel:
    found = parent.findChild(QLabel, name)
    assert found is not None, name
    return found


def shown_cards(dialog: CallingRound) -> list[str]:
    return [w.objectName().removeprefix("centre_") for w in dialog.findChildren(QWidget)
            if w.objectName().startswith("centre_") and w.isVisibleTo(dialog)]


def visible_texts(dialog: QWidget) -> list[str]:
    widgets: list[QLabel | QPushButton] = [*dialog.findChildren(QLabel),
                                            *dialog.findChildren(QPushButton)]
    return [w.text() for w in widgets if w.isVisibleTo(dialog) and w.text()]


def test_an_adult_man_sees_no_family_unit_and_not_holsbeek(qtbot: QtBot, window: Any) -> None:
    dialog = open_round(window, sex="male", with_children="no",
                        birth_date_recorded="1990-04-02")
    cards = shown_cards(dialog)
    assert cards[0] == "caricole" and {"127bis", "merksplas", "vottem", "bruges"} <= set(cards)
    assert "holsbeek" not in cards and not any(c.startswith("family-units") for c in cards)
    assert "The places that hold men." == label(dialog, "round_who").text()
    more = button(dialog, "round_more")
    assert more is not None and "6 other places" in more.text()


def test_a_woman_sees_holsbeek(qtbot: QtBot, window: Any) -> None:
    dialog = open_round(window, sex="female")
    cards = shown_cards(dialog)
    assert "holsbeek" in cards and "127bis" not in cards and "vottem" not in cards
    hours = label(dialog, "hours_holsbeek_0")
    assert hours is not None and "14:00 to 15:00" in hours.text()
    assert "Getting the Voice Out" in hours.text()


def test_unknown_sex_folds_the_rest_under_one_line_and_counts_the_shown(
        qtbot: QtBot, window: Any) -> None:
    dialog = open_round(window)
    closed = [c.id for c in load_centres().calling_round() if c.kind.value == "closed-centre"]
    assert shown_cards(dialog) == closed
    more = button(dialog, "round_more")
    assert more is not None
    assert more.text() == "Show the 5 other places (family units)"
    assert button(dialog, "fill_sex") is not None
    button(dialog, "answer_caricole_not_found").click()
    button(dialog, "answer_vottem_not_found").click()
    status = label(dialog, "round_status").text()
    assert status.startswith(f"2 of {len(closed)} centres answered")
    button(dialog, "round_more").click()  # the cards are made anew
    assert dialog.expanded
    folded = dialog.findChild(QWidget, "round_folded")
    assert folded is not None and folded.isVisibleTo(dialog), folded
    cards = shown_cards(dialog)
    assert any(c.startswith("family-units") for c in cards)
    assert label(dialog, "round_status").text().startswith(
        f"2 of {len(closed)} centres answered")
    button(dialog, "round_more").click()
    assert not any(c.startswith("family-units") for c in shown_cards(dialog))


def test_official_number_first_and_others_folded(qtbot: QtBot, window: Any) -> None:
    dialog = open_round(window, sex="male")
    first = label(dialog, "number_caricole_0")
    assert first.isVisibleTo(dialog)
    assert first.text() == "+32 2 488 77 00 — the Immigration Office's number"
    other = label(dialog, "number_caricole_1")
    assert other is not None and not other.isVisibleTo(dialog)
    toggle = button(dialog, "others_caricole")
    assert toggle.text() == "Other numbers (2)"
    toggle.click()
    assert other.isVisibleTo(dialog) and "Not confirmed: found only in" in other.text()


def test_call_shows_the_number_big_and_copies_it(qtbot: QtBot, window: Any) -> None:
    dialog = open_round(window, sex="male")
    button(dialog, "phone_vottem_0").click()
    phone = dialog.findChild(PhoneDialog, "phone_dialog")
    assert phone is not None and phone.isVisible()
    assert phone.number.text() == "+32 4 228 89 00"
    assert phone.number.font().pointSizeF() >= 30 or "40pt" in phone.styleSheet()
    assert QGuiApplication.clipboard().text() == "+3242288900"
    assert f"cleared in {CLEAR_AFTER_S} seconds" in phone.status.text()
    button(dialog, "answer_vottem_no_answer").click()
    calls = [e for e in window.vault.events(window.current_case_id)
             if e.kind is EventKind.CALL]
    assert calls[-1].data["number"] == "+3242288900"


def test_an_answer_without_a_call_button_records_no_number(qtbot: QtBot, window: Any) -> None:
    dialog = open_round(window, sex="male")
    button(dialog, "answer_127bis_not_found").click()
    calls = [e for e in window.vault.events(window.current_case_id)
             if e.kind is EventKind.CALL]
    assert calls[-1].data["number"] == ""  # not known which number was dialled


def test_done_closes_and_records_nothing(qtbot: QtBot, window: Any) -> None:
    dialog = open_round(window, sex="female")
    before = len(window.vault.events(window.current_case_id))
    button(dialog, "round_done").click()
    assert not dialog.isVisible()
    assert len(window.vault.events(window.current_case_id)) == before


def test_no_technical_words_in_the_round(qtbot: QtBot, window: Any) -> None:
    dialog = open_round(window)
    button(dialog, "round_more").click()
    for centre in load_centres().calling_round():
        toggle = dialog.findChild(QPushButton, f"others_{centre.id}")
        if toggle is not None:
            toggle.click()
    texts = visible_texts(dialog)
    assert texts
    ids = [c.id for c in load_centres().centres]
    for text in texts:
        assert "undated" not in text and "source" not in text.lower(), text
        assert "switchboard" not in text and "Numbers:" not in text, text
        for centre_id in ids:
            assert not re.search(rf"(?<![\w-]){re.escape(centre_id)}(?![\w-])", text) \
                or centre_id == "127bis", (centre_id, text)
