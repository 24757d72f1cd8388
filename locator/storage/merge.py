"""Import cases from another vault (a copy from another referent); never overwrite silently.

Vaults share no case identity, so cases match by who they are: the same registered
name, nationality and birth date; failing that, the same alias. An incoming case

* with **no match** is added with its records, attachments and timeline (entries
  marked ``imported_on``); its deadlines start again from its decisions, as on any
  save, keeping the "filed" / "set aside" state they had in the copy;
* matching one that already holds **everything it brings** is skipped;
* matching one that **differs** is by default kept beside ours, as a separate case
  whose timeline says "possible duplicate of case N, imported from a copy on DATE".
  The person may instead leave it out (``KEEP_MINE``) or take it (``TAKE_THEIRS``:
  its fields replace ours; decisions, attempts, timeline and attachments are
  united, never dropped).

All in ONE transaction: an import is wholly there or not at all.
"""

from __future__ import annotations

import copy
import functools
import hashlib
import json
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from locator.deadlines.timers import Deadline, DeadlineState
from locator.model.caseio import case_to_dict
from locator.model.cases import KEPT_FIELDS, Case, Event
from locator.model.dates import format_utc, today_brussels, utc_now
from locator.model.events import (
    IMPORT_ADDED,
    IMPORT_DUPLICATE,
    IMPORT_MARK,
    IMPORT_TAKEN,
    NoteAdded,
    event_of,
)
from locator.storage.errors import UnknownCase
from locator.storage.events import insert_event
from locator.storage.rows import case_from_row, to_db
from locator.storage.vault import Vault

#: keys of an event's ``data`` that hold a row id of the vault it was written in
_ID_KEYS = ("decision_id", "attachment_id", "deadline_id", "attempt_id")
_ATTACHMENT_COLUMNS = ("filename", "mime", "size", "added_at", "description", "data")


class Resolution(StrEnum):
    KEEP_BOTH = "keep_both"
    KEEP_MINE = "keep_mine"
    TAKE_THEIRS = "take_theirs"


class MatchedBy(StrEnum):
    IDENTITY = "identity"  # registered name, nationality and birth date
    ALIAS = "alias"


@dataclass(frozen=True)
class Incoming:
    """One case of the copy, and the case of this vault it matches (if any)."""

    their_id: int
    name: str
    mine_id: int | None = None
    mine_name: str = ""
    matched_by: MatchedBy | None = None
    nothing_new: bool = False
    theirs_newer: bool = False

    @property
    def conflict(self) -> bool:
        """Matched, and it differs: the person may choose what happens."""
        return self.mine_id is not None and not self.nothing_new


@dataclass(frozen=True)
class MergePlan:
    incoming: tuple[Incoming, ...]

    @property
    def conflicts(self) -> list[Incoming]:
        """The cases the person may decide about (the rest needs no choice)."""
        return [i for i in self.incoming if i.conflict]


@dataclass
class MergeReport:
    """What an import did; ids are this vault's case numbers."""

    added: list[tuple[int, str]] = field(default_factory=list)
    #: (new case, the case of ours it may duplicate, name)
    kept_both: list[tuple[int, int, str]] = field(default_factory=list)
    taken_theirs: list[tuple[int, str]] = field(default_factory=list)
    kept_mine: list[tuple[int, str]] = field(default_factory=list)
    skipped_identical: list[tuple[int, str]] = field(default_factory=list)

    @property
    def changed_anything(self) -> bool:
        return bool(self.added or self.kept_both or self.taken_theirs)


@dataclass
class _Full:
    """One case with all it holds, as read for a merge (never changed once read: what is
    worked out from it below is kept)."""

    case: Case
    events: list[Event]
    attachments: list[tuple[int, dict[str, Any]]]  # (id, row without id and case_id)
    deadlines: list[Deadline]

    @property
    def updated_at(self) -> str:
        """When the case last changed, as stored (comparable as text)."""
        return str(to_db(self.case.updated_at))

    @functools.cached_property
    def digests(self) -> dict[int, str]:
        return {att_id: _digest(row) for att_id, row in self.attachments}

    @functools.cached_property
    def references(self) -> dict[str, dict[int, str]]:
        """What the row ids in timeline data stand for, in words that hold in any vault."""
        decisions = {d.id or 0: repr(_decision_key(d)) for d in self.case.decisions}
        return {
            "attachment_id": self.digests, "decision_id": decisions,
            "attempt_id": {a.id or 0: repr(_attempt_key(a))
                           for a in self.case.deportation_attempts},
            "deadline_id": {d.id: f"{d.rule} {decisions.get(d.decision_id or 0, d.due)}"
                            for d in self.deadlines}}

    @functools.cached_property
    def event_keys(self) -> dict[str, int]:
        refs = self.references
        return {_event_key(e, refs): e.id or 0 for e in self.events}


