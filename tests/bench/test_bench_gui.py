"""Case list in the real window: query + model + first paint, and filter-as-you-type.

One pytest-benchmark group: the full list and each filter side by side (medians, and each
one's ratio to the fastest in brackets).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from locator.storage.vault import Vault
from tests.bench.test_bench_vault import REPEAT, N, make_cases
from ui.main_window import MainWindow

pytestmark = [pytest.mark.bench, pytest.mark.gui]


@pytest.fixture(scope="module")
def big_vault(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """The file and its key: each test opens its own (closing a window locks its vault)."""
    with Vault.create(tmp_path_factory.mktemp("gui") / "g.locator", "bench") as vault:
        vault.add_cases(make_cases(N))
        return vault.path, bytes(vault.key)


@pytest.mark.parametrize("query", [pytest.param("", id="all"), "t", "te", "tes", "tesf",
                                   "bail"])
def test_list_paint_and_filter(benchmark: Any, qtbot: QtBot, big_vault: tuple[Path, bytes],
                               query: str) -> None:
    """Without a query: the whole list; with one: a keystroke → the updated list (the
    typing pause of the filter timer comes on top)."""
    window = MainWindow([], "en", str, str, frozenset())
    qtbot.addWidget(window)
    window.show()
    window.set_vault(Vault.open(*big_vault))
    QApplication.processEvents()

    def paint() -> None:
        window.case_filter.setText(query)
        window._filter_timer.stop()  # measure the work, not the typing pause
        window.refresh_list()
        window.case_list.viewport().grab()  # forces the paint

    benchmark.group = f"case list, {N} cases: query + model + paint"
    benchmark.pedantic(paint, rounds=REPEAT, warmup_rounds=1)
    assert window.case_list.model().rowCount() > 0
    window.close()
