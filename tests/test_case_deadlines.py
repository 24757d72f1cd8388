"""Decisions recorded on a case start, recompute and keep their legal deadlines."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from locator.model.caseio import case_from_dict
from locator.model.cases import EventKind
from locator.model.errors import FieldError
from locator.storage.deadlines import DeadlineState
from locator.storage.vault import Vault

NOW = datetime(2025, 8, 12, 9, 0, tzinfo=UTC)


def add(vault: Vault, earlier: str = "unknown", notified: str = "2025-08-10T11:00",
        kind: str = "removal", name: str = "Sami"):  # type: ignore[no-untyped-def]
    return vault.save_case(case_from_dict({"alias": name, "decisions": [
        {"kind": kind, "annexe": "13septies", "notified_at": notified,
         "earlier_removal": earlier}]}))


def by_rule(vault: Vault, case_id: int) -> dict[str, object]:
    return {d.rule: d for d in vault.deadlines(case_id)}


def test_unknown_earlier_order_runs_5_days_and_keeps_10_as_conditional(vault: Vault) -> None:
    case = add(vault)
    found = by_rule(vault, case.id or 0)
    five, ten = found["be-udn-subsequent"], found["be-udn-first"]
    assert (five.due, five.conditional) == (date(2025, 8, 18), False)  # type: ignore[attr-defined]
    assert (ten.due, ten.conditional) == (date(2025, 8, 20), True)  # type: ignore[attr-defined]
    assert five.internal_target == date(2025, 8, 16)  # type: ignore[attr-defined]
    started = [e for e in vault.events(case.id or 0) if e.kind is EventKind.DEADLINE]
    assert sorted(e.data["rule"] for e in started) == ["be-udn-first", "be-udn-subsequent"]


@pytest.mark.parametrize("earlier, rules", [
    ("no", ["be-udn-first"]), ("yes", ["be-udn-subsequent"]),
])
def test_known_earlier_order(vault: Vault, earlier: str, rules: list[str]) -> None:
    case = add(vault, earlier)
    assert sorted(by_rule(vault, case.id or 0)) == rules


def test_oqt_also_starts_the_annulment_appeal(vault: Vault) -> None:
    case = add(vault, "no", kind="oqt")
    assert sorted(by_rule(vault, case.id or 0)) == ["be-annulment-detained", "be-udn-first"]


def test_changing_the_notification_recomputes_and_records(vault: Vault) -> None:
    case = add(vault, "no")
    case.decisions[0].notified_at = datetime(2025, 1, 3, 10, 0, tzinfo=UTC)
    case = vault.save_case(case)
    (deadline,) = vault.deadlines(case.id)
    assert deadline.due == date(2025, 1, 13)
    recomputed = [e for e in vault.events(case.id or 0)
                  if e.kind is EventKind.DEADLINE and e.data["action"] == "recomputed"]
    assert recomputed[0].data["old_due"] == "2025-08-20"
    assert recomputed[0].data["due"] == "2025-01-13"


def test_learning_of_an_earlier_order_sets_the_10_days_aside_never_deletes(vault: Vault) -> None:
    case = add(vault, "no")
    case.decisions[0].earlier_removal = case.decisions[0].earlier_removal.__class__("yes")
    case = vault.save_case(case)
    found = by_rule(vault, case.id or 0)
    assert found["be-udn-first"].state is DeadlineState.NOT_APPLICABLE  # type: ignore[attr-defined]
    assert found["be-udn-subsequent"].state is DeadlineState.OPEN  # type: ignore[attr-defined]


def test_mark_done_and_not_applicable(vault: Vault) -> None:
    case = add(vault)
    five, ten = vault.deadlines(case.id, open_only=True)
    with pytest.raises(FieldError) as future:
        vault.mark_deadline_done(five.id, date(2025, 9, 1), "Maître X", now=NOW)
    assert future.value.field == "done_on"
    with pytest.raises(FieldError) as who:
        vault.mark_deadline_done(five.id, date(2025, 8, 12), "  ", now=NOW)
    assert who.value.field == "done_by"
    done = vault.mark_deadline_done(five.id, date(2025, 8, 12), "Maître X", now=NOW)
    assert (done.state, done.done_by) == (DeadlineState.DONE, "Maître X")
    with pytest.raises(FieldError):
        vault.mark_deadline_not_applicable(ten.id, "")
    vault.mark_deadline_not_applicable(ten.id, "Lawyer says: second order")
    assert vault.deadlines(case.id, open_only=True) == []
    assert len(vault.deadlines(case.id)) == 2  # never deleted
    actions = [e.data["action"] for e in vault.events(case.id or 0)
               if e.kind is EventKind.DEADLINE]
    assert sorted(actions) == ["done", "not_applicable", "started", "started"]


def test_removing_the_decision_keeps_its_deadlines(vault: Vault) -> None:
    case = add(vault, "no")
    case.decisions = []
    case = vault.save_case(case)
    (deadline,) = vault.deadlines(case.id)
    assert deadline.decision_id is None and deadline.state is DeadlineState.OPEN


def test_all_cases_most_urgent_first(vault: Vault) -> None:
    add(vault, "no", "2025-08-01T10:00", name="later")
    add(vault, "yes", "2025-08-01T10:00", name="sooner")
    dues = [d.due for d in vault.deadlines(open_only=True)]
    assert dues == sorted(dues)
