"""The timeline describes every event through one function: no feature replaces it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from locator.model.caseio import case_from_dict
from locator.model.events import Answer, CallMade, Mark, StepMarked, VisitMade, record
from locator.procedure.guide import load_procedure
from locator.storage.keystore import Keystore
from locator.storage.vault import Vault
from tests.host_fixtures import top_item
from tests.test_gui_deadlines import SECRET, english  # noqa: F401 - an autouse fixture
from ui.app import Controller
from ui.case.timeline import TimelinePanel

pytestmark = pytest.mark.gui


def test_no_feature_patches_the_timeline_description(qtbot: QtBot, tmp_path: Path,
                                                    keystore: Keystore) -> None:
    vault = Vault.create(tmp_path / "d.locator", SECRET)
    case = vault.save_case(case_from_dict({"alias": "Sami", "arrest_date": "2025-08-01"}))
    assert case.id is not None
    record(vault, case.id, CallMade("vottem", "+3242", Answer.NOT_FOUND))
    record(vault, case.id, VisitMade("2025-08-02", "vottem", "Anne", phone_delivered=True))
    first = load_procedure().steps[0]  # any step of the shipped procedure will do
    record(vault, case.id, StepMarked(first.id, Mark.DONE))
    controller = Controller(tmp_path / "d.locator", keystore)
    qtbot.addWidget(controller.window)
    controller.unlocked(vault)
    controller.window.open_case(case.id)
    timeline = controller.window.timeline
    assert isinstance(timeline, TimelinePanel)
    assert "describe" not in vars(timeline)  # every feature installed, none replaced it
    assert type(timeline).describe is TimelinePanel.describe
    lines = [top_item(timeline.tree, i).text(2)
             for i in range(timeline.tree.topLevelItemCount())]
    assert any(line.endswith(": Not found") and "Vottem" in line for line in lines), lines
    assert any("Anne" in line and "phone handed over" in line for line in lines), lines
    assert any(line.endswith("”: done") for line in lines), lines
