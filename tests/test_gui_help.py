"""First-run guide, About box and Help window: shown from the shipped data, never a case."""

from __future__ import annotations

import html
import re
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMainWindow, QPlainTextEdit
from pytestqt.qtbot import QtBot

from locator import GVO_EMAIL, __version__
from locator.centres.load import load_centres
from locator.deadlines.counting import compute_due
from locator.deadlines.holidays import load_holiday_calendar
from locator.deadlines.rules import load_rules
from locator.procedure.guide import load_procedure
from locator.storage.keystore import Keystore
from tests.host_fixtures import MenuWindow
from ui.app import Controller
from ui.deadlines.text import long_date, plain_date
from ui.help import about, first_run
from ui.help import window as help_window

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parent.parent
SECRET = "five random words are best"


def plain(html_text: str) -> str:
    """What a rich-text page shows, as plain text (entities decoded)."""
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setHtml(html_text)
    return doc.toPlainText()


@pytest.fixture
def window(qtbot: QtBot) -> MenuWindow:
    win = MenuWindow()
    qtbot.addWidget(win)
    help_window.install(win)
    first_run.install(win)
    about.install(win)
    stop_watchers()
    return win


def stop_watchers() -> None:
    app = QApplication.instance()
    assert app is not None
    for watcher in app.findChildren(first_run.DoorWatcher):
        watcher.stop()


def action(win: QMainWindow, name: str) -> QAction:
    found = win.findChild(QAction, name)
    assert isinstance(found, QAction), name
    return found


def close_help() -> None:
    for win in help_window._WINDOW:
        win.close()


# -- Help -------------------------------------------------------------------------------


def test_help_menu_and_f1(window: MenuWindow, qtbot: QtBot) -> None:
    titles = [a.objectName() for a in window.help_menu().actions()]
    assert titles == ["help_action", "first_run_action", "about_action"]
    help_window.install(window)  # a second install adds nothing
    assert len(window.help_menu().actions()) == 3
    help_action = action(window, "help_action")
    assert QKeySequence(Qt.Key.Key_F1) in help_action.shortcuts()

    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    shown = [w for w in QApplication.topLevelWidgets()
             if w.objectName() == "help_window" and w.isVisible()]
    assert len(shown) == 1
    close_help()


def test_help_shows_every_phase_and_step(qtbot: QtBot) -> None:
    win = help_window.HelpWindow()
    qtbot.addWidget(win)
    text = win.procedure_page.toPlainText()
    procedure = load_procedure()
    for phase in procedure.phases:
        assert f"{phase.number}. {phase.title}" in text
        assert phase.summary in text
    for step in procedure.steps:
        assert step.title in text
        assert step.do in text
        for item in step.checklist:
            assert item.text in text
    assert procedure.source.web in text


def test_help_explains_every_rule_with_the_lawyer_warning(qtbot: QtBot) -> None:
    win = help_window.HelpWindow()
    qtbot.addWidget(win)
    banner = win.findChild(QLabel, "help_lawyer_warning")
    assert banner is not None
    assert "Confirm with a lawyer today — a late appeal is lost." in banner.text()
    text = win.deadlines_page.toPlainText()
    for rule in load_rules().values():
        assert rule.title in text
        assert " ".join(rule.description.split()) in " ".join(text.split())
        assert plain_date(rule.last_verified) in text
    assert "the day the decision is handed over does not count" in text
    assert "never extended for a weekend or a holiday" in text
    # The worked examples are the engine's own answers for fixed dates (issue 14).
    due = compute_due("be-udn-subsequent", help_window.EXAMPLE_MOMENT, allow_future=True)
    assert f"last day {long_date(due.due)}, until 24:00" in text


def test_help_lists_the_ten_holidays_with_their_dates(qtbot: QtBot) -> None:
    win = help_window.HelpWindow()
    qtbot.addWidget(win)
    calendar = load_holiday_calendar()
    text = plain(win.holidays_html(year=2025))
    assert "The 10 legal public holidays" in text
    for holiday in calendar.holidays:
        assert holiday.name in text
    for day in [*calendar.holidays_in(2025), *calendar.holidays_in(2026)]:
        assert long_date(day) in text
    assert "Monday 21 April 2025" in text  # Easter Monday 2025
    assert "Thursday 29 May 2025" in text  # Ascension 2025
    assert "26 December do not" in text


