"""Small screens: a 1366×768 laptop, and 200 % scaling on 1920×1080 (960×540 for Qt).

The main window with a case and two deadlines open keeps its editor usable (the headers
scroll within their share), and every window of the app can be made small enough for
960×540, in English and in French (longer words)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSize
from PySide6.QtWidgets import QPushButton, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from locator.storage.keystore import Keystore
from tests.gui_windows import dialogs, open_case_window
from tests.test_gui_translations import qm_dir, speak  # noqa: F401  (fixtures)
from ui.case.area import EDITOR_MIN, HEADER_SHARE, TOP_HOLD_MS
from ui.common.screens import FRAME_ROOM, room

pytestmark = pytest.mark.gui
#: what Qt has for a window on 960×540 (200 % on 1920×1080) and on 1366×768
SMALLEST = QSize(960, 540) - FRAME_ROOM
LAPTOP = QSize(1366, 768) - FRAME_ROOM
TOP_SETTLE_MS = TOP_HOLD_MS + 100  # a case just opened: its headers laid out, at the top


@pytest.fixture(params=["en", "fr"])
def lang(request: pytest.FixtureRequest, speak: Callable[..., str]) -> Iterator[str]:  # noqa: F811
    speak(request.param)
    yield request.param


@pytest.mark.parametrize("size", [LAPTOP, SMALLEST], ids=["1366x768", "960x540"])
def test_the_case_editor_stays_usable(qtbot: QtBot, tmp_path: Path, keystore: Keystore,
                                      lang: str, size: QSize) -> None:
    _controller, window, _case = open_case_window(qtbot, tmp_path, keystore, lang)
    assert window.minimumSizeHint().width() <= SMALLEST.width()
    assert window.minimumSizeHint().height() <= SMALLEST.height()
    window.resize(size)
    qtbot.waitUntil(lambda: window.case_area.headers_scroll.isVisible())
    qtbot.wait(20)  # the headers are fitted after the panels have laid themselves out
    area = window.case_area
    headers, editor = area.sizes()
    assert editor >= EDITOR_MIN and window.editor.isVisible()
    assert headers <= HEADER_SHARE * (headers + editor) + 1
    # the headers need more than that: they scroll, nothing is squeezed
    assert area.need() > headers
    scroll = area.headers_scroll
    assert scroll.verticalScrollBar().maximum() > 0
    panel = window.findChild(QWidget, "deadlines_panel")
    step = window.findChild(QWidget, "step_panel")
    assert panel is not None and step is not None
    assert area.headers.isAncestorOf(panel) and area.headers.isAncestorOf(step)
    # the deadlines come first: in sight without scrolling
    top = panel.mapTo(area.headers, QPoint(0, 0)).y()
    assert top < step.mapTo(area.headers, QPoint(0, 0)).y() and top < headers
    assert step.height() >= step.minimumHeight()  # the step is never cut, it scrolls
    # nothing wider than the window: the step's buttons wrap, the rows' buttons in sight
    view = scroll.viewport().width()
    assert area.headers.width() <= view
    buttons = [b for b in area.headers.findChildren(QPushButton) if b.isVisibleTo(window)]
    assert len(buttons) >= 5
    for button in buttons:
        assert button.mapTo(area.headers, QPoint(button.width(), 0)).x() <= view, \
            button.objectName()
    # the case's fields too: a long caption goes above its field rather than off the side
    page = window.editor.tabs.currentWidget()
    assert isinstance(page, QScrollArea) and page.horizontalScrollBar().maximum() == 0
    window.editor.clear()
    window.close()


def test_a_dragged_share_is_kept_for_the_next_case(qtbot: QtBot, tmp_path: Path,
                                                   keystore: Keystore) -> None:
    _controller, window, case_id = open_case_window(qtbot, tmp_path, keystore)
    window.resize(LAPTOP)
    qtbot.wait(20)
    area = window.case_area
    total = sum(area.sizes())
    area.moveSplitter(int(total * 0.3), 1)
    assert abs(area.share - 0.3) < 0.05
    window.new_case()
    window.open_case(case_id)
    qtbot.wait(20)
    assert abs(area.sizes()[0] - total * 0.3) < 0.05 * total
    window.editor.clear()
    window.close()


def test_no_case_no_headers(qtbot: QtBot, tmp_path: Path, keystore: Keystore) -> None:
    _controller, window, _case = open_case_window(qtbot, tmp_path, keystore)
    window.new_case()
    qtbot.waitUntil(lambda: not window.case_area.headers_scroll.isVisible())
    assert window.editor.isVisible()
    window.close()


def test_every_window_fits_a_960_by_540_screen(qtbot: QtBot, tmp_path: Path,
                                               keystore: Keystore, lang: str) -> None:
    _controller, window, case_id = open_case_window(qtbot, tmp_path, keystore, lang)
    limit = room(window)  # this (offscreen) screen
    for name, make in dialogs(window, case_id, keystore).items():
        dialog: Any = make()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        need = dialog.minimumSizeHint()
        assert need.width() <= SMALLEST.width() and need.height() <= SMALLEST.height(), name
        assert dialog.width() <= max(limit.width(), need.width()), name
        assert dialog.height() <= max(limit.height(), need.height()), name
        dialog.close()
    window.editor.clear()
    window.close()


def test_the_first_run_guide_scrolls_on_a_small_screen(qtbot: QtBot) -> None:
    from ui.help.first_run import FirstRunGuide

    guide = FirstRunGuide(None, True)
    qtbot.addWidget(guide)
    guide.show()
    guide.resize(SMALLEST.width() // 2, SMALLEST.height() // 2)
    qtbot.wait(20)
    page = guide.findChild(QScrollArea, "first_run_page")
    assert page is not None and page.verticalScrollBar().maximum() > 0
    assert guide.continue_button.isVisible()
    bottom = guide.continue_button.mapTo(guide, QPoint(0, guide.continue_button.height()))
    assert bottom.y() <= guide.height()


@pytest.mark.parametrize("size", [LAPTOP, SMALLEST], ids=["1366x768", "960x540"])
@pytest.mark.parametrize("language", ["en", "fr", "nl"])
def test_the_most_urgent_deadline_and_what_to_do_now_stay_in_sight(
        qtbot: QtBot, tmp_path: Path, keystore: Keystore, speak: Callable[..., str],  # noqa: F811
        language: str, size: QSize) -> None:
    """Issue 13, point 5: three deadlines and the step share the headers; at 1366×768 and
    at 200 % scaling, in every language, the most urgent deadline is at the top and the
    step's main action is in sight — in its place, or on the bar "To do now" under the
    headers, which does the same."""
    from ui.procedure.step_panel import StepPanel

    speak(language)
    _controller, window, _case = open_case_window(qtbot, tmp_path, keystore, language)
    window.resize(size)
    area = window.case_area
    qtbot.waitUntil(lambda: area.headers_scroll.isVisible())
    qtbot.wait(TOP_SETTLE_MS)
    panel = window.deadlines_panel
    first = panel.rows[min(panel.rows, key=lambda i: str(panel.rows[i].deadline.ends_at))]
    assert area.in_view(first.title) and area.in_view(first.due)
    button = area.step_button()
    assert button is not None
    if area.in_view(button):
        assert not area.now_bar.isVisible()
    else:
        assert area.now_bar.isVisible() and area.now_action.text() == button.text()
        bar_bottom = area.now_bar.mapTo(window, QPoint(0, area.now_bar.height())).y()
        assert bar_bottom <= window.height()
        step = window.findChild(StepPanel, "step_panel")
        assert step is not None
        with qtbot.waitSignal(step.action, timeout=2000) as fired:
            area.now_action.click()
        assert fired.args == [button.objectName().removeprefix("action_")]
    # scrolled to the step: its own button in sight, and the bar goes
    area.hold_top(False)
    area.headers_scroll.ensureWidgetVisible(button, 0, 0)
    qtbot.waitUntil(lambda: area.in_view(button) and not area.now_bar.isVisible())
    window.editor.clear()
    window.close()