def _load(vault: Vault, case_id: int) -> _Full:
    con = vault.con
    attachments = [(int(r["id"]), {k: r[k] for k in _ATTACHMENT_COLUMNS}) for r in con.execute(
        "SELECT * FROM attachments WHERE case_id = ? ORDER BY id", (case_id,))]
    return _Full(vault.get_case(case_id), vault.events(case_id), attachments,
                 vault.deadlines(case_id))


def is_closed(vault: Vault, case_id: int) -> bool:
    """Whether a case is closed (``closed_at``, kept by the vault: not a fact typed in)."""
    try:
        return vault.get_case(case_id).closed_at is not None
    except UnknownCase:
        return False


def _digest(row: Mapping[str, Any]) -> str:
    return hashlib.sha256(str(row["filename"]).encode() + b"\0" + bytes(row["data"])).hexdigest()


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def _identity(case: Case) -> tuple[str, ...] | None:
    names = (_norm(case.registered_last_name), _norm(case.registered_first_name))
    return (*names, case.nationality_recorded, to_db(case.birth_date_recorded)) \
        if any(names) else None


def _content(full: _Full) -> str:
    """The case's own fields, comparable across vaults (no row ids, no time stamps)."""
    digests = full.digests
    data = {k: v for k, v in case_to_dict(full.case).items() if k not in {"id", *KEPT_FIELDS}}
    for name in ("contacts", "decisions", "deportation_attempts"):
        for item in data[name]:
            item.pop("id", None)
            if item.get("attachment_id") is not None:
                item["attachment_id"] = digests.get(item["attachment_id"], "")
    return json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)


def _event_key(event: Event, refs: Mapping[str, Mapping[int, str]]) -> str:
    """An entry as it reads in any vault: row ids are replaced by what they stand for."""
    data = {k: refs[k].get(v, "") if k in _ID_KEYS else v
            for k, v in event.data.items() if k != IMPORT_MARK}
    return json.dumps([event.kind.value, format_utc(event.at), event.summary,
                       event.recorded_by, data], sort_keys=True, ensure_ascii=False, default=str)


def plan_merge(mine: Vault, theirs: Vault) -> MergePlan:
    """Match every case of ``theirs`` against ``mine``; changes nothing."""
    by_identity: dict[tuple[str, ...], list[int]] = {}
    by_alias: dict[str, list[int]] = {}
    for row in mine.con.execute("SELECT * FROM cases ORDER BY id"):
        case = case_from_row(row)
        key = _identity(case)
        if key is not None:
            by_identity.setdefault(key, []).append(int(row["id"]))
        if _norm(case.alias):
            by_alias.setdefault(_norm(case.alias), []).append(int(row["id"]))
    items: list[Incoming] = []
    for summary in sorted(theirs.list_cases(include_closed=True), key=lambda s: s.id):
        full = _load(theirs, summary.id)
        key = _identity(full.case)
        matched_by, candidates = MatchedBy.IDENTITY, by_identity.get(key, []) if key else []
        if not candidates and _norm(full.case.alias):
            matched_by, candidates = MatchedBy.ALIAS, by_alias.get(_norm(full.case.alias), [])
        if not candidates:
            items.append(Incoming(summary.id, full.case.display_name()))
            continue
        loaded = [_load(mine, case_id) for case_id in candidates]
        content, keys = _content(full), set(full.event_keys)
        digests = set(full.digests.values())
        same = [m for m in loaded if content == _content(m)  # and all it has is here
                and keys <= set(m.event_keys) and digests <= set(m.digests.values())]
        best = same[0] if same else max(loaded, key=lambda m: (m.updated_at, m.case.id or 0))
        items.append(Incoming(summary.id, full.case.display_name(), best.case.id,
                              best.case.display_name(), matched_by, bool(same),
                              full.updated_at > best.updated_at))
    return MergePlan(tuple(items))


