"""Issue 13 (required facts have no default; a bad date keeps its row; Help fits and closes
with Escape; calendars mark the days the law does not count) and issue 14 (the "what if"
calculator and worked examples in Help). Expectations are counted by hand from the law:
art. 39/57 §2 — day 1 is the day after notification, every calendar day counts, a last
day on a Saturday, Sunday or legal holiday moves to the next working day."""

from __future__ import annotations

import io
import shutil
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from locator.brief.content import Writer, build_brief
from locator.brief.pdf import pdf_bytes
from locator.deadlines.counting import compute_due
from locator.deadlines.timers import plan_timers
from locator.model.caseio import case_from_dict, case_to_dict, notified_text
from locator.model.cases import Case, ContactRole, Decision, DecisionKind
from locator.model.dates import BRUSSELS
from locator.storage.vault import Vault
from ui.deadlines.decision_dialog import DecisionDialog

pytestmark = pytest.mark.gui

NOW = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)
FIXTURES = Path(__file__).parent / "fixtures"


def _case(vault: Vault) -> int:
    stored = vault.save_case(Case(alias="Sami"))
    assert stored.id is not None
    return stored.id


def _choose(dialog: DecisionDialog, name: str, value: str) -> None:
    combo = dialog.findChild(QComboBox, name)
    assert combo is not None
    combo.setCurrentIndex(combo.findData(value))


def test_record_a_decision_starts_empty_and_refuses_without_a_date(
        qtbot: QtBot, vault: Vault) -> None:
    case_id = _case(vault)
    dialog = DecisionDialog(vault, case_id)
    qtbot.addWidget(dialog)
    day = dialog.findChild(QLineEdit, "notified_at")
    clock = dialog.findChild(QLineEdit, "notified_time")
    assert day is not None and clock is not None
    assert day.text() == "" and clock.text() == ""  # nothing assumed, not "now"
    _choose(dialog, "kind", "oqt")
    _choose(dialog, "notification_method", "hand")
    _choose(dialog, "earlier_removal", "no")
    dialog.annexe.setText("13septies")
    dialog.note.setPlainText("kept as typed")
    dialog.ok_button.click()
    error = dialog.findChild(QLabel, "notified_at_error")
    assert error is not None and not error.isHidden()
    assert "date it was handed over" in error.text()  # names the field, in plain words
    assert "[" not in error.text() and "notified_at" not in error.text()
    assert dialog.annexe.text() == "13septies"
    assert dialog.note.toPlainText() == "kept as typed"
    assert vault.get_case(case_id).decisions == []


def test_a_day_without_a_time_is_stored_as_time_not_known(qtbot: QtBot, vault: Vault) -> None:
    case_id = _case(vault)
    dialog = DecisionDialog(vault, case_id)
    qtbot.addWidget(dialog)
    _choose(dialog, "kind", "oqt")
    _choose(dialog, "notification_method", "hand")
    _choose(dialog, "earlier_removal", "no")
    dialog.notified_at.calendar.clicked.emit(QDate(2026, 12, 1))  # picked in the calendar
    assert dialog.notified_at.text() == "2026-12-01"
    dialog.ok_button.click()
    decision = vault.get_case(case_id).decisions[0]
    assert decision.notified_time_known is False
    assert notified_text(decision) == "2026-12-01"
    # the annulment appeal: day 1 = Wed 2 Dec, day 10 = Fri 11 Dec (a working day)
    dues = {d.rule: d.due for d in vault.deadlines(case_id)}
    assert dues["be-annulment-detained"] == date(2026, 12, 11)
    assert dues["be-udn-first"] == date(2026, 12, 11)


def test_brief_prints_the_day_only_when_the_time_is_not_known() -> None:
    case = case_from_dict({"alias": "Sami", "decisions": [
        {"kind": "oqt", "annexe": "13septies", "notified_at": "2026-12-01",
         "notification_method": "hand"}]}, now=NOW)
    brief = build_brief(case, writer=Writer("Anne", ContactRole.HOST, "", ""),
                        centre_name=lambda c, lang: c, now=NOW)
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(
        pdf_bytes(brief))).pages).split())
    assert "2026-12-01 (time not known)" in text
    assert "2026-12-01 00:00" not in text and "09:10" not in text


def test_hour_rule_with_unknown_time_counts_from_the_start_of_the_day() -> None:
    # 24 hours from Tuesday 1 December 2026: unknown time → from 00:00 → Wed 2 Dec 00:00
    decision = Decision(kind=DecisionKind.CHAMBER_ORDER,
                        notified_at=datetime(2026, 11, 30, 23, 0, tzinfo=UTC),
                        notified_time_known=False)
    changes = {c.rule: c for c in plan_timers(decision, {})}  # type: ignore[union-attr]
    due = changes["be-chamber-appeal"].due  # type: ignore[union-attr]
    assert due.ends_at == datetime(2026, 12, 2, 0, 0, tzinfo=BRUSSELS)
    assert due.counted_from_start_of_day
    known = compute_due("be-chamber-appeal", datetime(2026, 12, 1, 9, 10), now=NOW)
    assert known.ends_at is not None and due.ends_at < known.ends_at  # the shorter one
    from ui.help.what_if import result_text

    assert "start of that day" in result_text(due)


