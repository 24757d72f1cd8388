"""Visits on the timeline, cases held at a centre, people seen, the 24-hour checklist."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from locator.model.caseio import case_from_dict
from locator.model.cases import Event, EventKind
from locator.procedure.checklist import checked_items, checklist_event
from locator.procedure.guide import StepState, next_steps
from locator.procedure.names import rank
from locator.procedure.visits import (
    SeenAt,
    Visit,
    _seen,
    case_names,
    cases_at,
    last_visit,
    record_visit,
    search_names,
)
from locator.storage.vault import Vault

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def add(vault: Vault, **fields: object) -> int:
    case = vault.save_case(case_from_dict(fields))
    assert case.id is not None
    return case.id


def test_visits_are_timeline_events_and_the_engine_sees_them(vault: Vault) -> None:
    case_id = add(vault, alias="Tesfay", status="detained", centre="vottem",
                  registered_last_name="Haile", nationality_recorded="ER")
    visit = Visit(date(2026, 11, 20), "vottem", visitor="Anne <b>", belongings="jacket 🧥",
                  phone_delivered=True, notes="ok", people=("Yusuf from Sudan", " "))
    event = record_visit(vault, case_id, visit, now=NOW)
    assert event.kind is EventKind.VISIT and event.data["people"] == ["Yusuf from Sudan"]
    events = vault.events(case_id)
    seen = last_visit(events)
    assert seen is not None and seen.visitor == "Anne <b>" and seen.phone_delivered
    assert seen.day == date(2026, 11, 20) and seen.people == ("Yusuf from Sudan",)
    progress = next_steps(vault.get_case(case_id), events, now=NOW)
    assert progress.state("visit") is StepState.DONE
    with pytest.raises(ValueError):
        record_visit(vault, case_id, Visit(date(2026, 11, 30), "vottem"), now=NOW)


def test_corrected_visits_do_not_count_and_odd_data_is_read_leniently() -> None:
    first = Visit(date(2026, 11, 1), "vottem").event(NOW)
    first.id = 7
    odd = Event(EventKind.VISIT, NOW + timedelta(hours=1), id=8,
                data={"date": "not a date", "people": "x", "phone_delivered": "yes"})
    fix = Event(EventKind.CORRECTION, NOW + timedelta(hours=2), corrects=7)
    visit = last_visit([first, odd, fix])
    assert visit is not None and visit.day == (NOW + timedelta(hours=1)).date()
    assert visit.people == () and visit.phone_delivered is False
    assert last_visit([first, fix]) is None


def test_cases_at_a_centre_least_recently_visited_first(vault: Vault) -> None:
    visited = add(vault, alias="A", status="detained", centre="vottem")
    never = add(vault, alias="B", status="transferred", centre="vottem")
    add(vault, alias="C", status="released", centre="vottem")
    add(vault, alias="D", status="detained", centre="caricole")
    record_visit(vault, visited, Visit(date(2026, 11, 2), "vottem"), now=NOW)
    held = cases_at(vault, "vottem")
    assert [h.case.id for h in held] == [never, visited]
    assert held[0].last_visit is None and held[1].last_visit is not None


def test_people_seen_are_searched_with_every_case(vault: Vault) -> None:
    youssef = add(vault, registered_last_name="Ibrahim", registered_first_name="Youssef",
                  status="missing")
    add(vault, alias="Ahmed", status="missing")
    arabic = add(vault, real_name="يوسف آدم", status="missing")
    held = add(vault, alias="Tesfay", status="detained", centre="vottem")
    record_visit(vault, held, Visit(date(2026, 11, 20), "vottem", people=("Yusuf, Sudan",)),
                 now=NOW)
    found = search_names(vault, "Yusuf")
    items = [m.item for m in found]
    assert set(items) == {youssef, arabic, SeenAt("Yusuf, Sudan", held, date(2026, 11, 20),
                                                  "vottem")}
    assert found[0].score >= found[-1].score
    assert search_names(vault, "Yusuf", include_seen=False)[0].item in {youssef, arabic}


def test_name_search_reads_names_and_visits_as_the_full_case_would(vault: Vault) -> None:
    """The two-query read gives what reading every case and timeline in full gives:
    corrected visits drop out, a correction that is itself a visit counts, closed cases
    are searched, the order of equal scores is the list's order."""
    first = add(vault, alias="Yusuf", other_spellings=["Youssef", "Yousef"], status="detained",
                centre="vottem")
    second = add(vault, registered_last_name="Yusuf", registered_first_name="Adam",
                 real_name="Yusuf Adam", status="detained", centre="vottem")
    closed = add(vault, alias="Yusuf", status="released")
    vault.close_case(closed)
    gone = record_visit(vault, first, Visit(date(2026, 11, 1), "vottem", people=("Yusuf A",)),
                        now=NOW)
    vault.add_event(first, Event(EventKind.CORRECTION, NOW + timedelta(hours=1),
                                 corrects=gone.id))
    wrong = record_visit(vault, second, Visit(date(2026, 11, 2), "vottem",
                                              people=("Yusof B",)), now=NOW)
    fixed = Visit(date(2026, 11, 3), "vottem", people=("Yusuf C", "Yusuf D")).event(NOW)
    fixed.corrects = wrong.id
    vault.add_event(second, fixed)
    record_visit(vault, closed, Visit(date(2026, 11, 4), "vottem", people=("Yusuf E",)),
                 now=NOW)
    vault.add_event(second, Event(EventKind.NOTE, NOW, data={"people": ["Yusuf F"]}))
    candidates: list[tuple[object, list[str]]] = []
    for summary in vault.list_cases(include_closed=True):
        candidates.append((summary.id, case_names(vault.get_case(summary.id))))
        candidates += [(s, [s.name]) for s in _seen(summary.id, vault.events(summary.id))]
    for query in ("Yusuf", "Yousef Adam", "Youssef"):
        found = search_names(vault, query, threshold=0.0)
        assert found == rank(query, candidates, threshold=0.0)
        names = {m.name for m in found}
        assert {"Yusuf C", "Yusuf D", "Yusuf E"} <= names
        assert names.isdisjoint({"Yusuf A", "Yusof B", "Yusuf F"})
        assert closed in {m.item for m in found}


def test_the_checklist_is_kept_and_never_marks_the_step_done() -> None:
    case = case_from_dict({"alias": "Sami", "status": "missing",
                           "last_contact_at": "2026-11-23T08:00"})
    events = [checklist_event("wait-first-24-hours", ["friends"], NOW),
              checklist_event("wait-first-24-hours", ["friends", "travel", "travel"],
                              NOW + timedelta(minutes=5)),
              checklist_event("other-step", ["x"], NOW + timedelta(minutes=6))]
    assert checked_items(events, "wait-first-24-hours") == {"friends", "travel"}
    assert checked_items(events[:1], "wait-first-24-hours") == {"friends"}
    assert checked_items([], "wait-first-24-hours") == frozenset()
    progress = next_steps(case, events, now=NOW + timedelta(hours=1))
    assert progress.current is not None and progress.current.id == "wait-first-24-hours"
    assert progress.state("wait-first-24-hours") is StepState.CURRENT


def test_centre_notes_are_kept_in_the_vault(vault) -> None:
    assert vault.centre_note("vottem") == ""
    vault.set_centre_note("vottem", "Visits Tue/Thu afternoon; bring ID 🙂")
    assert vault.centre_note("vottem") == "Visits Tue/Thu afternoon; bring ID 🙂"
    vault.set_centre_note("vottem", "  ")
    assert vault.centre_note("vottem") == ""