def apply_merge(mine: Vault, theirs: Vault, plan: MergePlan,
                choices: Mapping[int, Resolution] | None = None, *,
                now: datetime | None = None) -> MergeReport:
    """Carry out ``plan``; ``choices`` (by the copy's case id) default to keep both."""
    now = now or utc_now()
    day = today_brussels(now).isoformat()
    report = MergeReport()
    mine.require_sound()  # nothing merged into a damaged vault (issue 18)
    with mine.transaction() as con:
        for item in plan.incoming:
            choice = (choices or {}).get(item.their_id, Resolution.KEEP_BOTH)
            if item.mine_id is not None and item.nothing_new:
                report.skipped_identical.append((item.mine_id, item.mine_name))
            elif item.mine_id is not None and choice is Resolution.KEEP_MINE:
                report.kept_mine.append((item.mine_id, item.mine_name))
            elif item.mine_id is not None and choice is Resolution.TAKE_THEIRS:
                _write(mine, con, _load(theirs, item.their_id), _load(mine, item.mine_id), day)
                _note(con, item.mine_id, now, day, IMPORT_TAKEN, taken_from_copy=True)
                report.taken_theirs.append((item.mine_id, item.mine_name))
            elif item.mine_id is not None:
                new_id = _write(mine, con, _load(theirs, item.their_id), None, day)
                _note(con, new_id, now, day, IMPORT_DUPLICATE, duplicate_of=item.mine_id)
                report.kept_both.append((new_id, item.mine_id, item.name))
            else:
                new_id = _write(mine, con, _load(theirs, item.their_id), None, day)
                _note(con, new_id, now, day, IMPORT_ADDED)
                report.added.append((new_id, item.name))
    return report


def _note(con: Any, case_id: int, now: datetime, day: str, text: str,
          duplicate_of: int | None = None, taken_from_copy: bool = False) -> None:
    payload = NoteAdded(imported_on=day, duplicate_of=duplicate_of,
                        taken_from_copy=taken_from_copy)
    insert_event(con, case_id, event_of(payload, at=now, summary=text.format(
        day=day, duplicate_of=duplicate_of)))


def merge_vaults(mine: Vault, theirs: Vault, choices: Mapping[int, Resolution] | None = None,
                 *, now: datetime | None = None) -> MergeReport:
    """Plan and import in one go (every differing match kept side by side by default)."""
    return apply_merge(mine, theirs, plan_merge(mine, theirs), choices, now=now)


def _write(mine: Vault, con: Any, src: _Full, here: _Full | None, day: str) -> int:
    """The copy's case as a new case (``here`` None) or over ours (``here``): its fields win;
    decisions, attempts, attachments and timeline entries are added to ours, never removed."""
    # the copy's row ids → this vault's, per kind of row (keyed like the timeline data)
    maps: dict[str, dict[int, int]] = {key: {} for key in _ID_KEYS}
    case = copy.deepcopy(src.case)
    case.id = None if here is None else here.case.id
    for contact in case.contacts:
        contact.id = None
    ours_d = here.case.decisions if here else []
    ours_a = here.case.deportation_attempts if here else []
    case.decisions, added_d = _unite(ours_d, src.case.decisions, _decision_key, maps["decision_id"])
    case.deportation_attempts, added_a = _unite(ours_a, src.case.deportation_attempts,
                                                _attempt_key, maps["attempt_id"])
    for decision in case.decisions[len(ours_d):]:
        decision.attachment_id = None  # linked below, once the attachments are here
    last = 0 if here is None else con.execute(
        "SELECT coalesce(max(id), 0) FROM events WHERE case_id = ?", (case.id,)).fetchone()[0]
    case_id = mine.write_case(con, case, "", force_new=here is None)
    # the entries written by the save itself go: the copy's own timeline follows
    con.execute("DELETE FROM events WHERE case_id = ? AND id > ?", (case_id, last))
    con.execute("UPDATE cases SET closed_at = ?, created_at = ? WHERE id = ?",
                (to_db(src.case.closed_at), to_db((here or src).case.created_at), case_id))
    _copy_attachments(con, case_id, src, {v: k for k, v in here.digests.items()}
                      if here else {}, maps)
    fresh = _child_ids(con, "decisions", case_id)[len(ours_d):]
    for theirs, new in zip(added_d, fresh, strict=True):
        maps["decision_id"][theirs.id or 0] = new
        if theirs.attachment_id in maps["attachment_id"]:
            con.execute("UPDATE decisions SET attachment_id = ? WHERE id = ?",
                        (maps["attachment_id"][theirs.attachment_id], new))
    fresh = _child_ids(con, "deportation_attempts", case_id)[len(ours_a):]
    maps["attempt_id"].update(zip([a.id or 0 for a in added_a], fresh, strict=True))
    _copy_deadline_states(con, case_id, src.deadlines, maps, utc_now())
    _copy_events(con, case_id, src, here.event_keys if here else {}, maps, day)
    return case_id


