"""Importing cases from another referent's copy: nothing newer is ever overwritten silently."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

import locator.storage.merge
from locator.model.caseio import case_from_dict, case_to_dict
from locator.model.cases import Case, Event, EventKind
from locator.storage.backup import export_copy
from locator.storage.merge import (
    MatchedBy,
    Resolution,
    apply_merge,
    is_closed,
    merge_vaults,
    plan_merge,
)
from locator.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.helpers import marker_case

THEIRS = "the other referent's passphrase"
NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


@pytest.fixture
def mine(tmp_path: Path) -> Iterator[Vault]:
    vault = Vault.create(tmp_path / "mine.locator", PASSPHRASE)
    yield vault
    vault.lock()


def copy_of(vault: Vault, tmp_path: Path, name: str = "copy.locator") -> Vault:
    """What another referent holds: an exported copy, opened with its own passphrase."""
    return Vault.open_with_passphrase(export_copy(vault, tmp_path / name, THEIRS), THEIRS)


def other_vault(tmp_path: Path) -> Vault:
    return Vault.create(tmp_path / "other.locator", THEIRS)


def dump(vault: Vault, case_id: int) -> dict[str, object]:
    data = case_to_dict(vault.get_case(case_id))
    data.pop("updated_at")
    return data


def snapshot(vault: Vault) -> list[dict[str, object]]:
    return [case_to_dict(vault.get_case(c.id)) for c in vault.list_cases(include_closed=True)]


def assert_sound(vault: Vault) -> None:
    assert vault.integrity_problems() == []


def full_case(vault: Vault, marker: str) -> Case:
    """A case with every kind of record: decision (with its scan), attempt, events, a filed
    deadline, a deadline set aside, a correction."""
    case = vault.save_case(case_from_dict(marker_case(marker)))
    case_id = case.id or 0
    scan = vault.add_attachment(case_id, "annexe.png", "image/png", marker.encode() * 20)
    case.decisions[0].attachment_id = scan.id
    case = vault.save_case(case)
    note = vault.add_event(case_id, Event(EventKind.CALL, NOW - timedelta(days=3),
                                          summary=f"{marker} called the centre"))
    vault.add_event(case_id, Event(EventKind.CORRECTION, NOW - timedelta(days=2),
                                   summary="it was Caricole", corrects=note.id))
    deadlines = vault.deadlines(case_id)
    assert len(deadlines) >= 2
    vault.mark_deadline_done(deadlines[0].id, date(2025, 8, 12), "Maître Dupont", now=NOW)
    vault.mark_deadline_not_applicable(deadlines[1].id, "no earlier removal order", now=NOW)
    return vault.get_case(case_id)


def test_new_cases_come_with_everything(mine: Vault, tmp_path: Path) -> None:
    theirs = other_vault(tmp_path)
    source = full_case(theirs, "NEWCASE")
    theirs.save_case(case_from_dict({"alias": "Yusuf", "nationality_recorded": "SD"}))
    report = merge_vaults(mine, theirs, now=NOW)

    assert [name for _id, name in report.added] == [source.display_name(), "Yusuf"]
    assert report.kept_both == [] and report.skipped_identical == []
    new_id = report.added[0][0]
    got, want = dump(mine, new_id), dump(theirs, source.id or 0)
    for data in (got, want):
        data.pop("id")
        for name in ("contacts", "decisions", "deportation_attempts"):
            for item in data[name]:  # type: ignore[attr-defined]
                item.pop("id")
                item.pop("attachment_id", None)
    assert got == want
    assert mine.get_case(new_id).created_at == source.created_at

    # the scan came along, and the decision still points at it
    (scan,) = mine.attachments(new_id)
    assert mine.attachment_data(scan.id) == b"NEWCASE" * 20
    assert mine.get_case(new_id).decisions[0].attachment_id == scan.id

    # filed / set aside states were kept; the deadlines follow the decision here
    states = sorted((d.rule, d.state.value, d.done_by, d.reason) for d in mine.deadlines(new_id))
    theirs_states = sorted((d.rule, d.state.value, d.done_by, d.reason)
                           for d in theirs.deadlines(source.id))
    assert states == theirs_states
    decision_id = mine.get_case(new_id).decisions[0].id
    assert {d.decision_id for d in mine.deadlines(new_id)} == {decision_id}

    # the timeline: every entry of the copy, marked imported, ids pointing here
    events = mine.events(new_id)
    copied = [e for e in events if e.data.get("imported_on") == "2026-03-02"]
    assert len(copied) == len(theirs.events(source.id or 0)) + 1
    assert [e.summary for e in events if "duplicate_of" not in e.data and e.kind is
            EventKind.NOTE] == ["Imported from a copy on 2026-03-02."]
    correction = next(e for e in events if e.kind is EventKind.CORRECTION)
    corrected = next(e for e in events if e.id == correction.corrects)
    assert corrected.summary == "NEWCASE called the centre"
    attachment_event = next(e for e in events if e.kind is EventKind.ATTACHMENT)
    assert attachment_event.data["attachment_id"] == scan.id
    own_deadlines = {d.id for d in mine.deadlines(new_id)}
    deadline_events = [e for e in events if e.kind is EventKind.DEADLINE]
    assert deadline_events and all(e.data["deadline_id"] in own_deadlines
                                   for e in deadline_events)

    assert [c.display_name for c in mine.list_cases("NEWCASE")] == [source.display_name()]
    assert_sound(mine)
    theirs.lock()


def test_the_same_copy_brings_nothing_new(mine: Vault, tmp_path: Path) -> None:
    full_case(mine, "SAMECASE")
    mine.save_case(case_from_dict({"alias": "Sami"}))
    theirs = copy_of(mine, tmp_path)
    before = snapshot(mine)
    events_before = [len(mine.events(c.id)) for c in mine.list_cases()]
    report = merge_vaults(mine, theirs, now=NOW)
    assert len(report.skipped_identical) == 2
    assert not report.changed_anything
    assert snapshot(mine) == before
    assert [len(mine.events(c.id)) for c in mine.list_cases()] == events_before
    theirs.lock()


def test_importing_twice_adds_once(mine: Vault, tmp_path: Path) -> None:
    theirs = other_vault(tmp_path)
    full_case(theirs, "TWICE")
    first = merge_vaults(mine, theirs, now=NOW)
    second = merge_vaults(mine, theirs, now=NOW + timedelta(days=1))
    assert len(first.added) == 1
    assert [i for i, _n in second.skipped_identical] == [first.added[0][0]]
    assert mine.case_count() == 1
    theirs.lock()


def test_changed_in_both_places_keeps_both_by_default(mine: Vault, tmp_path: Path) -> None:
    case = mine.save_case(case_from_dict(marker_case("BOTH")))
    theirs = copy_of(mine, tmp_path)
    mine_version = mine.get_case(case.id or 0)
    mine_version.notes = "our notes, changed here"
    mine.save_case(mine_version)
    their_version = theirs.get_case(case.id or 0)
    their_version.notes = "their notes, changed there"
    theirs.save_case(their_version)
    theirs.con.execute("UPDATE cases SET updated_at = '2099-01-01T00:00:00Z'")  # surely newer
    ours_before = dump(mine, case.id or 0)

    plan = plan_merge(mine, theirs)
    (item,) = plan.incoming
    assert item.conflict and item.mine_id == case.id and item.matched_by is MatchedBy.IDENTITY
    assert item.theirs_newer
    report = apply_merge(mine, theirs, plan, now=NOW)

    assert dump(mine, case.id or 0) == ours_before  # ours untouched
    (new_id, duplicate_of, _name), = report.kept_both
    assert duplicate_of == case.id and new_id != case.id
    assert mine.get_case(new_id).notes == "their notes, changed there"
    (note,) = [e for e in mine.events(new_id) if "duplicate_of" in e.data]
    assert note.summary.startswith(f"Possible duplicate of case {case.id}, imported from a "
                                   "copy on 2026-03-02")
    assert note.data["duplicate_of"] == case.id
    assert mine.case_count() == 2
    assert_sound(mine)
    theirs.lock()


def test_keep_mine_changes_nothing(mine: Vault, tmp_path: Path) -> None:
    case = mine.save_case(case_from_dict({"alias": "Sami", "notes": "ours"}))
    theirs = copy_of(mine, tmp_path)
    changed = theirs.get_case(case.id or 0)
    changed.notes = "theirs"
    theirs.save_case(changed)
    before = snapshot(mine)
    report = merge_vaults(mine, theirs, {case.id or 0: Resolution.KEEP_MINE}, now=NOW)
    assert report.kept_mine == [(case.id, "Sami")]
    assert snapshot(mine) == before
    theirs.lock()


def test_take_theirs_unites_records_and_never_drops_a_decision(mine: Vault,
                                                               tmp_path: Path) -> None:
    case = full_case(mine, "TAKE")
    theirs = copy_of(mine, tmp_path)
    case_id = case.id or 0
    ours = mine.get_case(case_id)
    ours.decisions.append(case_from_dict({"alias": "x", "decisions": [
        {"kind": "detention", "notified_at": "2025-08-11T09:00"}]}).decisions[0])
    mine.save_case(ours)
    their_case = theirs.get_case(case_id)
    their_case.notes = "their better notes"
    their_case.deportation_attempts.append(case_from_dict({"alias": "x", "deportation_attempts": [
        {"date": "2025-09-01", "flight": "SN999", "outcome": "brought_back"}]})
        .deportation_attempts[0])
    theirs.save_case(their_case)
    theirs.add_event(case_id, Event(EventKind.VISIT, NOW - timedelta(hours=5),
                                    data={"date": "2026-03-01", "centre": "caricole"}))
    theirs.add_attachment(case_id, "letter.pdf", "application/pdf", b"%PDF their letter")
    our_events = [e.id for e in mine.events(case_id)]

    report = merge_vaults(mine, theirs, {case_id: Resolution.TAKE_THEIRS}, now=NOW)
    assert report.taken_theirs == [(case_id, case.display_name())]
    assert mine.case_count() == 1
    taken = mine.get_case(case_id)
    assert taken.notes == "their better notes"
    assert [d.kind.value for d in taken.decisions] == ["removal", "detention"]  # ours kept
    assert [a.flight for a in taken.deportation_attempts] == ["SN123", "SN999"]
    assert sorted(a.filename for a in mine.attachments(case_id)) == ["annexe.png", "letter.pdf"]
    events = mine.events(case_id)
    assert [e.id for e in events if e.id in our_events] == our_events  # our timeline intact
    new = [e for e in events if e.id not in our_events]
    assert sorted(e.kind.value for e in new) == ["attachment", "deportation_attempt", "note",
                                                 "visit"]
    assert all(e.data.get("imported_on") == "2026-03-02" for e in new)
    assert [e.data.get("taken_from_copy") for e in new if e.kind is EventKind.NOTE] == [True]
    # the deadline states of the shared decision are the same, never reopened; our
    # detention decision adds its three (release request, 2-month and 5-month maximum)
    assert sorted(d.state.value for d in mine.deadlines(case_id)) == sorted(
        [d.state.value for d in theirs.deadlines(case_id)] + ["open", "open", "open"])
    assert_sound(mine)
    theirs.lock()


def test_a_filing_recorded_there_is_brought_over(mine: Vault, tmp_path: Path) -> None:
    case = mine.save_case(case_from_dict({"alias": "Sami", "decisions": [
        {"kind": "detention", "notified_at": "2025-08-10T10:00"}]}))
    theirs = copy_of(mine, tmp_path)
    deadline = theirs.deadlines(case.id, open_only=True)[0]
    theirs.mark_deadline_done(deadline.id, date(2025, 8, 12), "Maître Dupont", now=NOW)
    merge_vaults(mine, theirs, {case.id or 0: Resolution.TAKE_THEIRS}, now=NOW)
    done = [d for d in mine.deadlines(case.id) if d.rule == deadline.rule]
    assert [(d.state.value, d.done_by) for d in done] == [("done", "Maître Dupont")]
    theirs.lock()


def test_alias_matches_when_there_is_no_registered_name(mine: Vault, tmp_path: Path) -> None:
    mine.save_case(case_from_dict({"alias": "Sami le Grand", "notes": "ours"}))
    theirs = other_vault(tmp_path)
    theirs.save_case(case_from_dict({"alias": "sami  LE grand", "notes": "theirs"}))
    theirs.save_case(case_from_dict({"registered_last_name": "Haile", "alias": "Other"}))
    plan = plan_merge(mine, theirs)
    assert [(i.name, i.matched_by) for i in plan.incoming] == [
        ("sami  LE grand", MatchedBy.ALIAS), ("Other", None)]
    theirs.lock()


def test_identity_needs_the_same_nationality_and_birth_date(mine: Vault, tmp_path: Path) -> None:
    mine.save_case(case_from_dict({"registered_last_name": "Tesfaye", "registered_first_name":
                                   "Amanuel", "nationality_recorded": "ER",
                                   "birth_date_recorded": "1994-05"}))
    theirs = other_vault(tmp_path)
    same = {"registered_last_name": "TESFAYE", "registered_first_name": "amanuel",
            "nationality_recorded": "ER", "birth_date_recorded": "1994-05", "notes": "x"}
    theirs.save_case(case_from_dict(same))
    theirs.save_case(case_from_dict({**same, "birth_date_recorded": "1994-06"}))
    theirs.save_case(case_from_dict({**same, "nationality_recorded": "ET"}))
    assert [i.mine_id is not None for i in plan_merge(mine, theirs).incoming] == [
        True, False, False]
    theirs.lock()


def test_a_closed_case_stays_closed(mine: Vault, tmp_path: Path) -> None:
    theirs = other_vault(tmp_path)
    closed = theirs.save_case(case_from_dict({"alias": "Closed one"}))
    theirs.close_case(closed.id or 0)
    report = merge_vaults(mine, theirs, now=NOW)
    new_id = report.added[0][0]
    assert is_closed(mine, new_id)
    assert mine.list_cases() == []
    theirs.lock()


def test_an_import_that_fails_midway_leaves_nothing(mine: Vault, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    mine.save_case(case_from_dict({"alias": "ours"}))
    theirs = other_vault(tmp_path)
    full_case(theirs, "HALF")
    theirs.save_case(case_from_dict({"alias": "second"}))
    before = snapshot(mine)
    calls = []
    real = locator.storage.merge._copy_events

    def fail_on_second(*args: object, **kwargs: object) -> None:
        calls.append(1)
        if len(calls) == 2:
            raise OSError("disk full (injected)")
        real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(locator.storage.merge, "_copy_events", fail_on_second)
    with pytest.raises(OSError):
        merge_vaults(mine, theirs, now=NOW)
    assert snapshot(mine) == before
    assert mine.list_cases("HALF") == []
    assert_sound(mine)
    theirs.lock()


def test_the_copy_is_not_changed(mine: Vault, tmp_path: Path) -> None:
    from tests.helpers import digest

    full_case(mine, "SOURCE")
    theirs = copy_of(mine, tmp_path)
    path = theirs.path
    theirs.lock()
    before = digest(path)
    with Vault.open_with_passphrase(path, THEIRS) as again:
        merge_vaults(mine, again, now=NOW)
    assert digest(path) == before
