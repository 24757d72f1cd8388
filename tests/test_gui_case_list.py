"""The case list model, checked by pytest-qt's model tester and for sorting."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from locator.model.cases import CaseSummary, Status
from locator.storage.store import list_ids
from locator.storage.vault import Vault
from ui.case.case_list import (
    CASE_ID_ROLE,
    COL_NAME,
    COL_UPDATED,
    CaseListModel,
    VaultSource,
)

pytestmark = pytest.mark.gui


def rows() -> list[CaseSummary]:
    return [CaseSummary(i, name, "", "ER", Status.MISSING, "", datetime(2025, 1, i, tzinfo=UTC))
            for i, name in ((1, "zoë"), (2, "Amal"), (3, "émile"))]


def test_model_is_well_behaved(qtmodeltester: ModelTester) -> None:
    model = CaseListModel()
    model.set_rows(rows())
    qtmodeltester.check(model)


def test_sorting() -> None:
    model = CaseListModel()
    model.set_rows(rows())
    ids = lambda: [model.data(model.index(r, 0), CASE_ID_ROLE) for r in range(3)]  # noqa: E731
    assert ids() == [3, 2, 1]  # newest first by default
    model.sort(COL_NAME, Qt.SortOrder.AscendingOrder)
    assert ids() == [2, 3, 1]  # Amal, émile, zoë (case-insensitive)
    model.sort(COL_UPDATED, Qt.SortOrder.AscendingOrder)
    assert ids() == [1, 2, 3]
    model.clear()
    assert model.rowCount() == 0


def test_a_big_vault_lists_its_first_page_then_the_rest_off_the_ui_thread(
        qtbot: QtBot, qtmodeltester: ModelTester, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Over AT_ONCE cases: the first page comes from an index walk of PAGE rows, the rest
    is appended below it (rows inserted, not a reset), both read on reader connections of
    their own; a newer search drops the older one; a search's order is the vault's."""
    from tests.bench.scaling_vault import build
    from ui.common.worker import run_in_background

    path = tmp_path / "big.locator"
    vault = Vault.open(path, build(path, 300))
    monkeypatch.setattr(CaseListModel, "AT_ONCE", 10)
    monkeypatch.setattr(CaseListModel, "PAGE", 64)
    model = CaseListModel()
    model.use_background(run_in_background)
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    listed: list[int] = []
    model.listed.connect(lambda: listed.append(model.rowCount()))
    model.set_source(VaultSource(vault))
    assert model.busy and model.rowCount() == 0  # asked, not answered on this thread
    qtbot.waitUntil(lambda: not model.busy)
    assert listed == [64]  # the first page
    qtbot.waitUntil(lambda: not model.filling)
    assert model.rowCount() == 300 and inserted == [(64, 299)]
    ids = [model.data(model.index(r, 0), CASE_ID_ROLE) for r in range(300)]
    assert ids == list_ids(vault.con)  # newest first, as the vault orders them
    qtmodeltester.check(model)
    # two searches typed one after the other: only the newest is shown
    model.set_source(VaultSource(vault, "zoë"))
    model.set_source(VaultSource(vault, "mohamed"))
    qtbot.waitUntil(lambda: not model.busy and not model.filling)
    wanted = list_ids(vault.con, "mohamed")
    assert 0 < len(wanted) < 300
    assert [model.data(model.index(r, 0), CASE_ID_ROLE)
            for r in range(model.rowCount())] == wanted
    # by name: ordered in SQL, first page then the rest, as the whole query gives it
    model.sort(COL_NAME, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: not model.busy and not model.filling)
    assert [model.data(model.index(r, 0), CASE_ID_ROLE) for r in range(model.rowCount())] \
        == list_ids(vault.con, "mohamed", order="name", descending=False)
    vault.lock()