def test_help_lists_the_keys_the_app_really_has(qtbot: QtBot, tmp_path: Path,
                                                keystore: Keystore) -> None:
    """The Keyboard page names each shortcut of the main window's actions, as set."""
    from tests.gui_windows import open_case_window

    _controller, window, _case_id = open_case_window(qtbot, tmp_path, keystore)
    win = help_window.HelpWindow()
    qtbot.addWidget(win)
    assert "Keyboard" in [win.tabs.tabText(i) for i in range(win.tabs.count())]
    page = win.keyboard_html()
    rows = {html.unescape(keys): html.unescape(what) for keys, what in
            re.findall(r"<tr><td><b>(.*?)</b></td><td>(.*?)</td></tr>", page)}
    native = QKeySequence.SequenceFormat.NativeText
    for name in ("new_case", "save_case", "lock", "brief_action", "deadlines_action",
                 "home_action",
                 "backup_now", "quit"):
        act = window.findChild(QAction, name)
        assert act is not None and not act.shortcut().isEmpty(), name
        assert rows[act.shortcut().toString(native)] == act.text(), name
    assert "without a mouse" in plain(page)
    window.editor.clear()
    closed: list[bool] = []
    window.closed.connect(lambda: closed.append(True))
    window.findChild(QAction, "quit").trigger()  # Quit (Ctrl+Q) closes the window: the app ends
    assert closed == [True] and window.vault is None


# -- About ------------------------------------------------------------------------------


def test_about_box_version_licence_and_data_dates(window: MenuWindow, qtbot: QtBot) -> None:
    action(window, "about_action").trigger()
    boxes = [w for w in QApplication.topLevelWidgets()
             if w.objectName() == "about_box" and w.isVisible()]
    assert len(boxes) == 1
    box = boxes[0]
    assert isinstance(box, about.AboutBox)
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert about.LICENCE == pyproject["project"]["license"]["text"]
    intro = plain(box.about_html())
    assert f"Locator {__version__}" in intro
    assert about.LICENCE in intro and GVO_EMAIL in intro

    data = box.data_view.toPlainText()
    centres = load_centres()
    assert f"last checked against its sources on {plain_date(centres.verified_on)}" in data
    for source in centres.sources:
        assert source.title in data
        if source.date is not None:
            assert f"dated {source.date}" in data
    for rule in load_rules().values():
        assert rule.title in data and rule.source_url in data
    calendar = load_holiday_calendar().source
    assert f"Last checked on {plain_date(calendar.last_verified)}" in data
    assert plain_date(load_procedure().source.checked) in data

    fonts = box.findChild(QPlainTextEdit, "font_licence")
    assert fonts is not None and "SIL OPEN FONT LICENSE" in fonts.toPlainText()
    licences = box.findChild(QLabel, "about_licences")
    assert licences is not None and "Open Font License 1.1" in licences.text()
    box.close()


def test_app_gets_its_icon(window: MenuWindow) -> None:
    assert about.ICON_FILE.is_file()
    app = QApplication.instance()
    assert isinstance(app, QApplication) and not app.windowIcon().isNull()


# -- First run --------------------------------------------------------------------------


def test_guide_says_what_matters(qtbot: QtBot) -> None:
    guide = first_run.FirstRunGuide(None, first_run=True)
    qtbot.addWidget(guide)
    assert guide.objectName() == "first_run_guide"

    def text(name: str) -> str:
        label = guide.findChild(QLabel, name)
        assert label is not None, name
        return plain(label.text()) if name == "first_run_help" else label.text()

    assert "helps you find and support a friend held in immigration detention" in text(
        "first_run_purpose")
    assert "Nobody can recover a forgotten passphrase" in text("first_run_passphrase")
    remember = text("first_run_remember")
    assert "anyone who can use this computer while you are logged in can open the vault" \
        in remember
    helping = text("first_run_help")
    assert GVO_EMAIL in helping and "never through Facebook or private messages" \
        in helping
    assert guide.skip_button.text() == "Skip"
    guide.help_button.click()
    assert help_window._WINDOW and help_window._WINDOW[0].isVisible()
    close_help()


def guides() -> list[first_run.FirstRunGuide]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, first_run.FirstRunGuide) and w.isVisible()]