def _unite(ours: list[Any], theirs: list[Any], key: Callable[[Any], tuple[Any, ...]],
           ids: dict[int, int]) -> tuple[list[Any], list[Any]]:
    """Ours, then fresh copies of theirs not among ours; also (united, theirs added).
    A match of theirs goes into ``ids`` (their id → ours)."""
    known = {key(item): item.id for item in ours}
    united, added = list(ours), []
    for item in theirs:
        found = known.get(key(item))
        if found is not None:
            ids[item.id or 0] = found
            continue
        fresh = copy.deepcopy(item)
        fresh.id = None
        united.append(fresh)
        added.append(item)
    return united, added


def _decision_key(d: Any) -> tuple[Any, ...]:
    """Two decisions are the same one when they are of the same kind, notified the same way
    at the same time, under the same annexe; two deportation attempts likewise below."""
    return (d.kind, d.notified_at, d.notified_time_known, d.annexe, d.notification_method)


def _attempt_key(a: Any) -> tuple[Any, ...]:
    return (a.date, a.flight, a.destination, a.outcome)


def _child_ids(con: Any, table: str, case_id: int) -> list[int]:
    return [int(r[0]) for r in con.execute(  # table names come from this module only
        f"SELECT id FROM {table} WHERE case_id = ? ORDER BY position, id", (case_id,))]


def _copy_attachments(con: Any, case_id: int, src: _Full, present: Mapping[str, int],
                      maps: dict[str, dict[int, int]]) -> None:
    for att_id, row in src.attachments:
        digest = _digest(row)
        if digest in present:
            maps["attachment_id"][att_id] = present[digest]
            continue
        cur = con.execute(f"INSERT INTO attachments(case_id, {', '.join(row)})"
                          " VALUES (?, ?, ?, ?, ?, ?, ?)", (case_id, *row.values()))
        maps["attachment_id"][att_id] = int(cur.lastrowid)


def _copy_deadline_states(con: Any, case_id: int, deadlines: Iterable[Deadline],
                          maps: dict[str, dict[int, int]], now: datetime) -> None:
    """Deadlines were started again from the decisions; bring over what was filed or set
    aside. A deadline that follows from no decision here is copied as it was."""
    stamp = format_utc(now)
    here: dict[tuple[Any, ...], tuple[int, str]] = {}
    for r in con.execute("SELECT * FROM deadlines WHERE case_id = ?", (case_id,)):
        key = ((r["decision_id"], r["rule"]) if r["decision_id"] is not None
               else (None, r["rule"], r["notified_at"], r["due"]))
        here[key] = (int(r["id"]), str(r["state"]))
    for dl in deadlines:
        decision = maps["decision_id"].get(dl.decision_id) if dl.decision_id is not None else None
        found = here.get((decision, dl.rule) if decision is not None else
                         (None, dl.rule, format_utc(dl.notified_at), dl.due.isoformat()))
        values = (dl.state.value, dl.done_on.isoformat() if dl.done_on else "", dl.done_by,
                  dl.reason)
        if found is not None:
            maps["deadline_id"][dl.id] = found[0]
            if dl.state is not DeadlineState.OPEN and found[1] == DeadlineState.OPEN.value:
                con.execute("UPDATE deadlines SET state = ?, done_on = ?, done_by = ?,"
                            " reason = ?, updated_at = ? WHERE id = ?", (*values, stamp, found[0]))
            continue
        cur = con.execute(
            "INSERT INTO deadlines(case_id, decision_id, rule, notified_at, method, due, ends_at,"
            " conditional, state, done_on, done_by, reason, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (case_id, decision, dl.rule, format_utc(dl.notified_at), dl.method,
             dl.due.isoformat(), format_utc(dl.ends_at) if dl.ends_at else "",
             int(dl.conditional), *values, stamp, stamp))
        maps["deadline_id"][dl.id] = int(cur.lastrowid)


def _copy_events(con: Any, case_id: int, src: _Full, known: Mapping[str, int],
                 maps: dict[str, dict[int, int]], day: str) -> None:
    """The copy's timeline, oldest first, minus entries already here; ids point here."""
    ids: dict[int, int] = {}  # the copy's event id → here (for corrections)
    refs = src.references
    for event in sorted(src.events, key=lambda e: e.id or 0):
        key = _event_key(event, refs)
        if key in known:
            ids[event.id or 0] = known[key]
            continue
        data = {k: v for k, v in event.data.items() if k not in _ID_KEYS}
        data.update({k: maps[k][v] for k, v in event.data.items()  # unmapped ids are dropped
                     if k in _ID_KEYS and isinstance(v, int) and v in maps[k]})
        data[IMPORT_MARK] = day
        copied = Event(event.kind, event.at, event.summary, event.recorded_by, data)
        ids[event.id or 0] = insert_event(con, case_id, copied, ids.get(event.corrects or 0))
