"""Work off the UI thread (:mod:`ui.common.worker`)."""

from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from ui.common import worker

pytestmark = pytest.mark.gui


def test_the_answer_comes_back_on_the_ui_thread(qtbot: QtBot) -> None:
    got: list[tuple[object, bool]] = []
    failed: list[BaseException] = []
    ui_thread = threading.get_ident()
    worker.run_in_background(lambda: threading.get_ident(),
                             lambda value: got.append((value, threading.get_ident() ==
                                                       ui_thread)), failed.append)
    qtbot.waitUntil(lambda: bool(got or failed))
    assert not failed
    assert got[0][0] != ui_thread and got[0][1]


def test_a_job_ending_after_the_app_dropped_its_relay_says_nothing_on_stderr(
        qtbot: QtBot, capfd: pytest.CaptureFixture[str]) -> None:
    """Quitting while a job runs (the full check, the rest of a big list): the answer
    reaches nobody, and no traceback is printed."""
    release = threading.Event()
    got: list[object] = []
    worker.run_in_background(release.wait, got.append, got.append)
    relays = list(worker._running)
    assert relays
    for relay in relays:
        shiboken6.delete(relay)  # as the application's teardown deletes it
    release.set()
    QThreadPool.globalInstance().waitForDone(5000)
    qtbot.wait(50)
    worker._running.clear()
    worker.hold_gc(False)  # the job's hold, which its answer would have released
    assert got == []
    assert "Error calling Python override" not in capfd.readouterr().err