def test_guide_before_the_first_vault_only(qtbot: QtBot, tmp_path: Path,
                                           keystore: Keystore) -> None:
    path = tmp_path / "first.locator"
    assert first_run.should_show(path)
    controller = Controller(path, keystore)
    qtbot.addWidget(controller.window)
    first_run.install(controller.window)
    controller.start()
    dialog = controller.dialog
    assert dialog is not None and dialog.creating
    qtbot.waitUntil(lambda: len(guides()) == 1)
    guide = guides()[0]
    assert guide.parent() is dialog  # on top of "Create your vault"
    guide.skip_button.click()
    qtbot.waitUntil(lambda: not guides())
    assert dialog.isVisible()

    # The dialog was never blocked: the vault is created from it as usual.
    qtbot.waitUntil(lambda: dialog.remember_note.text() != "")
    for name in ("passphrase", "passphrase_confirm"):
        field = dialog.findChild(QLineEdit, name)
        assert field is not None
        field.setText(SECRET)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: controller.window.vault is not None, timeout=20000)
    controller.window.lock()
    assert not first_run.should_show(path)

    # A vault exists: the next start asks for the passphrase and shows no guide.
    again = Controller(path, keystore)
    qtbot.addWidget(again.window)
    first_run.install(again.window)
    again.start()
    assert again.dialog is not None and not again.dialog.creating
    qtbot.waitUntil(again.dialog.isVisible)
    qtbot.wait(50)
    assert not guides()
    again.dialog.reject()


def test_guide_stores_nothing(qtbot: QtBot, tmp_path: Path, sandbox: Path,
                              keystore: Keystore) -> None:
    before = {p for p in sandbox.rglob("*") if p.is_file()}
    path = tmp_path / "nothing.locator"
    controller = Controller(path, keystore)
    qtbot.addWidget(controller.window)
    first_run.install(controller.window)
    controller.start()
    qtbot.waitUntil(lambda: len(guides()) == 1)
    guides()[0].continue_button.click()
    qtbot.waitUntil(lambda: not guides())
    assert controller.dialog is not None
    controller.dialog.reject()
    after = {p for p in sandbox.rglob("*") if p.is_file() and "tmp" not in p.parts}
    assert after <= before | {p for p in after if p.suffix == ".lock"}
    assert not path.exists()


def test_guide_from_the_help_menu(window: MenuWindow, qtbot: QtBot) -> None:
    action(window, "first_run_action").trigger()
    qtbot.waitUntil(lambda: len(guides()) == 1)
    guide = guides()[0]
    assert not hasattr(guide, "skip_button")
    guide.continue_button.click()
    qtbot.waitUntil(lambda: not guides())


def test_help_shows_the_new_maxima_and_french_periods_with_examples(qtbot: QtBot) -> None:
    """Issue 14, points 6 and 7, counted by hand from the law as quoted: worked examples
    from Tuesday 1 December 2026, 09:10 (Help's fixed example moment)."""
    win = help_window.HelpWindow()
    qtbot.addWidget(win)
    text = " ".join(win.deadlines_page.toPlainText().split())
    rules = load_rules()
    expected = {
        # DVZ: 2 months + 2 = 4 months from the detention decision: Thursday 1 April 2027
        "be-detention-extended": "maximum reached on Thursday 1 April 2027",
        # + 1 by the minister: 5 months (January, February, March, April, May): Saturday
        # 1 May 2027, not moved
        "be-detention-cap": "maximum reached on Saturday 1 May 2027",
        # public order, "tot 8 maanden": Sunday 1 August 2027 (a maximum is never moved)
        "be-detention-cap-public-order": "maximum reached on Sunday 1 August 2027",
        # Dublin III art. 28(3), six weeks: Tuesday 12 January 2027
        "be-dublin-transfer-max": "maximum reached on Tuesday 12 January 2027",
        "be-dublin-determination-max": "maximum reached on Tuesday 12 January 2027",
        # 48 hours, hour to hour, from Tuesday 09:10 (or from 00:00 when the time is unknown)
        "fr-dublin-transfer-cra": "ends Thursday 3 December 2026 at 09:10",
        "fr-oqtf-cra-placement": "ends Thursday 3 December 2026 at 09:10",
    }
    for rule_id, words in expected.items():
        example = " ".join(win.example_text(rules[rule_id]).split())
        assert words in example, rule_id
        assert rules[rule_id].title in text
        assert " ".join((rules[rule_id].note or "").split()) in text  # what is not sure
    assert "ends Thursday 3 December 2026 at 00:00" in win.example_text(
        rules["fr-dublin-transfer-cra"])
    # a maximum's example names the date it counts from, not a handing over
    acceptance = win.example_text(rules["be-dublin-transfer-max"])
    assert acceptance.startswith(rules["be-dublin-transfer-max"].date_label)
    assert "6 weeks (42 days)" in text
