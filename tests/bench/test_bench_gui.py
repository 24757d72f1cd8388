"""Case list in the real window: query + model + first paint, and filter-as-you-type."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from locator.storage.vault import Vault
from tests.bench.test_bench_vault import N, make_cases
from ui.main_window import MainWindow

pytestmark = [pytest.mark.bench, pytest.mark.gui]


def test_list_paint_and_filter(qtbot: QtBot, tmp_path: Path) -> None:
    vault = Vault.create(tmp_path / "g.locator", "bench")
    vault.add_cases(make_cases(N))
    window = MainWindow([], "en", str, str, frozenset())
    qtbot.addWidget(window)
    window.show()
    window.set_vault(vault)
    QApplication.processEvents()

    def paint_list() -> float:
        start = time.perf_counter()
        window.refresh_list()
        window.case_list.viewport().grab()  # forces the first paint
        return (time.perf_counter() - start) * 1000

    def type_filter(text: str) -> float:
        start = time.perf_counter()
        window.case_filter.setText(text)
        window._filter_timer.stop()  # measure the work, not the typing pause
        window.refresh_list()
        window.case_list.viewport().grab()
        return (time.perf_counter() - start) * 1000

    full = statistics.median(paint_list() for _ in range(7))
    typed = {q: statistics.median(type_filter(q) for _ in range(7))
             for q in ("t", "te", "tes", "tesf", "bail")}
    print(f"\nCase list, {N} cases, medians (ms): query + model + first paint {full:.1f}")
    for query, ms in typed.items():
        print(f"  keystroke → updated list, '{query}': {ms:.1f} "
              f"(+ {window._filter_timer.interval()} ms typing pause)")
    window.close()
    vault.lock()
