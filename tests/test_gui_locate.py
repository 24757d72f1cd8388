"""The guided procedure in the window: step panel, calling round, emails, centres, lock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from locator.model.caseio import case_from_dict
from locator.model.cases import EventKind, Status
from locator.model.dates import today_brussels, utc_now
from locator.storage.keystore import Keystore
from tests.helpers import HOSTILE
from tests.host_fixtures import top_item, window_on_new_vault
from ui.procedure.browser import ProcedureBrowser
from ui.procedure.calling_round import CallingRound
from ui.procedure.centre_view import CentreView
from ui.procedure.emails_dialog import EmailsDialog
from ui.procedure.phone_dialog import PhoneDialog
from ui.procedure.step_panel import StepPanel

pytestmark = pytest.mark.gui
MARKER = "Zqxjv"  # a name that appears nowhere else


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """URLs the app asked to open (mailto:); nothing is really opened."""
    urls: list[str] = []

    def fake(url: QUrl) -> bool:
        urls.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
        return True

    monkeypatch.setattr(EmailsDialog, "opener", staticmethod(fake))
    return urls


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, keystore: Keystore) -> Iterator[Any]:
    yield from window_on_new_vault(qtbot, tmp_path / "l.locator", keystore)


def child(parent: QWidget, cls: type, name: str) -> Any:
    widget = parent.findChild(cls, name)
    assert widget is not None, name
    return widget


def panel_of(window: Any) -> StepPanel:
    panel: StepPanel = child(window, StepPanel, "step_panel")
    return panel


def new_case(window: Any, **fields: object) -> int:
    case = window.vault.save_case(case_from_dict(fields))
    window.refresh_list()
    window.open_case(case.id)
    return int(case.id)


NAMED = {"registered_last_name": f"{MARKER}-Haile", "registered_first_name": "Tesfay ተስፋይ",
         "nationality_recorded": "ER", "status": "missing",
         "last_contact_at": "2026-01-02T10:00", "alias": f"Sami {HOSTILE}"}


def test_calling_round_found_at_vottem(qtbot: QtBot, window: Any, opened: list[str]) -> None:
    case_id = new_case(window, **NAMED)
    panel = panel_of(window)
    assert panel.isVisibleTo(window)
    assert panel.title.text() == "Call the Caricole centre first"
    assert any("social worker" in w.text() for w in panel.findChildren(QLabel))
    child(panel, QPushButton, "action_calling_round").click()
    dialog: CallingRound = child(window, CallingRound, "calling_round")
    assert child(dialog, QLabel, "read_registered_last_name").text() == f"{MARKER.upper()}-HAILE"
    assert child(dialog, QLabel, "read_registered_first_name").text() == "Tesfay ተስፋይ"
    assert child(dialog, QLabel, "read_nationality_recorded").text() == "Eritrea"
    titles = [w.objectName() for w in dialog.findChildren(QWidget)
              if w.objectName().startswith("centre_")]
    assert titles[0] == "centre_caricole" and "centre_vottem" in titles
    assert "does not mean they are not held" in child(dialog, QLabel, "round_warning").text()
    assert "the Immigration Office's number" in child(dialog, QLabel,
                                                      "number_caricole_0").text()

    child(dialog, QPushButton, "phone_caricole_0").click()
    assert opened == []  # no tel: link: the number is shown, to dial on a phone
    assert child(dialog, PhoneDialog, "phone_dialog").dial == "+3224887700"
    child(dialog, QPushButton, "answer_caricole_not_found").click()
    assert child(dialog, QLabel, "last_caricole").text().startswith("Not found ·")
    assert panel.title.text() == "Call every other centre"
    child(dialog, QPushButton, "answer_vottem_found").click()

    case = window.vault.get_case(case_id)
    assert (case.status, case.centre, case.centre_since) == (Status.DETAINED, "vottem",
                                                             today_brussels())
    calls = [e for e in window.vault.events(case_id) if e.kind is EventKind.CALL]
    assert [(e.data["centre"], e.data["answer"]) for e in calls] == [
        ("caricole", "not_found"), ("vottem", "found")]
    assert calls[0].data["number"] == "+3224887700"
    assert "Found: held at" in child(dialog, QLabel, "round_status").text()
    # the window shows the case as stored: detained at Vottem, on the timeline too
    assert child(window.editor, QWidget, "centre").currentData() == "vottem"
    timeline = child(window, QTreeWidget, "timeline")
    lines = [timeline.topLevelItem(i).text(2) for i in range(timeline.topLevelItemCount())]
    assert any("Vottem" in line and "Found" in line for line in lines)
    # the next step comes from the "located" phase: tell GVO, phone, visit
    assert panel.progress is not None and panel.progress.current is not None
    assert panel.progress.current.phase == "located"
    assert panel.title.text() == "Tell GVO where they are"
    upcoming = {s.id for s in panel.progress.upcoming}
    assert {"phone-without-camera", "visit"} <= upcoming


def test_every_centre_not_found_offers_the_next_step(qtbot: QtBot, window: Any,
                                                     opened: list[str]) -> None:
    new_case(window, **NAMED)
    window.locate.run("calling_round")
    dialog: CallingRound = child(window, CallingRound, "calling_round")
    for centre in dialog.centres:
        child(dialog, QPushButton, f"answer_{centre.id}_not_found").click()
    assert "Every centre said “not found”" in child(dialog, QLabel, "round_status").text()
    assert panel_of(window).title.text() == "No centre says they hold them"
    child(dialog, QPushButton, "round_email_gvo").click()
    email: EmailsDialog = child(window, EmailsDialog, "emails_dialog")
    assert email.purpose.value == "alias_cross_reference"


def test_gvo_email_is_blocked_without_consent(qtbot: QtBot, window: Any,
                                              opened: list[str]) -> None:
    case_id = new_case(window, **{**NAMED, "status": "detained", "centre": "vottem"})
    child(panel_of(window), QPushButton, "action_email_gvo_detained").click()
    dialog: EmailsDialog = child(window, EmailsDialog, "emails_dialog")
    blocked = child(dialog, QLabel, "email_blocked")
    assert blocked.isVisibleTo(dialog) and "agree" in blocked.text()
    assert not child(dialog, QPushButton, "email_open").isEnabled()
    assert child(dialog, QPlainTextEdit, "email_body").toPlainText() == ""
    dialog.open_mail()
    dialog.copy()
    assert opened == [] and QGuiApplication.clipboard().text() == ""
    assert not [e for e in window.vault.events(case_id) if e.kind is EventKind.EMAIL]
    assert child(dialog, QPushButton, "email_fix").text() == "Fill in: Agrees to share with GVO"
    child(dialog, QPushButton, "email_fix").click()
    assert not dialog.isVisible()
    page = window.editor.tabs.currentWidget()
    assert page.isAncestorOf(window.editor.widgets["consent_share_gvo"])


def answer_sent_dialog(by: str, day: str, attempts: int = 50) -> None:
    """Fill in the (modal) "I have sent it" dialog as soon as it shows, and accept it."""
    from ui.common.sent_dialog import SentDialog

    def fill() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, SentDialog) and w.isVisible()), None)
        if dialog is None:
            if attempts > 0:
                answer_sent_dialog(by, day, attempts - 1)
            return
        dialog.by.setText(by)
        dialog.on.line.setText(day)
        dialog._accept()

    QTimer.singleShot(20, fill)


def test_gvo_email_with_consent_is_sent_and_recorded(qtbot: QtBot, window: Any,
                                                     opened: list[str]) -> None:
    case_id = new_case(window, **{**NAMED, "status": "detained", "centre": "vottem",
                                  "consent_share_gvo": "yes"})
    child(panel_of(window), QPushButton, "action_email_gvo_detained").click()
    dialog: EmailsDialog = child(window, EmailsDialog, "emails_dialog")
    assert not child(dialog, QLabel, "email_blocked").isVisibleTo(dialog)
    assert "never through Facebook" in child(dialog, QLabel, "email_reminder").text()
    body = child(dialog, QPlainTextEdit, "email_body").toPlainText()
    assert f"{MARKER.upper()}-HAILE Tesfay ተስፋይ" in body and "Vottem" in body
    assert child(dialog, QLineEdit, "email_to").text() == "gettingthevoiceout@riseup.net"
    child(dialog, QPushButton, "email_open").click()
    assert len(opened) == 1 and opened[0].startswith("mailto:gettingthevoiceout@riseup.net?")
    emails = [e for e in window.vault.events(case_id) if e.kind is EventKind.EMAIL]
    # opening the mail program only prepares it: the step stays (issue 13, point 2)
    assert [e.data for e in emails] == [{"to": "gvo", "purpose": "detained_at",
                                         "state": "prepared", "how": "mail_program"}]
    timeline = child(window, QTreeWidget, "timeline")
    last = timeline.topLevelItem(timeline.topLevelItemCount() - 1)
    assert last.text(2) == ("To GVO: told where they are held — prepared (handed to the mail "
                            "program), not sent yet")
    assert panel_of(window).title.text() == "Tell GVO where they are"
    # the user says it went out, by whom and when: only then the step is done
    sent_button = child(dialog, QPushButton, "email_mark_sent")
    assert sent_button.isVisibleTo(dialog)
    answer_sent_dialog(by="Anne", day=today_brussels().isoformat())
    sent_button.click()
    emails = [e for e in window.vault.events(case_id) if e.kind is EventKind.EMAIL]
    assert emails[-1].data["state"] == "sent" and emails[-1].data["by"] == "Anne"
    assert emails[-1].data["prepared"] == emails[0].id
    assert panel_of(window).title.text() != "Tell GVO where they are"  # that step is done
    child(dialog, QPushButton, "email_copy").click()
    assert "ተስፋይ" in QGuiApplication.clipboard().text()
    mime = QGuiApplication.clipboard().mimeData()
    assert bytes(mime.data("x-kde-passwordManagerHint").data()) == b"secret"


def test_first_24_hours_wait_and_checklist(qtbot: QtBot, window: Any) -> None:
    last = (utc_now() - timedelta(hours=3)).strftime("%Y-%m-%dT%H:%M:%SZ")
    case_id = new_case(window, alias="Sami", status="missing", last_contact_at=last)
    panel = panel_of(window)
    assert panel.title.text() == "Be patient for the first 24 hours"
    wait = child(panel, QLabel, "step_wait")
    assert wait.isVisibleTo(window) and "Last contact 3 h 0" in wait.text()
    assert "24 hours are reached on" in wait.text()
    box = child(panel, QCheckBox, "check_friends")
    box.click()
    events = [e for e in window.vault.events(case_id) if e.kind is EventKind.STEP]
    assert events[-1].data == {"step": "wait-first-24-hours", "checked": ["friends"]}
    window.open_case(case_id)
    assert child(panel_of(window), QCheckBox, "check_friends").isChecked()
    assert panel_of(window).title.text() == "Be patient for the first 24 hours"


def test_mark_done_and_the_whole_procedure(qtbot: QtBot, window: Any) -> None:
    case_id = new_case(window, **{**NAMED, "status": "detained", "centre": "vottem",
                                  "consent_share_gvo": "yes"})
    panel = panel_of(window)
    child(panel, QPushButton, "action_mark_done").click()
    marks = [e.data for e in window.vault.events(case_id) if e.kind is EventKind.STEP]
    assert marks == [{"step": "tell-gvo-detained", "state": "done"}]
    assert panel.title.text() == "Get them a phone without a camera"
    child(panel, QPushButton, "procedure_browser_button").click()
    browser: ProcedureBrowser = child(window, ProcedureBrowser, "procedure_browser")
    assert browser.selected_step() == "phone-without-camera"
    steps = child(browser, QTreeWidget, "procedure_steps")
    assert steps.topLevelItemCount() == 7
    located = steps.topLevelItem(4)
    states = {located.child(i).text(0): located.child(i).text(1)
              for i in range(located.childCount())}
    assert states["Tell GVO where they are"] == "✓ done"
    assert states["Get them a phone without a camera"] == "▶ now"
    assert states["Visit them"] == "later"
    child(browser, QPushButton, "procedure_mark_skipped").click()
    assert panel.title.text() == "Visit them"
    assert child(panel, QPushButton, "action_log_visit").text() == "Write down a visit"
    child(panel, QPushButton, "action_log_visit").click()
    visit = child(window, QWidget, "visit_dialog")
    child(visit, QLineEdit, "visit_visitor").setText("Anne")
    day = child(visit, QLineEdit, "visit_date")
    assert day.text() == ""  # the day of a visit is given, never assumed (issue 13)
    child(visit, QPushButton, "visit_save").click()
    assert "Give the day of the visit" in child(visit, QLabel, "visit_error").text()
    day.setText(today_brussels().isoformat())
    child(visit, QPushButton, "visit_save").click()
    assert panel.title.text() == "Ask them if they want a lawyer"
    timeline = child(window, QTreeWidget, "timeline")
    lines = [timeline.topLevelItem(i).text(2) for i in range(timeline.topLevelItemCount())]
    assert "“Tell GVO where they are”: done" in lines
    assert any(line.endswith(": Anne") and "Vottem" in line for line in lines)
    window.locate.run("record_decision")  # the deadlines feature's own dialog
    assert window.findChild(QWidget, "decision_dialog") is not None


def test_centre_view_lists_cases_logs_visits_and_searches_names(
        qtbot: QtBot, window: Any) -> None:
    held = new_case(window, registered_last_name="Haile", registered_first_name="Tesfay",
                    status="detained", centre="vottem", centre_since="2026-01-05")
    new_case(window, alias="Mohamed", status="detained", centre="caricole")
    arabic = new_case(window, real_name="يوسف", status="missing")
    action: QAction = child(window, QAction, "centre_view")
    assert action.isEnabled()
    action.trigger()
    view: CentreView = child(window, CentreView, "centre_view")
    view.pick.setCurrentIndex(view.pick.findData("vottem"))
    cases = child(view, QTreeWidget, "centre_cases")
    assert cases.topLevelItemCount() == 1
    row = cases.topLevelItem(0)
    assert row.text(0) == "HAILE Tesfay" and row.text(2) == "never"
    assert row.text(3) == "Tell GVO where they are"
    facts = child(view, QLabel, "centre_facts").text()
    assert "Vottem" in facts and ("as of" in facts or "undated source" in facts)
    cases.setCurrentItem(row)
    child(view, QLineEdit, "visit_date").setText(today_brussels().isoformat())
    child(view, QLineEdit, "visit_visitor").setText("Anne")
    child(view, QLineEdit, "visit_belongings").setText("jacket")
    child(view, QCheckBox, "visit_phone").setChecked(True)
    child(view, QPlainTextEdit, "visit_people").setPlainText("Youssef, Sudan\n")
    child(view, QPushButton, "visit_save").click()
    visit = [e for e in window.vault.events(held) if e.kind is EventKind.VISIT]
    assert len(visit) == 1 and visit[0].data["people"] == ["Youssef, Sudan"]
    assert visit[0].data["phone_delivered"] is True
    row = cases.topLevelItem(0)
    assert row.text(2) == today_brussels().isoformat()
    log = child(view, QListWidget, "visit_log")
    assert "Anne" in log.item(0).text()
    log.itemActivated.emit(log.item(1))  # search the person seen
    results = child(view, QListWidget, "name_results")
    texts = [results.item(i).text() for i in range(results.count())]
    assert any(f"case {arabic}:" in t for t in texts)
    assert all("Mohamed" not in t for t in texts)
    assert "%" in texts[0]
    note = child(view, QPlainTextEdit, "centre_note")
    note.setPlainText("Visits Tue/Thu 14:00")
    child(view, QPushButton, "centre_note_save").click()
    assert window.vault.centre_note("vottem") == "Visits Tue/Thu 14:00"
    view.pick.setCurrentIndex(view.pick.findData("caricole"))
    assert note.toPlainText() == ""
    view.pick.setCurrentIndex(view.pick.findData("vottem"))
    assert note.toPlainText() == "Visits Tue/Thu 14:00"


def test_lock_drops_every_case_text(qtbot: QtBot, window: Any, opened: list[str]) -> None:
    case_id = new_case(window, **{**NAMED, "status": "detained", "centre": "vottem",
                                  "consent_share_gvo": "yes"})
    window.locate.run("calling_round")
    window.locate.run("email_gvo_detained")
    window.locate.browse()
    view = window.locate.open_centres()
    view.pick.setCurrentIndex(view.pick.findData("vottem"))
    view.search.setText("Haile")
    view.run_search()
    owned = [panel_of(window), *window.locate.dialogs.values()]
    assert any(MARKER.upper() in t for w in owned for t in _texts(w))
    assert window.vault.get_case(case_id) is not None
    window.lock_action.trigger()
    for widget in [panel_of(window), *owned[1:]]:
        try:
            texts = _texts(widget)
        except RuntimeError:  # already deleted: nothing left to read
            continue
        assert not any(MARKER.lower() in t.lower() or "ተስፋይ" in t for t in texts), widget
    assert window.locate.dialogs == {}


def _texts(root: QWidget) -> list[str]:
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, (QLabel, QLineEdit, QAbstractButton)):
            found.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            found.append(widget.toPlainText())
        elif isinstance(widget, QListWidget):
            found += [widget.item(i).text() for i in range(widget.count())]
        elif isinstance(widget, QTreeWidget):
            for i in range(widget.topLevelItemCount()):
                item = top_item(widget, i)
                found += [item.text(c) for c in range(item.columnCount())]
        title = widget.windowTitle()
        if title:
            found.append(title)
    return found
