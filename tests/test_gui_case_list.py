"""The case list model, checked by pytest-qt's model tester and for sorting."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from locator.model.cases import CaseSummary, Status
from ui.case.case_list import CASE_ID_ROLE, COL_NAME, COL_UPDATED, CaseListModel

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
