"""Start-up: the door is painted before anything heavy is imported or built; the main
window is built behind it in small steps; a remembered key opens the vault off the UI
thread. (Timings are in ``tests/bench/test_bench_startup.py``, not here.)"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from locator.storage.keystore import Keystore, vault_id
from locator.storage.vault import Vault, read_salt
from ui.app import Controller
from ui.startup import IMPORTS, SLICE_MS, WARM_LATER, StepBuilder

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parent.parent
SECRET = "five random words are best"
HEAVY = ("keyring", "reportlab", "pycountry", "zxcvbn", "phonenumbers", "holidays", "yaml",
         "sqlcipher3", "pypdf", "dateutil", "locator.storage.vault", "ui.main_window")

PROBE = """
import sys
from ui.help import first_run
report = first_run.smoke_report
def probe(what):
    if what.endswith("shown"):
        print("LOADED", " ".join(sorted(m for m in sys.modules if m in HEAVY)), flush=True)
    report(what)
first_run.smoke_report = probe
import main
sys.exit(main.main(["--vault", sys.argv[1]]))
"""


@pytest.mark.parametrize("exists", [True, False], ids=["unlock", "create"])
def test_nothing_heavy_is_imported_before_the_door_is_painted(tmp_path: Path,
                                                              exists: bool) -> None:
    path = tmp_path / "v.locator"
    if exists:
        Vault.create(path, SECRET).lock()
    env = {k: v for k, v in os.environ.items() if k != "LOCATOR_PASSPHRASE"}
    env.update(QT_QPA_PLATFORM="offscreen", LOCATOR_SMOKE_TEST="1", PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", f"HEAVY = {HEAVY!r}\n{PROBE}", str(path)],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    loaded = next(line for line in lines if line.startswith("LOADED"))
    assert loaded.split() == ["LOADED"], loaded  # none of them
    assert any(line.startswith("LOCATOR_SMOKE_TEST: vault_dialog shown") for line in lines)
    # the smoke test waits for the main window built behind the door, then quits
    assert any(line.startswith("LOCATOR_SMOKE_TEST: main window built") for line in lines)
    assert not path.exists() or exists


def test_step_builder_runs_its_steps_in_turns_of_the_event_loop(qtbot: QtBot) -> None:
    done: list[str] = []
    builder = StepBuilder([("a", lambda: done.append("a")), ("b", lambda: done.append("b"))])
    builder.then(lambda: done.append("then"))
    builder.start()
    builder.start()  # idempotent
    assert done == []  # nothing before the event loop turns
    qtbot.waitUntil(lambda: builder.done)
    assert done == ["a", "b", "then"]
    assert [name for name, _ms in builder.durations] == ["a", "b"]
    builder.then(lambda: done.append("at once"))
    assert done[-1] == "at once"


def test_small_steps_share_a_turn_and_a_long_one_ends_it(qtbot: QtBot) -> None:
    """A turn runs steps until it has spent SLICE_MS: the door stays quick to type in,
    and 60 steps do not cost 60 turns of the event loop."""
    done: list[str] = []

    def long_step() -> None:
        time.sleep(SLICE_MS * 1.5 / 1000)
        done.append("long")

    builder = StepBuilder([("a", lambda: done.append("a")), ("b", lambda: done.append("b")),
                           ("long", long_step), ("c", lambda: done.append("c"))])
    builder._next()  # one turn
    assert done == ["a", "b", "long"]
    builder._next()
    assert done == ["a", "b", "long", "c"]
    qtbot.waitUntil(lambda: builder.done)

    order: list[str] = []
    nested = StepBuilder([("x", lambda: nested.push([("y", lambda: order.append("y"))])),
                          ("z", lambda: order.append("z"))])
    nested.finish_now()
    assert order == ["y", "z"] and nested.done


def test_the_later_steps_wait_for_the_first_paint(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """What the window does not need to be painted comes after its first paint (or after
    LATER_FALLBACK_MS when it is not shown), never before it."""
    from PySide6.QtWidgets import QWidget

    from ui import startup

    monkeypatch.setattr(startup, "LATER_FALLBACK_MS", 60_000)
    done: list[str] = []
    builder = StepBuilder([("a", lambda: done.append("a"))],
                          later=[("late", lambda: done.append("late"))])
    widget = QWidget()
    qtbot.addWidget(widget)
    startup.FirstPaint(widget, builder.start_later)
    builder.finish_now()
    qtbot.wait(50)
    assert done == ["a"]  # not painted yet
    widget.show()
    qtbot.waitUntil(lambda: done == ["a", "late"])

    monkeypatch.setattr(startup, "LATER_FALLBACK_MS", 10)
    unseen = StepBuilder([], later=[("late", lambda: done.append("unseen"))])
    unseen.finish_now()
    qtbot.waitUntil(lambda: done[-1] == "unseen")  # never painted: it goes on anyway


def test_no_garbage_collection_runs_while_the_window_is_built(qtbot: QtBot) -> None:
    """A collection over every import and widget took ~30 ms inside whichever step it
    fell in: none runs while building; they are frozen out of later scans at the end;
    a builder dropped unfinished lets go of its hold."""
    import gc

    assert gc.isenabled()
    seen: list[bool] = []
    builder = StepBuilder([("a", lambda: seen.append(gc.isenabled()))])
    builder.start()
    assert not gc.isenabled()
    frozen = gc.get_freeze_count()
    qtbot.waitUntil(lambda: builder.done)
    assert seen == [False] and gc.isenabled() and gc.get_freeze_count() >= frozen

    import shiboken6
    from PySide6.QtCore import QObject

    owner = QObject()  # the controller, deleted (the app quits at the door)
    dropped = StepBuilder([("b", lambda: None)], owner)
    dropped.start()
    assert not gc.isenabled()
    shiboken6.delete(owner)
    del dropped
    qtbot.waitUntil(gc.isenabled)


def test_every_start_up_import_exists() -> None:
    import importlib.util

    for name in (*IMPORTS, *WARM_LATER):
        assert importlib.util.find_spec(name) is not None, name


def test_door_first_then_the_window_in_steps(qtbot: QtBot, tmp_path: Path,
                                             keystore: Keystore) -> None:
    path = tmp_path / "steps.locator"
    Vault.create(path, SECRET).lock()
    controller = Controller(path, keystore)
    controller.start()
    dialog = controller.dialog
    assert dialog is not None
    # the door is the controller's: deleted once the vault is open
    assert controller.built_window is None  # the door comes before the window
    qtbot.waitUntil(lambda: controller.builder.done, timeout=20000)
    window = controller.built_window
    assert window is not None and not window.isVisible()
    qtbot.addWidget(window)
    steps = [name for name, _ms in controller.builder.durations]
    assert steps.index("main window") < steps.index("procedure") < steps.index("idle lock")
    assert controller.idle is not None

    dialog.passphrase.setText(SECRET)
    dialog.ok_button.click()
    qtbot.waitUntil(window.isVisible, timeout=20000)
    assert controller.window is window and window.vault is not None
    window.close()


def test_unlocked_before_the_window_is_built_waits_for_it(qtbot: QtBot, tmp_path: Path,
                                                          keystore: Keystore) -> None:
    path = tmp_path / "early.locator"
    vault = Vault.create(path, SECRET)
    controller = Controller(path, keystore)
    controller.build_in_steps()
    controller.unlocked(vault)  # the window is not there yet: shown once it is
    assert controller.built_window is None
    qtbot.waitUntil(lambda: controller.built_window is not None
                    and controller.built_window.isVisible(), timeout=20000)
    window = controller.window
    qtbot.addWidget(window)
    assert window.vault is vault
    window.close()


def _chain_from(start: Any, names: set[str], within: Any = None) -> list[str]:
    """The object names of ``names`` in the order Tab reaches them from ``start``, up to
    the first widget outside ``within``."""
    found: list[str] = []
    widget = start.nextInFocusChain()
    while widget is not None and widget is not start and len(found) < len(names):
        if within is not None and not within.isAncestorOf(widget):
            break
        if widget.objectName() in names:
            found.append(widget.objectName())
        widget = widget.nextInFocusChain()
    return found


def test_the_editor_built_after_the_window_has_every_field_in_the_tab_order(
        qtbot: QtBot, tmp_path: Path, keystore: Keystore) -> None:
    """The editor's own tabs are built after the window is shown (the home screen comes
    first): they come before the window's tabs, each field where Tab reaches it in an
    editor built whole, and opening a case before they are built builds them at once."""
    from ui.case.editor import CaseEditor

    path = tmp_path / "later.locator"
    vault = Vault.create(path, SECRET)
    key = bytes(vault.key)
    controller = Controller(path, keystore)
    controller.build_in_steps()
    controller.unlocked(vault)
    qtbot.waitUntil(lambda: controller.built_window is not None, timeout=20000)
    window = controller.window
    qtbot.addWidget(window)
    editor = window.editor
    assert editor.parts  # not yet: the window was shown first
    qtbot.waitUntil(lambda: not editor.parts, timeout=20000)
    whole = CaseEditor(controller._choices)
    qtbot.addWidget(whole)
    names = set(whole.widgets)
    assert set(editor.widgets) == names
    expected = _chain_from(whole.tabs.tabBar(), names)
    assert len(expected) == len(names)
    # every field before anything outside the editor, in the same order
    assert _chain_from(editor.tabs.tabBar(), names, within=editor) == expected
    first_page = editor.tabs.widget(0)
    assert first_page is not None and first_page.isAncestorOf(editor.widgets["alias"])
    assert editor.tabs.currentIndex() == 0  # a case opens on its first tab
    titles = [editor.tabs.tabText(i) for i in range(editor.tabs.count())]
    assert titles[:whole.tabs.count()] == [whole.tabs.tabText(i)
                                           for i in range(whole.tabs.count())]
    window.close()

    # a case opened before the tabs are built: all of them at once, the case shown whole
    second = Controller(path, keystore)
    second.build_in_steps()
    second.unlocked(Vault.open(path, key))
    qtbot.waitUntil(lambda: second.built_window is not None, timeout=20000)
    other = second.window
    qtbot.addWidget(other)
    assert other.editor.parts
    other.new_case()
    assert not other.editor.parts and set(other.editor.widgets) == names
    assert other.editor.tabs.currentWidget() is other.editor.tabs.widget(0)
    other.close()


def test_remembered_key_opens_the_vault_off_the_ui_thread(
        qtbot: QtBot, tmp_path: Path, keystore: Keystore,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "kept.locator"
    with Vault.create(path, SECRET) as vault:
        keystore.remember(vault_id(read_salt(path)), vault.key)
    threads: list[str] = []
    real_open = Vault.open.__func__  # type: ignore[attr-defined]

    def spy(cls: Any, where: Path, key: bytes) -> Vault:
        threads.append(threading.current_thread().name)
        return real_open(cls, where, key)

    monkeypatch.setattr(Vault, "open", classmethod(spy))
    controller = Controller(path, keystore)
    controller.start()
    assert controller.dialog is not None
    # the door is the controller's: deleted once the vault is open
    qtbot.waitUntil(lambda: controller.built_window is not None
                    and controller.built_window.isVisible(), timeout=20000)
    window = controller.window
    qtbot.addWidget(window)
    assert controller.dialog is None and window.vault is not None
    assert threads and threading.main_thread().name not in threads
    window.close()


def test_a_kept_key_that_no_longer_fits_asks_for_the_passphrase(
        qtbot: QtBot, tmp_path: Path, keystore: Keystore) -> None:
    path = tmp_path / "stale.locator"
    Vault.create(path, SECRET).lock()
    keystore.remember(vault_id(read_salt(path)), b"\x01" * 32)  # e.g. a restored file
    controller = Controller(path, keystore)
    qtbot.addWidget(controller.window)
    controller.start()
    dialog = controller.dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "did not open the vault" in dialog.remember_note.text(),
                    timeout=20000)
    assert dialog.passphrase.isEnabled() and dialog.ok_button.isEnabled()
    assert not controller.window.isVisible()
    dialog.reject()
