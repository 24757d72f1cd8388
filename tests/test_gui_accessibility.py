"""Keyboard and screen reader: the app used with the keyboard alone, from creating the
vault to locking it, and a spoken name on every widget that takes keyboard focus, in the
main window and in every dialog."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAccessible, QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from locator.model.dates import today_brussels
from locator.storage.keystore import Keystore
from tests.gui_windows import dialogs, open_case_window
from tests.host_fixtures import editor_field, vault_of
from ui.common.a11y import plain

pytestmark = pytest.mark.gui
SECRET = "five random words are best"


def spoken_name(widget: QWidget) -> str:
    """What a screen reader says for ``widget`` (Qt's accessibility interface)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def labelled_by(widget: QWidget) -> list[str]:
    """The labels a screen reader reads with ``widget`` (on Linux a combo box is named by
    its value and *labelled by* its caption)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return []
    return [other.text(QAccessible.Text.Name)
            for other, _relation in interface.relations(QAccessible.RelationFlag.Label)]


def said(widget: QWidget) -> list[str]:
    return [name for name in [spoken_name(widget), *labelled_by(widget)] if name]


def unnamed(root: QWidget) -> list[str]:
    """Widgets of ``root`` a Tab can reach that a screen reader could not name. An inner
    editor whose focus goes to its spin box or combo box is spoken as that box."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.focusProxy():
            continue
        if not said(widget):
            parent = widget.parent()
            found.append(f"{type(widget).__name__} {widget.objectName()!r} in "
                         f"{parent.objectName() if parent is not None else ''!r}")
    return found


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot: QtBot, key: Qt.Key,
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def test_every_focusable_widget_has_a_spoken_name(qtbot: QtBot, tmp_path: Path,
                                                  keystore: Keystore) -> None:
    _controller, window, case_id = open_case_window(qtbot, tmp_path, keystore)
    missing = {"main_window": unnamed(window)}
    for tab in range(window.editor.tabs.count()):  # every page of the case
        window.editor.tabs.setCurrentIndex(tab)
        missing[f"case tab {tab}"] = unnamed(window)
    for name, make in dialogs(window, case_id, keystore).items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        missing[name] = unnamed(dialog)
        dialog.close()
    assert {name: found for name, found in missing.items() if found} == {}
    window.editor.clear()
    window.close()


def test_key_widgets_say_what_they_are(qtbot: QtBot, tmp_path: Path,
                                       keystore: Keystore) -> None:
    _controller, window, _case_id = open_case_window(qtbot, tmp_path, keystore)
    assert spoken_name(window.case_filter) == "Search cases"
    assert spoken_name(window.case_list) == "Cases"
    # every case field is spoken by the label a sighted user reads beside it
    for spec in [spec for _title, specs in window.editor._sections() for spec in specs]:
        widget = window.editor.widgets[spec.name]
        assert plain(spec.label) in said(widget), spec.name
        assert labelled_by(widget) == [plain(spec.label)], spec.name
    assert spoken_name(window.editor.tabs) == "Case details"
    panel = window.findChild(QWidget, "deadlines_panel")
    assert panel is not None
    rows = list(panel.rows.values())
    assert rows and all(spoken_name(row.done_button) == "Filed…" for row in rows)
    window.editor.clear()
    window.close()


def visit_by_tab(qtbot: QtBot, start: QWidget, limit: int = 200) -> list[QWidget]:
    """The widgets Tab goes through from ``start`` until it comes back (or ``limit``)."""
    start.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    seen: list[QWidget] = []
    for _ in range(limit):
        press(qtbot, Qt.Key.Key_Tab)
        widget = focused()
        if widget is start:
            return seen
        seen.append(widget)
    raise AssertionError(f"Tab never came back to {start.objectName()!r}")


def test_tab_reaches_every_field_of_each_case_page_in_reading_order(
        qtbot: QtBot, tmp_path: Path, keystore: Keystore) -> None:
    _controller, window, _case_id = open_case_window(qtbot, tmp_path, keystore)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    editor = window.editor
    tabs = editor.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        page = tabs.widget(index)
        fields = [widget for name, widget in editor.widgets.items()
                  if page.isAncestorOf(widget) and widget.isVisibleTo(window)
                  and widget.isEnabled() and "." not in name]
        if not fields:
            continue
        visited = visit_by_tab(qtbot, window.case_filter)
        order = [w for w in visited if w in fields]
        # the deadlines' buttons (at the top, read first) before the case's fields
        buttons = [w for w in visited if w.objectName().startswith("deadline_")]
        assert buttons and visited.index(buttons[-1]) < visited.index(order[0])
        assert visited[0] is window.case_list
        assert set(order) == set(fields), tabs.tabText(index)  # none skipped
        # top to bottom as read on the page (a form: one field under the other)
        tops = [w.mapTo(page, w.rect().topLeft()).y() for w in order]
        assert tops == sorted(tops), tabs.tabText(index)
    window.editor.clear()
    window.close()


def wait_focus_in(qtbot: QtBot, widget: QWidget) -> None:
    def inside() -> bool:
        focus = QApplication.focusWidget()
        return focus is not None and (focus is widget or widget.isAncestorOf(focus))

    qtbot.waitUntil(inside, timeout=20000)


def test_the_whole_path_with_the_keyboard_alone(qtbot: QtBot, tmp_path: Path,
                                                keystore: Keystore,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Create the vault, make a case, save, search, open it from the list, record a
    decision, lock and unlock: keys only, no click, no setText."""
    from ui.app import Controller
    from ui.deadlines.decision_dialog import DecisionDialog
    from ui.help.first_run import FirstRunGuide

    controller = Controller(tmp_path / "keys.locator", keystore)
    window = controller.window
    qtbot.addWidget(window)
    controller.start()
    door: Any = controller.dialog
    assert door is not None and door.creating
    qtbot.waitUntil(lambda: door.isVisible() and door.remember_note.text() != "")
    # the welcome comes over the door of a new vault: Enter goes on to the passphrase
    qtbot.waitUntil(lambda: any(g.isVisible() for g in door.findChildren(FirstRunGuide)))
    guide = door.findChild(FirstRunGuide)
    wait_focus_in(qtbot, guide)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not guide.isVisible())
    wait_focus_in(qtbot, door.passphrase)
    type_text(qtbot, SECRET)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is door.passphrase_confirm
    type_text(qtbot, SECRET)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.vault is not None and window.isVisible(), timeout=20000)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    # Ctrl+N: a new case, the cursor in the first field
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    alias = editor_field(window, "alias", QLineEdit)
    wait_focus_in(qtbot, alias)
    type_text(qtbot, "Keyboard Sami")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "TESFAYE")
    assert editor_field(window, "registered_last_name", QLineEdit).text() == "TESFAYE"
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)  # the next page
    assert window.editor.tabs.currentIndex() == 1
    press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ControlModifier
          | Qt.KeyboardModifier.ShiftModifier)  # and back
    assert window.editor.tabs.currentIndex() == 0
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S
    qtbot.waitUntil(lambda: vault_of(window).case_count() == 1)
    case_id = window.current_case_id
    assert case_id is not None
    assert vault_of(window).get_case(case_id).alias == "Keyboard Sami"

    # Ctrl+N again, a second person, saved
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    wait_focus_in(qtbot, alias)
    type_text(qtbot, "Amina")
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: vault_of(window).case_count() == 2)

    # Ctrl+F: the search; type, then Down into the list and the case opens
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    wait_focus_in(qtbot, window.case_filter)
    type_text(qtbot, "tesf")
    qtbot.waitUntil(lambda: window.case_list.model().rowCount() == 1)
    press(qtbot, Qt.Key.Key_Down)
    wait_focus_in(qtbot, window.case_list)
    qtbot.waitUntil(lambda: window.current_case_id == case_id
                    and alias.text() == "Keyboard Sami")

    # a decision, from the Case menu with the keyboard: Alt+C, arrows to it, Enter
    window.activateWindow()
    press(qtbot, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is window.case_actions)
    menu = window.case_actions
    for _ in range(len(menu.actions())):
        if menu.activeAction() is not None \
                and menu.activeAction().objectName() == "record_decision":
            break
        qtbot.keyClick(menu, Qt.Key.Key_Down)
    assert menu.activeAction().objectName() == "record_decision"
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(DecisionDialog)))
    dialog = next(d for d in window.findChildren(DecisionDialog) if d.isVisible())
    dialog.activateWindow()
    wait_focus_in(qtbot, dialog)
    kind = dialog.widgets["kind"]
    kind.setFocus()
    wait_focus_in(qtbot, kind)
    press(qtbot, Qt.Key.Key_Down)  # nothing is preselected: the arrow picks the first kind
    press(qtbot, Qt.Key.Key_Tab)  # to the annexe
    assert focused() is dialog.widgets["annexe"]
    type_text(qtbot, "13septies")
    # the day it was handed over: empty until typed (issue 13), typed here from the keys
    for _ in range(len(dialog.widgets) * 2):
        if focused() is dialog.notified_at.line:
            break
        press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.notified_at.line
    type_text(qtbot, today_brussels().isoformat())
    for name in ("notification_method", "earlier_removal"):  # Tab to each, an arrow picks
        for _ in range(len(dialog.widgets) * 4):  # Tab goes round the dialog
            if focused() is dialog.widgets[name]:
                break
            press(qtbot, Qt.Key.Key_Tab)
        assert focused() is dialog.widgets[name]
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)  # Enter: the default button records it
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert len(vault_of(window).deadlines(case_id, open_only=True)) >= 1
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    # Ctrl+L locks: the window goes, the door comes back, focus on the passphrase
    window.activateWindow()
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.vault is None and not window.isVisible())
    door = controller.dialog
    assert door is not None and not door.creating
    qtbot.waitUntil(lambda: door.isVisible())
    door.activateWindow()
    wait_focus_in(qtbot, door.passphrase)
    type_text(qtbot, SECRET)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.vault is not None and window.isVisible(), timeout=20000)
    assert window.case_list.model().rowCount() == 2
    window.close()


def test_search_field_keeps_arabic_and_geez_typed_by_keys(qtbot: QtBot, tmp_path: Path,
                                                          keystore: Keystore) -> None:
    _controller, window, _case_id = open_case_window(qtbot, tmp_path, keystore)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    wait_focus_in(qtbot, window.case_filter)
    for char in "سامي ሳሚ":  # what an Arabic or Tigrinya keyboard sends: text, no Latin key
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(focused(), QKeyEvent(kind, Qt.Key.Key_unknown,
                                                        Qt.KeyboardModifier.NoModifier, char))
    assert isinstance(typed := focused(), QLineEdit) and typed.text() == "سامي ሳሚ"
    window.editor.clear()
    window.close()
