"""Deadlines in the app: record a decision → timer in the case header and the Deadlines
view → mark it filed → gone from the open lists, still on the timeline. Lock → nothing left."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from locator.model.caseio import case_from_dict
from locator.model.cases import EventKind
from locator.model.dates import BRUSSELS
from locator.storage.keystore import Keystore
from locator.storage.vault import Vault
from tests.host_fixtures import child_of, editor_field, top_item
from ui.app import Controller
from ui.deadlines.actions import DeadlineActionDialog
from ui.deadlines.decision_dialog import DecisionDialog
from ui.deadlines.notifier import DeadlineNotifier
from ui.deadlines.panel import DeadlinesPanel
from ui.deadlines.view import CASE_ID_ROLE, DeadlinesView

pytestmark = pytest.mark.gui
SECRET = "five random words are best"
MARKER = "Zebulon-Q7"


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


def start(qtbot: QtBot, tmp_path: Path, keystore: Keystore,
          **fields: Any) -> tuple[Controller, Vault, int]:
    vault = Vault.create(tmp_path / "d.locator", SECRET)
    case = vault.save_case(case_from_dict({"alias": f"{MARKER} Sami", "arrest_date": "2025-08-01",
                                           **fields}))
    controller = Controller(tmp_path / "d.locator", keystore)
    qtbot.addWidget(controller.window)
    controller.unlocked(vault)
    assert case.id is not None
    controller.window.open_case(case.id)
    return controller, vault, case.id


#: a decision that starts one timer: 5 days (a new asylum application made in detention)
ONE_TIMER = {"kind": "asylum_refusal", "notified_at": "2025-08-10T11:00",
             "subsequent_asylum_in_detention": "yes"}


def action(window: QWidget, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def panel_of(window: QWidget) -> DeadlinesPanel:
    panel = window.findChild(DeadlinesPanel, "deadlines_panel")
    assert panel is not None
    return panel


def texts(widget: QWidget) -> str:
    """Every text a person could read in ``widget`` and its children."""
    found = [widget.windowTitle(), widget.toolTip()]
    for child in [widget, *widget.findChildren(QWidget)]:
        found.append(child.toolTip())
        if isinstance(child, QLabel | QAbstractButton | QLineEdit):
            found.append(child.text())
        elif isinstance(child, QPlainTextEdit):
            found.append(child.toPlainText())
        elif isinstance(child, QComboBox):
            found.append(child.currentText())
        elif isinstance(child, QTableView) and child.model() is not None:
            model = child.model()
            found += [str(model.data(model.index(r, c)))
                      for r in range(model.rowCount()) for c in range(model.columnCount())]
    return "\n".join(found)


def set_notified(dialog: DecisionDialog, moment: datetime) -> None:
    local = moment.astimezone(BRUSSELS)
    day = dialog.findChild(QLineEdit, "notified_at")
    clock = dialog.findChild(QLineEdit, "notified_time")
    assert day is not None and clock is not None
    day.setText(local.date().isoformat())
    clock.setText(f"{local.hour:02d}:{local.minute:02d}")


def open_decision_dialog(qtbot: QtBot, window: QWidget) -> DecisionDialog:
    action(window, "record_decision").trigger()
    dialog = window.findChild(DecisionDialog, "decision_dialog")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def fill_decision(dialog: DecisionDialog, earlier: str = "yes",
                  annexe_text: str = "13septies") -> None:
    annexe = dialog.findChild(QLineEdit, "annexe")
    note = dialog.findChild(QPlainTextEdit, "note")
    assert annexe is not None and note is not None
    annexe.setText(annexe_text)
    for name, value in (("kind", "removal"), ("notification_method", "hand"),
                        ("earlier_removal", earlier)):
        combo = dialog.findChild(QComboBox, name)
        assert combo is not None
        combo.setCurrentIndex(combo.findData(value))
    note.setPlainText(f"{MARKER} handed over in the centre")
    set_notified(dialog, datetime(2025, 8, 10, 11, 0, tzinfo=BRUSSELS))  # a Sunday


def test_record_decision_timer_view_filed(qtbot: QtBot, tmp_path: Path, keystore: Keystore,
                                          qtmodeltester: Any) -> None:
    controller, vault, case_id = start(qtbot, tmp_path, keystore)
    window = controller.window
    assert action(window, "record_decision").isEnabled()
    dialog = open_decision_dialog(qtbot, window)
    fill_decision(dialog, "yes")
    photo = tmp_path / "decision.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n not really")
    dialog.set_photo(photo)
    dialog.ok_button.click()
    assert not dialog.isVisible()

    # one annexe 13septies starts the urgent appeal, the annulment appeal, the release
    # request and the detention maximum together (issue 14, point 4)
    started = {d.rule: d for d in vault.deadlines(case_id, open_only=True)}
    assert sorted(started) == ["be-annulment-detained", "be-detention-cap", "be-detention-max",
                               "be-release-request", "be-udn-subsequent"]
    deadline = started["be-udn-subsequent"]
    assert deadline.due == date(2025, 8, 18)
    stored = vault.get_case(case_id).decisions
    assert len(stored) == 1 and stored[0].annexe == "13septies"
    assert stored[0].attachment_id == vault.attachments(case_id)[0].id

    panel = panel_of(window)
    assert panel.isVisible()
    row = panel.findChild(QFrame, f"deadline_{deadline.id}")
    assert row is not None
    shown = texts(row)
    assert "Ends Monday 18 August 2025, 24:00" in shown
    assert "Aim to send everything to the lawyer by Saturday 16 August." in shown
    assert "Confirm with a lawyer today — a late appeal is lost." in shown
    assert "Art. 39/57" in shown and "rvv-cce.be" in shown and "confidence: high" in shown
    assert "own text was not read for this rule" in shown  # beside the rule
    assert "ago — talk to the lawyer now" in shown  # 2025 is behind us
    assert "OVERDUE" in shown

    action(window, "deadlines_action").trigger()
    view = window.findChild(DeadlinesView, "deadlines_view")
    assert view is not None and view.isVisible()
    qtmodeltester.check(view.model)
    assert view.model.rowCount() == 5
    assert f"{MARKER} Sami" in texts(view) and "Mon 18 Aug 2025, 24:00" in texts(view)
    assert "Confirm with a lawyer today" in texts(view)

    done = panel.findChild(QAbstractButton, f"deadline_done_{deadline.id}")
    assert done is not None
    done.click()
    filed = panel.findChild(DeadlineActionDialog, "deadline_done_dialog")
    assert filed is not None and filed.isVisible()
    filed.ok_button.click()  # nobody named: refused, next to the field
    error = filed.findChild(QLabel, "done_by_error")
    assert error is not None and error.isVisible() and "who filed" in error.text()
    assert filed.isVisible()
    when = filed.findChild(QLineEdit, "done_on")
    who = filed.findChild(QLineEdit, "done_by")
    assert when is not None and who is not None
    assert when.text() == ""  # the day it was filed is never assumed (issue 13)
    when.setText("2025-08-14")
    who.setText("Maître Dupont")
    filed.ok_button.click()
    assert not filed.isVisible()

    assert deadline.id not in {d.id for d in vault.deadlines(case_id, open_only=True)}
    assert sorted(panel.rows) == sorted(started[r].id for r in started if r != deadline.rule)
    assert view.model.rowCount() == 4
    qtmodeltester.check(view.model)
    events = [e for e in vault.events(case_id) if e.kind is EventKind.DEADLINE]
    assert [e.data["action"] for e in events] == ["started"] * 5 + ["done"]
    assert events[-1].data["done_by"] == "Maître Dupont"
    timeline = window.timeline.tree
    lines = [top_item(timeline, i).text(2) for i in range(timeline.topLevelItemCount())]
    assert any("filed on Thursday 14 August 2025 by Maître Dupont" in line for line in lines)
    window.close()


def test_unknown_earlier_order_shows_the_conditional_date(qtbot: QtBot, tmp_path: Path,
                                                          keystore: Keystore) -> None:
    controller, vault, case_id = start(qtbot, tmp_path, keystore)
    dialog = open_decision_dialog(qtbot, controller.window)
    fill_decision(dialog, "unknown", annexe_text="")
    dialog.ok_button.click()
    rows = panel_of(controller.window).rows
    assert len(rows) == 3  # 5 days, 10 only as a possibility, and the annulment appeal
    found = {d.rule: d for d in vault.deadlines(case_id, open_only=True)}
    five, ten = found["be-udn-subsequent"], found["be-udn-first"]
    assert "Only if this is the first removal measure" not in texts(rows[five.id])
    assert "Only if this is the first removal measure — the lawyer decides." in texts(
        rows[ten.id])
    assert "Wednesday 20 August 2025" in texts(rows[ten.id])
    controller.window.close()


@pytest.mark.parametrize("moment, words", [
    (datetime.now(UTC) + timedelta(hours=3), "in the future"),
    (datetime.now(UTC) + timedelta(days=9), "in the future"),
    (datetime(2025, 7, 20, 9, 0, tzinfo=BRUSSELS), "before the date of arrest"),
])
def test_bad_notification_date_keeps_the_dialog_and_what_was_typed(
        qtbot: QtBot, tmp_path: Path, keystore: Keystore, moment: datetime,
        words: str) -> None:
    controller, vault, case_id = start(qtbot, tmp_path, keystore)
    dialog = open_decision_dialog(qtbot, controller.window)
    fill_decision(dialog)
    set_notified(dialog, moment)
    typed = dialog.notified_text()
    dialog.ok_button.click()
    assert dialog.isVisible()
    error = dialog.findChild(QLabel, "notified_at_error")
    assert error is not None and error.isVisible() and words in error.text()
    assert dialog.notified_text() == typed
    assert dialog.annexe.text() == "13septies"
    assert dialog.note.toPlainText() == f"{MARKER} handed over in the centre"
    assert vault.get_case(case_id).decisions == []
    assert vault.deadlines(case_id) == []
    dialog.reject()
    controller.window.close()


def test_record_decision_needs_a_saved_case(qtbot: QtBot, tmp_path: Path,
                                            keystore: Keystore) -> None:
    controller, _vault, _case_id = start(qtbot, tmp_path, keystore)
    window = controller.window
    assert action(window, "record_decision").isEnabled()
    window.new_case()
    assert not action(window, "record_decision").isEnabled()
    assert action(window, "deadlines_action").isEnabled()
    window.lock_action.trigger()
    assert not action(window, "record_decision").isEnabled()
    assert not action(window, "deadlines_action").isEnabled()
    window.close()


def test_urgency_words_and_colours_follow_the_clock(qtbot: QtBot, tmp_path: Path,
                                                    keystore: Keystore) -> None:
    controller, vault, case_id = start(qtbot, tmp_path, keystore, decisions=[
        ONE_TIMER])  # 5 days, ends Monday 18 August
    (deadline,) = vault.deadlines(case_id, open_only=True)
    panel = panel_of(controller.window)
    row = panel.rows[deadline.id]
    for now, badge, left in [
        (datetime(2025, 8, 12, 10, 0, tzinfo=UTC), "TIMER RUNNING", "6 days 12 hours left"),
        (datetime(2025, 8, 16, 8, 0, tzinfo=UTC), "AIM DATE REACHED", "2 days 14 hours left"),
        (datetime(2025, 8, 17, 10, 0, tzinfo=UTC), "LESS THAN 48 HOURS", "1 day 12 hours left"),
        (datetime(2025, 8, 18, 21, 30, tzinfo=UTC), "LESS THAN 24 HOURS", "30 minutes left"),
        (datetime(2025, 8, 20, 23, 0, tzinfo=UTC), "OVERDUE",
         "Ended 2 days 1 hour ago — talk to the lawyer now"),
    ]:
        panel.clock = lambda now=now: now  # type: ignore[misc]  # mypy cannot type a default
        panel.refresh_times()
        assert row.badge.text() == badge
        assert row.left.text() == left
    assert "#7a0000" in row.badge.styleSheet()
    assert panel.timer.isActive() and panel.timer.interval() == 60_000
    controller.window.close()


def test_notifications_name_nobody_and_stop_on_lock(qtbot: QtBot, tmp_path: Path,
                                                    keystore: Keystore) -> None:
    # 5 days, and 10 only as a possibility (a new asylum application made in detention?)
    controller, vault, case_id = start(qtbot, tmp_path, keystore, decisions=[
        {"kind": "asylum_refusal", "notified_at": "2025-08-10T11:00",
         "subsequent_asylum_in_detention": "unknown", "note": MARKER}])
    window = controller.window
    notifier = window.findChild(DeadlineNotifier, "deadline_notifier")
    assert notifier is not None and notifier.tray is None  # offscreen: no tray
    notifier.clock = lambda: datetime(2025, 8, 18, 8, 0, tzinfo=UTC)  # last day of the 5
    notifier.sent.clear()  # as if the start-up check had not run yet
    notifier.shown.clear()
    first = notifier.check()
    # the 5 days: last day; the 10 days (only a possibility): aim date reached
    assert [a.threshold.value for a in first] == ["last_day", "internal_target"]
    assert notifier.shown == [("2 deadlines need attention",
                               "Open Locator to see which. Some may apply only in certain "
                               "cases — the lawyer decides.")]
    message = window.statusBar().currentMessage()
    assert "2 deadlines need attention" in message and MARKER not in message
    assert notifier.check() == []  # no duplicates
    assert notifier.timer.isActive()
    window.lock_action.trigger()
    assert not notifier.timer.isActive() and notifier.sent == set()
    assert notifier.check() == []
    assert vault is not None and case_id
    window.close()


def test_lock_leaves_no_case_data_in_view_or_panel(qtbot: QtBot, tmp_path: Path,
                                                   keystore: Keystore) -> None:
    controller, vault, case_id = start(qtbot, tmp_path, keystore, decisions=[
        {"kind": "oqt", "notified_at": "2025-08-10T11:00", "earlier_removal": "unknown",
         "note": MARKER}])
    window = controller.window
    panel = panel_of(window)
    assert len(panel.rows) == 3
    action(window, "deadlines_action").trigger()
    view = window.findChild(DeadlinesView, "deadlines_view")
    assert view is not None and view.model.rowCount() == 3
    view.table.selectRow(0)
    assert view.model.data(view.model.index(0, 0), CASE_ID_ROLE) == case_id
    first = min(vault.deadlines(case_id, open_only=True), key=lambda d: d.due)
    panel.rows[first.id].done_button.click()  # a half-filled dialog at lock time
    filed = panel.findChild(DeadlineActionDialog)
    assert filed is not None
    filed.done_by.setText(f"{MARKER} lawyer")
    decision = open_decision_dialog(qtbot, window)  # and a half-typed decision
    fill_decision(decision)
    assert MARKER in texts(decision)
    before = texts(panel) + texts(view)
    assert MARKER in before and "Aug 2025" in before

    window.lock_action.trigger()
    assert not view.isVisible() and view.model.rowCount() == 0
    assert not panel.isVisible() and panel.rows == {} and panel.vault is None
    assert MARKER not in texts(filed) and MARKER not in texts(decision)  # wiped at once
    qtbot.waitUntil(lambda: panel.findChild(DeadlineActionDialog) is None)
    qtbot.waitUntil(lambda: window.findChild(DecisionDialog) is None)
    after = texts(panel) + texts(view)
    for secret in (MARKER, "Sami", "Aug 2025", "lawyer decides"):
        assert secret not in after
    for dialog in window.findChildren(QDialog):
        assert MARKER not in texts(dialog)
    window.close()


def test_double_click_opens_the_case(qtbot: QtBot, tmp_path: Path, keystore: Keystore) -> None:
    controller, vault, first_id = start(qtbot, tmp_path, keystore, decisions=[ONE_TIMER])
    other = vault.save_case(case_from_dict({"alias": "Other"}))
    window = controller.window
    assert other.id is not None
    window.open_case(other.id)
    action(window, "deadlines_action").trigger()
    view = window.findChild(DeadlinesView, "deadlines_view")
    assert view is not None
    view.table.doubleClicked.emit(view.model.index(0, 1))
    assert window.current_case_id == first_id
    assert len(panel_of(window).rows) == 1
    window.close()


def test_filed_while_the_case_has_unsaved_edits(qtbot: QtBot, tmp_path: Path,
                                                keystore: Keystore) -> None:
    """A deadline marked filed while the editor holds unsaved edits: the edits stay (still
    unsaved), the timeline and the header show what is stored now."""
    controller, vault, case_id = start(qtbot, tmp_path, keystore, decisions=[{
        **ONE_TIMER, "notified_at": "2025-08-10T10:00"}])
    window = controller.window
    panel = panel_of(window)
    [deadline] = vault.deadlines(case_id, open_only=True)
    alias = editor_field(window, "alias", QLineEdit)
    alias.setText("Sami, typed and not saved")
    assert window.editor.dirty
    dialog = panel.ask_filed(deadline)
    child_of(dialog, QLineEdit, "done_by").setText("Maître Dupont")
    child_of(dialog, QLineEdit, "done_on").setText("2025-08-12")  # empty until given
    dialog.ok_button.click()
    assert vault.deadlines(case_id, open_only=True) == []
    assert not panel.isVisible() and panel.rows == {}
    assert alias.text() == "Sami, typed and not saved" and window.editor.dirty
    assert vault.get_case(case_id).alias == f"{MARKER} Sami"  # nothing saved behind their back
    timeline = window.timeline.tree
    lines = [top_item(timeline, i).text(2) for i in range(timeline.topLevelItemCount())]
    assert any("Maître Dupont" in line for line in lines)
    window.editor.clear()
    window.close()


def test_the_decision_dialog_asks_what_the_table_needs(qtbot: QtBot, tmp_path: Path,
                                                       keystore: Keystore) -> None:
    controller, vault, case_id = start(qtbot, tmp_path, keystore)
    dialog = open_decision_dialog(qtbot, controller.window)
    combos = {name: dialog.findChild(QComboBox, name) for name in (
        "kind", "notification_method", "earlier_removal", "subsequent_asylum_in_detention")}
    assert all(c is not None and c.currentIndex() == -1 for c in combos.values())  # nothing
    dialog.ok_button.click()  # nothing chosen: refused, next to the fields
    assert dialog.isVisible() and vault.get_case(case_id).decisions == []
    error = dialog.findChild(QLabel, "kind_error")
    assert error is not None and error.isVisible()

    def shown(name: str) -> bool:
        combo = combos[name]
        assert combo is not None
        return dialog.form.isRowVisible(combo)

    kind, method = combos["kind"], combos["notification_method"]
    assert kind is not None and method is not None
    kind.setCurrentIndex(kind.findData("asylum_refusal"))
    assert shown("subsequent_asylum_in_detention") and not shown("earlier_removal")
    kind.setCurrentIndex(kind.findData("dublin_transfer"))
    assert shown("earlier_removal") and not shown("subsequent_asylum_in_detention")
    method.setCurrentIndex(method.findData("post"))
    assert "postmark" in dialog.notified_caption.text()
    method.setCurrentIndex(method.findData("registered"))
    assert "first presented at the address" in dialog.notified_caption.text()
    dialog.reject()
    controller.window.close()


def test_saving_the_editor_keeps_the_asylum_answer(qtbot: QtBot, tmp_path: Path,
                                                   keystore: Keystore) -> None:
    controller, vault, case_id = start(qtbot, tmp_path, keystore, decisions=[ONE_TIMER])
    window = controller.window
    editor_field(window, "alias", QLineEdit).setText("Sami, renamed")
    assert window.save_case()
    (decision,) = vault.get_case(case_id).decisions
    assert decision.subsequent_asylum_in_detention.value == "yes"
    assert [d.rule for d in vault.deadlines(case_id, open_only=True)] == [
        "be-asylum-subsequent-detained"]
    window.close()
