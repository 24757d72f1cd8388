"""The home screen (Today) after unlocking, the case list's Deadline column, a case
opening at its top, Quit keeping a draft, and tab titles and times shown whole."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt
from PySide6.QtGui import QFontMetrics, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from locator.deadlines.alerts import most_urgent_first
from locator.model.caseio import case_from_dict
from locator.model.dates import utc_now
from locator.storage.vault import Vault
from tests.home_fixtures import SECRET, home_window, seed
from ui.case.case_list import COL_DEADLINE, COL_NAME, COL_STATUS
from ui.common.screens import FRAME_ROOM

pytestmark = pytest.mark.gui
LAPTOP = QSize(1366, 768) - FRAME_ROOM


def unlocked(qtbot: QtBot, tmp_path: Path, lang: str = "en") -> tuple[Any, Vault,
                                                                     dict[str, int]]:
    vault, ids = seed(tmp_path / "home.locator", utc_now())
    window = home_window(qtbot, lang)
    window.resize(LAPTOP)
    window.show()
    window.set_vault(vault)
    qtbot.waitExposed(window)
    page = window.home.page if window.home is not None else None
    assert page is not None
    qtbot.waitUntil(lambda: not page.building)  # the rows come in slices
    return window, vault, ids


def test_after_unlocking_today_lists_every_deadline_most_urgent_first(
        qtbot: QtBot, tmp_path: Path) -> None:
    window, vault, ids = unlocked(qtbot, tmp_path)
    page = window.home.page
    assert window.right.currentWidget() is page
    rows = list(page.deadline_rows.values())
    names = [row.person.text() for row in rows]
    assert set(names) == {"Sami", "Amina"}  # both cases, by the name people use
    ends = [row.item.deadline.ends_at for row in rows]
    assert ends == sorted(ends)  # most urgent first
    first = rows[0]
    assert first.last_day.text().startswith("Last day: ")
    assert "December" in first.last_day.text() and "24:00" in first.last_day.text()
    assert first.left.text().endswith("left")
    assert first.todo.text().startswith("Now: ")
    # the steps waiting: every open case with a step to do, Yusuf's too
    assert ids["Yusuf"] in page.step_rows
    assert page.no_deadline.isHidden()
    # the first row has the focus: Enter opens that case at that deadline
    assert window.focusWidget() is first
    qtbot.keyClick(first, Qt.Key.Key_Return)
    case_id = first.item.deadline.case_id
    assert window.current_case_id == case_id
    assert window.right.currentWidget() is window.case_area
    panel = window.deadlines_panel
    row = panel.rows[first.item.deadline.id]
    qtbot.waitUntil(lambda: row.isAncestorOf(window.focusWidget()))
    scroll = window.case_area.headers_scroll
    top = row.mapTo(scroll.viewport(), QPoint(0, 0)).y()
    assert 0 <= top < scroll.viewport().height()  # in sight
    # Ctrl+H: back to Today, the case put away
    window.home.action.trigger()
    assert window.right.currentWidget() is page
    assert window.current_case_id is None
    assert window.home.action.shortcut() == QKeySequence("Ctrl+H")
    window.close()


def test_a_click_on_a_step_opens_the_case_at_its_main_button(qtbot: QtBot,
                                                             tmp_path: Path) -> None:
    window, _vault, ids = unlocked(qtbot, tmp_path)
    page = window.home.page
    step = page.step_rows[ids["Yusuf"]]
    qtbot.mouseClick(step, Qt.MouseButton.LeftButton)
    assert window.current_case_id == ids["Yusuf"]
    button = window.case_area.step_button()
    assert button is not None
    qtbot.waitUntil(lambda: window.focusWidget() is button)
    window.close()


def test_today_without_deadlines_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    vault = Vault.create(tmp_path / "empty.locator", SECRET)
    window: Any = home_window(qtbot)
    window.show()
    window.set_vault(vault)
    page = window.home.page
    qtbot.waitUntil(lambda: not page.building)
    assert page.deadline_rows == {} and page.step_rows == {}
    assert page.no_deadline.isVisible()
    assert page.no_deadline.text().startswith("No deadline is running.")
    assert "New case" in page.no_step.text()
    assert page.confirm.isHidden()
    # locking drops every row and every name
    vault.save_case(case_from_dict({"alias": "Zed", "status": "missing"}))
    window.home.page.refresh()
    assert page.step_rows
    window.lock()
    assert page.step_rows == {} and page.vault is None
    window.close()


def test_the_case_list_sorts_by_the_nearest_deadline(qtbot: QtBot, tmp_path: Path) -> None:
    window, vault, ids = unlocked(qtbot, tmp_path)
    model = window.model
    window.case_list.sortByColumn(COL_DEADLINE, Qt.SortOrder.AscendingOrder)
    order = [model.data(model.index(r, COL_NAME)) for r in range(model.rowCount())]
    assert order[-1] == "Yusuf"  # no deadline: last
    texts = [model.data(model.index(r, COL_DEADLINE)) for r in range(model.rowCount())]
    assert all(t.endswith("left") for t in texts[:2]) and texts[2] == ""
    # the status column is wide enough for its words
    header = window.case_list.horizontalHeader()
    metrics = QFontMetrics(window.case_list.font())
    for row in range(model.rowCount()):
        status = model.data(model.index(row, COL_STATUS))
        assert metrics.horizontalAdvance(status) < header.sectionSize(COL_STATUS), status
    window.close()


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_case_opens_at_its_top(qtbot: QtBot, tmp_path: Path, lang: str) -> None:
    window, vault, ids = unlocked(qtbot, tmp_path, lang)
    area = window.case_area
    window.open_case(ids["Sami"])
    qtbot.wait(50)
    bar = area.headers_scroll.verticalScrollBar()
    bar.setValue(bar.maximum())  # scrolled down, then another case, then this one again
    window.open_case(ids["Amina"])
    qtbot.wait(50)
    window.open_case(ids["Sami"])
    qtbot.wait(500)
    assert area.headers_scroll.verticalScrollBar().value() == 0
    panel = window.deadlines_panel
    first = next(iter(panel.rows.values()))
    assert first.deadline == most_urgent_first(vault.deadlines(ids["Sami"], open_only=True))[0]
    viewport = area.headers_scroll.viewport()
    bottom = first.done_button.mapTo(viewport, QPoint(0, first.done_button.height())).y()
    assert bottom <= viewport.height()  # the most urgent deadline's button in sight
    window.close()


def test_quit_keeps_unsaved_edits_as_a_draft(qtbot: QtBot, tmp_path: Path) -> None:
    window, vault, ids = unlocked(qtbot, tmp_path)
    path = vault.path
    window.open_case(ids["Yusuf"])
    window.editor.widgets["alias"].setText("Yusuf Ali")
    assert window.editor.dirty
    closed: list[bool] = []
    window.closed.connect(lambda: closed.append(True))
    window.close()  # Quit (Ctrl+Q) closes the window
    assert closed == [True] and window.vault is None
    again = Vault.open_with_passphrase(path, SECRET)
    draft = again.take_draft()
    assert draft is not None and draft["form"]["alias"] == "Yusuf Ali"
    again.lock()


def test_tab_titles_and_timeline_times_are_whole(qtbot: QtBot, tmp_path: Path) -> None:
    window, _vault, ids = unlocked(qtbot, tmp_path, "fr")
    window.open_case(ids["Sami"])
    tabs = window.editor.tabs
    bar = tabs.tabBar()
    for index in range(tabs.count()):
        text = tabs.tabText(index)
        need = QFontMetrics(bar.font()).horizontalAdvance(text)
        assert bar.tabRect(index).width() > need, text
    tabs.setCurrentWidget(window.timeline)
    tree = window.timeline.tree
    qtbot.wait(20)
    metrics = QFontMetrics(tree.font())
    item = tree.topLevelItem(0)
    assert ":" in item.text(0)  # the time too
    for row in range(tree.topLevelItemCount()):
        text = tree.topLevelItem(row).text(0)
        assert metrics.horizontalAdvance(text) < tree.columnWidth(0), text
    window.close()


def test_deadline_rows_are_compact_until_asked(qtbot: QtBot, tmp_path: Path) -> None:
    window, vault, ids = unlocked(qtbot, tmp_path)
    window.open_case(ids["Sami"])
    panel = window.deadlines_panel
    qtbot.wait(20)
    alarms = [row for row in panel.rows.values() if row.alarm]
    info = panel.info_rows()
    assert alarms and info
    for row in alarms:  # the day and the time left in sight, the details folded
        assert row.due.isVisible() and row.left.isVisible()
        assert not any(detail.isVisible() for detail in row.details)
    assert not any(row.isVisible() for row in info)
    assert panel.info_button.isVisible()
    alarms[0].more_button.click()
    assert all(detail.isVisible() for detail in alarms[0].details)
    panel.info_button.click()
    assert all(row.isVisible() for row in info)
    # Today opens an information date unfolded
    assert panel.reveal(info[0].deadline.id) is not None and info[0].expanded
    window.close()


def test_today_adds_its_rows_in_slices_and_a_lock_stops_them(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A big vault: unlocking shows the window at once and the rows come in the next turns
    of the event loop, the first row then taking the focus; the rows shown stay until the
    new ones are ready; a lock meanwhile leaves no row and no work behind."""
    from ui.home import today

    vault, _ids = seed(tmp_path / "home.locator", utc_now())
    more = [int(vault.save_case(case_from_dict({"alias": f"Extra {n}", "status": "missing"}))
                .id or 0) for n in range(20)]
    monkeypatch.setattr(today, "SLICE_MS", 0)  # one piece of work per event
    window = home_window(qtbot)
    window.resize(LAPTOP)
    window.show()
    window.set_vault(vault)
    assert window.home is not None
    page = window.home.page
    assert page.building and page.step_rows == {}  # not yet: the window came first
    qtbot.waitUntil(lambda: not page.building)
    assert set(more) <= set(page.step_rows) and len(page.step_rows) == 23
    assert window.focusWidget() is page.rows()[0]
    # a refresh keeps the rows shown until the new ones are ready
    shown = page.rows()
    page.refresh_soon()
    assert page.building and page.rows() == shown
    qtbot.waitUntil(lambda: not page.building)
    assert len(page.step_rows) == 23 and page.rows() != shown
    # locking while rows are being added: nothing left, and nothing added afterwards
    page.refresh_soon()
    assert page.building
    window.lock()
    assert not page.building and page.step_rows == {} and page.vault is None
    for _ in range(30):
        qapp_events()
    assert page.step_rows == {} and not page.building
    window.close()


