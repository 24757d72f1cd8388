"""Decisions recorded on a case start, recompute and keep their legal deadlines."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from locator.deadlines.timers import DeadlineState
from locator.model.caseio import case_from_dict
from locator.model.cases import Case, Decision, EventKind
from locator.model.errors import FieldError
from locator.storage.vault import Vault

NOW = datetime(2025, 8, 12, 9, 0, tzinfo=UTC)
# one annexe 13septies: urgent appeal, annulment appeal, release request and the
# detention maximum together (issue 14, point 4)
WITH_13SEPTIES = ["be-annulment-detained", "be-detention-cap", "be-detention-max",
                  "be-release-request"]


def add(vault: Vault, earlier: str = "unknown", notified: str = "2025-08-10T11:00",
        kind: str = "removal", name: str = "Sami", annexe: str = "13septies") -> Case:
    return vault.save_case(case_from_dict({"alias": name, "decisions": [
        {"kind": kind, "annexe": annexe, "notified_at": notified,
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
    assert sorted(e.data["rule"] for e in started) == sorted(
        ["be-udn-first", "be-udn-subsequent", *WITH_13SEPTIES])
    # the first release request can be filed at once, the annulment appeal has 10 days
    assert found["be-release-request"].due == date(2025, 8, 10)  # type: ignore[attr-defined]
    assert found["be-annulment-detained"].due == date(2025, 8, 20)  # type: ignore[attr-defined]


@pytest.mark.parametrize("earlier, rules", [
    ("no", ["be-udn-first"]), ("yes", ["be-udn-subsequent"]),
])
def test_known_earlier_order(vault: Vault, earlier: str, rules: list[str]) -> None:
    case = add(vault, earlier)
    assert sorted(by_rule(vault, case.id or 0)) == sorted(rules + WITH_13SEPTIES)


@pytest.mark.parametrize("kind", ["oqt", "removal", "dublin_transfer", "entry_refusal"])
def test_every_removal_measure_starts_the_annulment_appeal(vault: Vault, kind: str) -> None:
    # issue 14, point 4: even after an earlier order, the 10-day window stays open
    case = add(vault, "yes", kind=kind, annexe="")
    assert sorted(by_rule(vault, case.id or 0)) == ["be-annulment-detained", "be-udn-subsequent"]


def test_a_subsequent_asylum_application_in_detention_gets_5_days(vault: Vault) -> None:
    case = vault.save_case(case_from_dict({"alias": "Sami", "decisions": [
        {"kind": "asylum_refusal", "notified_at": "2025-08-10T11:00",
         "subsequent_asylum_in_detention": "yes"}]}))
    (deadline,) = vault.deadlines(case.id)
    assert (deadline.rule, deadline.due) == ("be-asylum-subsequent-detained", date(2025, 8, 18))
    assert vault.get_case(case.id or 0).decisions[0].subsequent_asylum_in_detention.value == "yes"


def test_changing_the_notification_recomputes_and_records(vault: Vault) -> None:
    case = add(vault, "no", annexe="")
    case.decisions[0].notified_at = datetime(2025, 1, 3, 10, 0, tzinfo=UTC)
    case = vault.save_case(case)
    assert by_rule(vault, case.id or 0)["be-udn-first"].due == date(2025, 1, 13)  # type: ignore[attr-defined]
    recomputed = [e for e in vault.events(case.id or 0)
                  if e.kind is EventKind.DEADLINE and e.data["action"] == "recomputed"
                  and e.data["rule"] == "be-udn-first"]
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
    case = vault.save_case(case_from_dict({"alias": "Sami", "decisions": [
        {"kind": "asylum_refusal", "notified_at": "2025-08-10T11:00"}]}))  # 5 days, 10 maybe
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
    case = add(vault, "no", kind="cce_judgment", annexe="")
    case.decisions = []
    case = vault.save_case(case)
    (deadline,) = vault.deadlines(case.id)
    assert deadline.decision_id is None and deadline.state is DeadlineState.OPEN


def test_all_cases_most_urgent_first(vault: Vault) -> None:
    add(vault, "no", "2025-08-01T10:00", name="later")
    add(vault, "yes", "2025-08-01T10:00", name="sooner")
    dues = [d.due for d in vault.deadlines(open_only=True)]
    assert dues == sorted(dues)


def test_the_timer_plan_is_pure_and_says_what_changes() -> None:
    """plan_timers (no vault): starts, then recomputes only open deadlines whose
    notification changed, and sets aside the open ones the decision no longer starts."""
    from dataclasses import replace

    from locator.deadlines.timers import (
        FIRST,
        SUBSEQUENT,
        Deadline,
        Recompute,
        SetAside,
        Start,
        plan_timers,
    )
    from locator.model.cases import Tristate

    decision = case_from_dict({"alias": "Sami", "decisions": [
        {"kind": "removal", "notified_at": "2025-08-10T11:00",
         "earlier_removal": "unknown"}]}, now=NOW).decisions[0]
    started = plan_timers(decision, {})
    assert [(type(c), c.rule, c.conditional) for c in started if isinstance(c, Start)] == [
        (Start, SUBSEQUENT, False), (Start, "be-annulment-detained", False),
        (Start, FIRST, True)]
    assert len(started) == 3
    assert plan_timers(replace(decision, notified_at=None), {}) == []

    def kept(change: Start, state: DeadlineState = DeadlineState.OPEN) -> Deadline:
        return Deadline(1, 1, 1, change.rule, decision.notified_at or NOW,
                        decision.notification_method.value, change.due.due, change.due.ends_at,
                        change.conditional, state, None, "", "")

    five, annul, ten = (kept(c) for c in started if isinstance(c, Start))
    have = {SUBSEQUENT: five, annul.rule: annul, FIRST: ten}
    assert plan_timers(decision, have) == []  # nothing changed
    later = replace(decision, notified_at=datetime(2025, 8, 11, 9, 0, tzinfo=UTC))
    moved = plan_timers(later, {**have, FIRST: replace(ten, state=DeadlineState.DONE)})
    assert [(type(c), c.deadline.rule) for c in moved if isinstance(c, Recompute)] == [
        (Recompute, SUBSEQUENT), (Recompute, annul.rule)] and len(moved) == 2
    known = replace(decision, earlier_removal=Tristate.NO)
    assert plan_timers(known, have) == [
        Recompute(ten, False, next(c.due for c in started if isinstance(c, Start)
                                   and c.rule == FIRST)), SetAside(five)]
    # an open deadline counted by an older rules file is counted again
    stale = replace(annul, due=annul.due.replace(day=annul.due.day + 1))
    (again,) = plan_timers(decision, {**have, annul.rule: stale})
    assert isinstance(again, Recompute) and again.due.due == annul.due


def test_the_brief_says_what_a_conditional_timer_depends_on(vault: Vault) -> None:
    from locator.brief.case import brief_deadline

    case = vault.save_case(case_from_dict({"alias": "Sami", "decisions": [
        {"kind": "asylum_refusal", "notified_at": "2025-08-10T11:00"}]}))
    found = by_rule(vault, case.id or 0)
    ten = found["be-asylum-detained"]
    assert ten.conditional  # type: ignore[attr-defined]
    title = brief_deadline(ten).title  # type: ignore[arg-type]
    assert "not a new one made in detention" in title and "first removal" not in title


# --- a maximum after an extension counts from the detention decision (issue 14, point 6) --


def _decisions(*rows: tuple[str, str]) -> list[Decision]:
    return case_from_dict({"alias": "Sami", "decisions": [
        {"kind": kind, "notified_at": when} for kind, when in rows]}, now=NOW).decisions


def test_extension_maxima_are_counted_from_the_detention_decision() -> None:
    from locator.deadlines.timers import Start, detention_decision, plan_timers

    # DVZ: 2 months, +2 (first extension, 4 in all), +1 by the minister: "Na een
    # vasthouding van 5 maanden moet de vreemdeling opnieuw in vrijheid worden gesteld"
    detention, first, second = _decisions(
        ("detention", "2025-01-10T10:00"), ("detention_extension", "2025-03-05T09:00"),
        ("detention_extension_second", "2025-05-06T09:00"))
    case = [detention, first, second]
    assert detention_decision(first, case) is detention
    starts = {c.rule: c for c in plan_timers(first, {}, case) if isinstance(c, Start)}
    assert starts["be-detention-extended"].due.due == date(2025, 5, 10)  # not 5 July
    assert starts["be-release-request"].due.due == date(2025, 3, 5)  # at once, from itself
    starts = {c.rule: c for c in plan_timers(second, {}, case) if isinstance(c, Start)}
    assert starts["be-detention-cap"].due.due == date(2025, 6, 10)  # not 6 June + 1 month
    # without the detention decision no maximum is shown: 4 months from the extension
    # (5 July) would be later than the law's 10 May
    alone = {c.rule for c in plan_timers(first, {}, [first]) if isinstance(c, Start)}
    assert alone == {"be-release-request"}
    # one started with the detention decision is set aside when that decision goes
    from locator.deadlines.timers import Deadline, SetAside

    made = next(c for c in plan_timers(first, {}, case) if isinstance(c, Start)
                and c.rule == "be-detention-extended")
    kept = Deadline(1, 1, 2, made.rule, first.notified_at or NOW, "hand", made.due.due,
                    made.due.ends_at, False, DeadlineState.OPEN, None, "", "")
    assert [type(c) for c in plan_timers(first, {made.rule: kept}, [first])
            if not isinstance(c, Start)] == [SetAside]


def test_a_new_detention_decision_starts_the_count_again() -> None:
    from locator.deadlines.timers import detention_decision

    # DVZ: "Elke nieuwe weigering leidt tot een nieuwe periode van vasthouding"
    first_held, order, held_again, extension = _decisions(
        ("detention", "2025-01-10T10:00"), ("oqt", "2025-02-01T10:00"),
        ("detention", "2025-02-20T10:00"), ("detention_extension", "2025-04-15T10:00"))
    case = [first_held, order, held_again, extension]
    assert detention_decision(extension, case) is held_again
    # a detention decision recorded after a decision is not the one it extends
    assert detention_decision(first_held, case) is None
    # an annexe 13septies is a detention decision too (it starts the detention maximum)
    (septies,) = case_from_dict({"alias": "Sami", "decisions": [
        {"kind": "oqt", "annexe": "13septies", "notified_at": "2025-01-10T10:00"}]},
        now=NOW).decisions
    assert detention_decision(extension, [septies, extension]) is septies


def test_the_vault_counts_an_extension_from_the_detention_decision(vault: Vault) -> None:
    case = vault.save_case(case_from_dict({"alias": "Sami", "decisions": [
        {"kind": "detention", "notified_at": "2025-01-10T10:00"},
        {"kind": "detention_extension", "notified_at": "2025-03-05T09:00"}]}))
    extended = [d for d in vault.deadlines(case.id) if d.rule == "be-detention-extended"]
    assert [d.due for d in extended] == [date(2025, 5, 10)]
