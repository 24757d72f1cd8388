"""A long working session in one process (issue 19): a referent opens a thousand cases and
locks and unlocks a hundred times. PySide6 6.12.0 lost a reference to None on every Qt call
returning nothing and aborted (``none_dealloc``) after ~160 case openings; each lock leaked
one door (+42 MiB over 100 cycles). Marker ``slow``: run by ``make test``'s slow pass."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from locator.model.caseio import case_from_dict
from locator.storage.keystore import Keystore
from locator.storage.vault import Vault
from ui.app import Controller
from ui.vault.unlock import VaultDialog

pytestmark = [pytest.mark.gui, pytest.mark.slow]
SECRET = "five random words are best"
OPENINGS = 1000
CYCLES = 100
MAX_GROWTH_MIB = 10.0  # quality bar: over 100 lock/unlock cycles


def rss_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # deleteLater's
    gc.collect()


def started(qtbot: QtBot, tmp_path: Path, keystore: Keystore) -> tuple[Controller, list[int]]:
    path = tmp_path / "long.locator"
    vault = Vault.create(path, SECRET)
    ids = []
    for n in range(50):
        case = vault.save_case(case_from_dict({
            "alias": f"person {n} محمد", "status": "detained" if n % 2 else "missing",
            "decisions": [{"kind": "oqt", "annexe": "13septies",
                           "notified_at": "2026-12-01T09:10", "notification_method": "hand",
                           "earlier_removal": "no"}] if n % 3 == 0 else []}))
        assert case.id is not None
        ids.append(case.id)
    controller = Controller(path, keystore)
    qtbot.addWidget(controller.window)
    controller.unlocked(vault)
    return controller, ids


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_thousand_case_openings_in_one_session(qtbot: QtBot, tmp_path: Path,
                                                 keystore: Keystore) -> None:
    controller, ids = started(qtbot, tmp_path, keystore)
    window = controller.window
    none_refs = sys.getrefcount(None)
    for n in range(OPENINGS):
        window.open_case(ids[n % len(ids)])
        if n % 50 == 0:
            QApplication.processEvents()
    settle()
    assert window.current_case_id == ids[(OPENINGS - 1) % len(ids)]
    # a binding that drops a reference to None per call would have lost thousands by now
    assert sys.getrefcount(None) >= none_refs - 100
    window.editor.clear()
    window.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_hundred_locks_cost_no_memory(qtbot: QtBot, tmp_path: Path,
                                        keystore: Keystore) -> None:
    controller, ids = started(qtbot, tmp_path, keystore)
    window = controller.window
    path, key = controller.vault_path, window.vault.key if window.vault else b""

    def cycle() -> None:
        window.open_case(ids[0])
        window.lock()  # a new door each time
        controller.unlocked(Vault.open(path, key))
        settle()  # as the app's event loop does between two locks

    for _ in range(10):  # warm up: caches, fonts, the first doors
        cycle()
    settle()
    before = rss_mib()
    for _ in range(CYCLES):
        cycle()
    settle()
    growth = rss_mib() - before
    print(f"\nRSS growth over {CYCLES} lock/unlock cycles: {growth:.1f} MiB")
    doors = [w for w in QApplication.topLevelWidgets() if isinstance(w, VaultDialog)]
    assert len(doors) <= 1
    assert growth <= MAX_GROWTH_MIB
    window.editor.clear()
    window.close()