class _Windows(QObject):
    """Every widget shown as a window of its own, by name."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Show and isinstance(watched, QWidget)
                and watched.isWindow()):
            self.shown.append(watched.objectName())
        return False


def test_today_shows_no_window_of_its_own_while_it_adds_its_rows(
        qtbot: QtBot, tmp_path: Path) -> None:
    """A row's label shown before it had a parent flashed as a window on the desktop
    and took the activation from the main window (the keyboard then reached nothing)."""
    windows = _Windows()
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(windows)
    try:
        window, _vault, _ids = unlocked(qtbot, tmp_path)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        window.home.page.refresh_soon()
        qtbot.waitUntil(lambda: not window.home.page.building)
        qapp_events()
    finally:
        app.removeEventFilter(windows)
    active = QApplication.activeWindow()
    window.close()
    assert windows.shown == ["main_window"]
    assert active is window  # still: nothing took the activation


def test_today_skips_a_case_purged_and_stops_at_a_lock_while_it_reads(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A case purged, or the vault locked under the page (a restore, the end of the
    session), while the rows are being read: that case is left out, or the work stops;
    nothing is raised in the event loop."""
    from ui.home import today

    vault, ids = seed(tmp_path / "home.locator", utc_now())
    for n in range(10):
        vault.save_case(case_from_dict({"alias": f"Extra {n}", "status": "missing"}))
    monkeypatch.setattr(today, "SLICE_MS", 0)
    window = home_window(qtbot)
    window.show()
    window.set_vault(vault)
    assert window.home is not None
    page = window.home.page
    assert page.building
    vault.purge_case(ids["Yusuf"])  # the oldest change: read last
    qtbot.waitUntil(lambda: not page.building)
    assert ids["Yusuf"] not in page.step_rows and len(page.step_rows) == 12
    page.refresh_soon()
    assert page.building
    vault.lock()
    qtbot.waitUntil(lambda: not page.building)
    assert len(page.step_rows) == 12  # what was shown stays until the window's lock
    window.lock()
    assert page.step_rows == {}
    window.close()


def qapp_events() -> None:
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
