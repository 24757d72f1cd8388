"""The main window as its features' host: one ``changed(Changes)`` after each write."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from locator.model.events import Mark, StepMarked
from locator.storage.keystore import Keystore
from tests.gui_windows import open_case_window
from tests.host_fixtures import editor_field, vault_of
from ui.host import Host
from ui.main_window import MainWindow
from ui.ops import Changes, record_event


def test_main_window_is_the_host(qtbot: QtBot, tmp_path: Path, keystore: Keystore) -> None:
    _controller, window, case_id = open_case_window(qtbot, tmp_path, keystore)
    assert isinstance(window, MainWindow)
    host: Host = window  # checked by mypy: MainWindow has every member of Host
    assert host.current_case is not None and host.current_case.id == case_id
    assert host.named_action("lawyer_brief") is not None
    assert host.named_action("record_decision") is not None
    window.editor.clear()
    window.close()


def test_a_write_is_reported_once_and_unsaved_edits_stay(
        qtbot: QtBot, tmp_path: Path, keystore: Keystore) -> None:
    _controller, window, case_id = open_case_window(qtbot, tmp_path, keystore)
    assert isinstance(window, MainWindow)
    alias = editor_field(window, "alias", QLineEdit)
    alias.setText("typed, not saved")
    seen: list[Changes] = []
    window.changed.connect(seen.append)
    before = len(vault_of(window).events(case_id))
    step = window.locate.panel.progress.current if window.locate.panel.progress else None
    assert step is not None

    changes = window.run(lambda vault: record_event(vault, case_id, StepMarked(step.id,
                                                                                Mark.DONE)))
    assert seen == [changes] and changes == Changes.events(case_id)
    assert len(vault_of(window).events(case_id)) == before + 1
    assert window.timeline.tree.topLevelItemCount() == before + 1  # the timeline follows
    assert alias.text() == "typed, not saved" and window.editor.dirty  # the edit stays
    window.editor.clear()
    window.close()


def test_changes_say_which_case() -> None:
    assert Changes(3, timeline=True).touches(3)
    assert not Changes(3, timeline=True).touches(4)
    assert Changes.everything().touches(4)
    assert not Changes.everything().touches(None)


def test_saving_the_shown_case_refreshes_the_panels_once(
        qtbot: QtBot, tmp_path: Path, keystore: Keystore) -> None:
    """Saving the case on screen emits ``changed`` once and not ``case_shown`` (each panel
    would refresh twice); the saved text stays on screen and the edit is clean."""
    _controller, window, case_id = open_case_window(qtbot, tmp_path, keystore)
    assert isinstance(window, MainWindow)
    shown: list[object] = []
    seen: list[Changes] = []
    window.case_shown.connect(shown.append)
    window.changed.connect(seen.append)
    editor_field(window, "alias", QLineEdit).setText("Sami (saved again)")
    assert window.save_case()
    assert shown == [] and seen == [Changes.everything(case_id)]
    assert editor_field(window, "alias", QLineEdit).text() == "Sami (saved again)"
    assert not window.editor.dirty
    assert vault_of(window).get_case(case_id).alias == "Sami (saved again)"
    window.editor.clear()
    window.close()