def test_json_round_trip_keeps_time_not_known() -> None:
    case = case_from_dict({"alias": "S", "decisions": [
        {"kind": "oqt", "notified_at": "2026-12-01", "notification_method": "hand"},
        {"kind": "oqt", "notified_at": "2026-12-01T09:10", "notification_method": "hand"}]},
        now=NOW)
    again = case_from_dict(case_to_dict(case), now=NOW)
    assert [d.notified_time_known for d in again.decisions] == [False, True]
    assert again.decisions == case.decisions


def test_v4_vault_migrates_and_old_decisions_keep_their_time(
        tmp_path: Path) -> None:
    path = tmp_path / "v4.locator"
    shutil.copy(FIXTURES / "vault-v4.locator", path)
    with Vault.open_with_passphrase(path, "fixture passphrase v4") as vault:
        decisions = [d for c in vault.list_cases(include_closed=True)
                     for d in vault.get_case(c.id).decisions]
        assert decisions and all(d.notified_time_known for d in decisions)
        assert all(notified_text(d).count(":") == 1 for d in decisions)  # with its time


def test_calendar_marks_weekends_and_holidays(qtbot: QtBot, vault: Vault) -> None:
    dialog = DecisionDialog(vault, _case(vault))
    qtbot.addWidget(dialog)
    calendar = dialog.notified_at.calendar
    calendar.setCurrentPage(2026, 12)
    christmas = calendar.dateTextFormat(QDate(2026, 12, 25))
    assert "Christmas" in christmas.toolTip()
    saturday = calendar.dateTextFormat(QDate(2026, 12, 5))
    assert "Saturday" in saturday.toolTip()
    assert saturday.background().color() != christmas.background().color()
    assert calendar.dateTextFormat(QDate(2026, 12, 2)).toolTip() == ""  # a Wednesday


def test_a_bad_date_keeps_its_row_and_says_where_in_plain_words(qtbot: QtBot) -> None:
    from ui.case.editor import CaseEditor

    editor = CaseEditor()
    qtbot.addWidget(editor)
    editor.resize(1300, 650)
    editor.load(Case(alias="x"))
    editor.show()
    table = editor.tables["deportation_attempts"]
    table.add_row({"date": "2026-13-45", "flight": "SN1"})
    arrest = editor.widgets["arrest_date"]
    assert isinstance(arrest, QLineEdit)
    arrest.setText("32/13/2026")
    qtbot.wait(10)
    row_before, field_before = table.table.rowHeight(0), arrest.height()
    assert editor.validated_case() is None
    qtbot.wait(10)
    assert table.table.rowHeight(0) == row_before
    assert arrest.height() == field_before and arrest.text() == "32/13/2026"
    error = editor.errors["arrest_date"]
    assert error.height() <= 3 * error.fontMetrics().lineSpacing() + 8  # not ~200 px
    nested = editor.errors["deportation_attempts"].text()
    assert nested.startswith("Row 1, Date") and "[" not in nested
    cell = table.table.item(0, 0)
    assert cell is not None and cell.text() == "2026-13-45"  # kept as typed


def _help(qtbot: QtBot) -> Any:
    from ui.help.window import HelpWindow

    window = HelpWindow()
    qtbot.addWidget(window)
    return window


def test_escape_closes_help(qtbot: QtBot) -> None:
    window = _help(qtbot)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_help_fits_a_1366_by_768_screen(qtbot: QtBot) -> None:
    window = _help(qtbot)
    window.show()
    free = window.screen().availableGeometry()
    assert window.frameGeometry().height() <= free.height()
    assert window.maximumSize().height() <= free.height()
    assert window.minimumSizeHint().boundedTo(QSize(1366, 768)) == window.minimumSizeHint()


def test_what_if_with_a_future_date_is_hypothetical_with_the_right_last_day(
        qtbot: QtBot) -> None:
    window = _help(qtbot)
    what = window.what_if
    for combo, value in ((what.kind, "oqt"), (what.method, "hand"),
                         (what.questions["earlier_removal"], "no")):
        combo.setCurrentIndex(combo.findData(value))
    what.annexe.setText("13septies")
    # handed over Tuesday 15 December 2099 → day 1 Wed 16 → day 10 Fri 25 December, a
    # holiday → Saturday, Sunday → Monday 28 December 2099
    what.day.set_day(date(2099, 12, 15))
    what.count.click()
    text = what.result.toPlainText()
    assert "HYPOTHETICAL" in text
    assert "Monday 28 December 2099" in text


def test_help_shows_worked_examples_computed_for_every_rule(qtbot: QtBot) -> None:
    from locator.deadlines.rules import load_rules

    window = _help(qtbot)
    html = window.deadlines_html()
    assert html.count("Worked examples") == len(load_rules())
    # 5 days, posted Monday 7 December 2026: day 1 = 3rd working day after (Thu 10),
    # day 5 = Mon 14 December (issue 14, point 2)
    assert "Monday 14 December 2026" in window.example_text(load_rules()["be-udn-subsequent"])


