"""The home screen's queries across cases (no Qt): open deadlines with names, most urgent
first; the nearest deadline of each case; the cases whose next step waits."""

from __future__ import annotations

from pathlib import Path

from locator.deadlines.alerts import is_alarm
from locator.model.caseio import case_from_dict
from locator.model.dates import utc_now
from locator.procedure.today import pending_steps
from locator.storage.today import nearest_deadlines, open_deadlines
from tests.home_fixtures import seed


def test_open_deadlines_carry_names_most_urgent_first(tmp_path: Path) -> None:
    now = utc_now()
    vault, ids = seed(tmp_path / "t.locator", now)
    items = open_deadlines(vault)
    alarms = [i for i in items if is_alarm(i.deadline)]
    assert {i.name for i in items} == {"Sami", "Amina"}
    ends = [i.deadline.ends_at for i in alarms if i.deadline.ends_at is not None]
    assert ends == sorted(ends) and items[: len(alarms)] == alarms  # alarms before the rest
    nearest = nearest_deadlines(vault)
    assert set(nearest) == {ids["Sami"], ids["Amina"]}
    for case_id, deadline in nearest.items():
        assert deadline == next(i.deadline for i in alarms if i.deadline.case_id == case_id)
    vault.lock()


def test_pending_steps_look_at_open_cases_only_and_say_how_many(tmp_path: Path) -> None:
    now = utc_now()
    vault, ids = seed(tmp_path / "t.locator", now)
    closed = vault.save_case(case_from_dict({"alias": "Gone", "status": "released"}))
    assert closed.id is not None
    vault.close_case(closed.id)
    found = pending_steps(vault, now)
    assert found.open_cases == 3 and found.looked_at == 3
    assert {s.case_id for s in found.steps} <= set(ids.values())
    assert ids["Yusuf"] in {s.case_id for s in found.steps}
    levels = [s.level for s in found.steps]
    assert levels == sorted(levels, reverse=True)  # urgent first
    few = pending_steps(vault, now, limit=1)
    assert few.looked_at == 1 and few.open_cases == 3
    vault.lock()