def test_a_stored_hour_deadline_says_it_counts_from_the_start_of_the_day(
        vault: Vault) -> None:
    from ui.deadlines.text import time_note

    case = case_from_dict({"alias": "S", "decisions": [
        {"kind": "chamber_order", "notified_at": "2026-12-01",
         "notification_method": "hand"}]}, now=NOW)
    stored = vault.save_case(case)
    assert stored.id is not None
    hours = [d for d in vault.deadlines(stored.id) if d.rule == "be-chamber-appeal"]
    assert hours and hours[0].time_known is False
    assert hours[0].ends_at == datetime(2026, 12, 2, 0, 0, tzinfo=BRUSSELS)
    assert "start of that day" in time_note(hours[0])


def test_the_deadline_row_says_so_too(qtbot: QtBot, vault: Vault) -> None:
    """On the case screen, not only in Help: the row of an hour deadline without a known
    hour says it counts from 00:00; a row with a known hour says nothing of the kind."""
    from PySide6.QtWidgets import QLabel

    from ui.deadlines.panel import DeadlineRow

    stored = vault.save_case(case_from_dict({"alias": "S", "decisions": [
        {"kind": "chamber_order", "notified_at": "2026-12-01", "notification_method": "hand"},
        {"kind": "oqt", "annexe": "13septies", "notified_at": "2026-12-01T09:10",
         "notification_method": "hand", "earlier_removal": "no"}]}, now=NOW))
    assert stored.id is not None
    notes = {}
    for deadline in vault.deadlines(stored.id):
        row = DeadlineRow(deadline)
        qtbot.addWidget(row)
        label = row.findChild(QLabel, f"deadline_time_note_{deadline.id}")
        notes[deadline.rule] = label.text() if label is not None else None
    assert "start of that day (00:00)" in (notes.pop("be-chamber-appeal") or "")
    assert notes and set(notes.values()) == {None}


def test_filed_on_is_empty_until_given(qtbot: QtBot, vault: Vault) -> None:
    from ui.deadlines.actions import DeadlineActionDialog

    case = case_from_dict({"alias": "S", "decisions": [
        {"kind": "oqt", "annexe": "13septies", "notified_at": "2026-12-01T09:10",
         "notification_method": "hand", "earlier_removal": "no"}]}, now=NOW)
    stored = vault.save_case(case)
    assert stored.id is not None
    deadline = vault.deadlines(stored.id)[0]
    calls: list[dict[str, Any]] = []
    dialog = DeadlineActionDialog(None, deadline, True, lambda **kw: calls.append(kw))
    qtbot.addWidget(dialog)
    when = dialog.findChild(QLineEdit, "done_on")
    assert when is not None and when.text() == ""
    dialog.done_by.setText("Maître Dupont")
    dialog.ok_button.click()
    error = dialog.findChild(QLabel, "done_on_error")
    assert error is not None and not error.isHidden() and "day it was filed" in error.text()
    assert calls == [] and dialog.done_by.text() == "Maître Dupont"
    when.setText("2026-12-02")
    dialog.ok_button.click()
    assert calls == [{"done_on": date(2026, 12, 2), "done_by": "Maître Dupont"}]


def test_what_if_never_counts_a_maximum_from_the_extension_itself(qtbot: QtBot) -> None:
    # DVZ: the extension adds 2 months to the first 2, counted from the detention decision;
    # 4 months from the extension's own date would be later than the law
    window = _help(qtbot)
    what = window.what_if
    for combo, value in ((what.kind, "detention_extension"), (what.method, "hand")):
        combo.setCurrentIndex(combo.findData(value))
    what.day.set_day(date(2026, 3, 5))
    what.count.click()
    text = " ".join(what.result.toPlainText().split())
    assert "counted from the detention decision this one extends, not from this date" in text
    assert "5 July 2026" not in text
    assert "can be filed from Thursday 5 March 2026" in text  # the release request, at once


def test_the_dialog_lists_every_kind_and_asks_the_right_date(qtbot: QtBot,
                                                            vault: Vault) -> None:
    from locator.deadlines.table import date_label_for

    dialog = DecisionDialog(vault, _case(vault))
    qtbot.addWidget(dialog)
    combo = dialog.findChild(QComboBox, "kind")
    assert combo is not None
    assert {combo.itemData(i) for i in range(combo.count())} == {k.value for k in DecisionKind}
    assert "13septies" not in combo.itemText(combo.findData("removal"))  # point 4
    assert dialog.notified_caption.text() == "Handed over on (Belgian time)"
    _choose(dialog, "kind", "dublin_acceptance")
    # the 6 weeks run from the acceptance, not from the handing over of the annexe 26quater
    assert "accepted" in dialog.notified_caption.text()
    _choose(dialog, "notification_method", "registered")
    assert "accepted" in dialog.notified_caption.text()  # the kind's date, whatever the method
    _choose(dialog, "kind", "fr_oqtf_cra_placement")
    assert dialog.notified_caption.text() == date_label_for(DecisionKind.FR_OQTF_CRA_PLACEMENT, "")
    _choose(dialog, "kind", "oqt")
    assert "first presented" in dialog.notified_caption.text()
