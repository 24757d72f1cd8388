"""Reading and writing cases, the timeline and attachments inside the vault.

Mixed into :class:`locator.storage.vault.Vault`; every write is one transaction.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Collection, Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import astuple
from typing import Any

from locator.model.cases import (
    CASE_FIELDS,
    LAWYER_COLUMNS,
    SCALAR_FIELDS,
    AttachmentInfo,
    Case,
    CaseNames,
    CaseSummary,
    Event,
    EventKind,
    Status,
)
from locator.model.countries import all_names
from locator.model.dates import format_utc, parse_utc, utc_now
from locator.model.events import (
    AttachmentAdded,
    AttemptRecorded,
    CaseCreated,
    DecisionRecorded,
    NoteAdded,
    StatusChanged,
    event_of,
)
from locator.model.fieldinfo import Kind, Search, require_every_kind
from locator.storage.deadlines import sync_deadlines
from locator.storage.errors import CaseChangedElsewhere, UnknownCase
from locator.storage.events import event_from_row, insert_event
from locator.storage.rows import (
    attempt_from_row,
    case_from_row,
    case_row,
    contact_from_row,
    decision_from_row,
    scalar_from_db,
    to_db,
)
from locator.storage.search import ORDERS, RANKED, sort_keys

_TOKEN = re.compile(r"\w+", re.UNICODE)
_SUMMARY_COLUMNS = ("id, alias, registered_last_name, registered_first_name, real_name, "
                    "nationality_recorded, status, centre, updated_at, closed_at")
_NAME_COLUMNS = "id, alias, registered_last_name, registered_first_name, real_name, other_spellings"


def fts_query(text: str) -> str:
    """Turn what a person typed into a safe FTS5 query: every word as a quoted prefix.

    Quotes, ``*``, ``:``, ``NEAR``, ``AND``, parentheses … are never FTS syntax here.
    """
    return " ".join(f'"{token}"*' for token in _TOKEN.findall(text))


def _centre_as_text(centre_id: str) -> str:
    return centre_id


class CaseStore:
    """Case operations over an open connection (see :class:`locator.storage.vault.Vault`)."""

    con: Any
    transaction: Callable[[], AbstractContextManager[Any]]
    #: Turns a centre id into the words search should find (set by the app).
    centre_text: Callable[[str], str] = staticmethod(_centre_as_text)

    # -- cases ----------------------------------------------------------------

    def save_case(self, case: Case, recorded_by: str = "", *, base: Case | None = None,
                  overwrite: Collection[str] = ()) -> Case:
        """Insert or update one case with its nested records; returns it as stored.

        An existing case is saved field by field against ``base``, the case as it was read
        before it was edited (by default the copy :meth:`get_case` keeps on the case it
        hands out, which edited copies carry along): only the fields that differ from
        ``base`` are written, over the case as it is in the vault now, in one write
        transaction. A field that was changed in the vault since ``base`` (another window,
        the command line) to another value than this save's raises
        :class:`CaseChangedElsewhere` naming it, and nothing is saved — unless it is in
        ``overwrite`` (the person chose to keep their value). With no ``base`` known the
        whole case is written, as given.
        """
        with self.transaction() as con:
            case_id = self._save_in(con, case, recorded_by, base, frozenset(overwrite))
            self._saved(con, case.id)
        return self.get_case(case_id)

    def _saved(self, con: Any, case_id: int | None) -> None:
        """Inside a save's transaction (``case_id``: None for a new case); the vault drops
        a draft brought back for that case here."""

    def update_case(self, case_id: int, change: Callable[[Case], Case],
                    recorded_by: str = "") -> Case:
        """Read the case, ``change`` it and write what changed, all inside one write
        transaction: no other writer can come in between (the command line's ``update``).
        ``change`` gets the case as stored and returns the new case (it may raise to save
        nothing)."""
        with self.transaction() as con:
            current = self.get_case(case_id)
            wanted = change(copy.deepcopy(current))
            wanted.id = case_id
            self._write_changes(con, wanted, current, current, frozenset(), recorded_by)
        return self.get_case(case_id)

    def add_cases(self, cases: Iterable[Case], recorded_by: str = "") -> list[int]:
        """Add many new cases in one transaction (import)."""
        with self.transaction() as con:
            return [self.write_case(con, c, recorded_by, force_new=True) for c in cases]

    def get_case(self, case_id: int) -> Case:
        case = self._read_case(self.con, case_id)
        self._remember(case)
        return case

    def _read_case(self, con: Any, case_id: int) -> Case:
        row = con.execute("SELECT * FROM cases WHERE id = ?", (case_id,)).fetchone()
        if row is None:
            raise UnknownCase(case_id=case_id)
        case = case_from_row(row)
        case.contacts = [contact_from_row(r) for r in self._children(con, "contacts", case_id)]
        case.decisions = [decision_from_row(r) for r in self._children(con, "decisions", case_id)]
        case.deportation_attempts = [
            attempt_from_row(r) for r in self._children(con, "deportation_attempts", case_id)]
        return case

    # -- saving what changed ------------------------------------------------------------

    @staticmethod
    def _remember(case: Case) -> None:
        """Keep, on the case handed out, a copy of it as read: the base a later save of it,
        or of an edited copy of it (``copy.deepcopy`` and :func:`case_from_dict` keep it),
        is compared with (:meth:`save_case`)."""
        vars(case)[_AS_READ] = copy.deepcopy(case)

    def _save_in(self, con: Any, case: Case, recorded_by: str, base: Case | None,
                 overwrite: frozenset[str]) -> int:
        if case.id is None:
            return self.write_case(con, case, recorded_by)
        base = base if base is not None else as_read(case)
        if base is None:
            return self.write_case(con, case, recorded_by)
        current = self._read_case(con, case.id)
        self._write_changes(con, case, base, current, overwrite, recorded_by)
        return case.id

    def _write_changes(self, con: Any, case: Case, base: Case, current: Case,
                       overwrite: frozenset[str], recorded_by: str) -> None:
        """Write the fields where ``case`` differs from ``base`` over ``current`` (the
        case as stored now, read inside this transaction)."""
        mine, was, now = facets(case), facets(base), facets(current)
        changed = [name for name in mine if mine[name] != was[name]]
        clash = tuple(name for name in changed
                      if now[name] != was[name] and now[name] != mine[name]
                      and name not in overwrite)
        if clash:
            raise CaseChangedElsewhere(clash, current)
        writing = [name for name in changed if now[name] != mine[name]]
        if not writing:
            return  # nothing new: no write, no timeline entry
        merged = copy.deepcopy(current)
        for name in writing:
            record, _, field_name = name.partition(".")
            if record == "lawyer":
                setattr(merged.lawyer, field_name, getattr(case.lawyer, field_name))
            else:
                setattr(merged, name, copy.deepcopy(getattr(case, name)))
        self.write_case(con, merged, recorded_by)

    def list_cases(self, query: str = "", *, include_closed: bool = False
                   ) -> list[CaseSummary]:
        """Cases, most recently changed first; ``query`` is the search box."""
        return [summary_from_row(r) for r in self.summary_rows(query,
                                                               include_closed=include_closed)]

    def summary_rows(self, query: str = "", *, include_closed: bool = False
                     ) -> list[tuple[Any, ...]]:
        """The list's raw rows (see :func:`summary_from_row`), newest change first.

        Plain tuples, so a long list costs no Python object per case until shown.
        """
        match = fts_query(query)
        if query.strip() and not match:
            return []
        where = [] if include_closed else ["closed_at = ''"]
        params: tuple[str, ...] = ()
        if match:
            where.append("id IN (SELECT rowid FROM case_search WHERE case_search MATCH ?)")
            params = (match,)
        clause = f" WHERE {' AND '.join(where)}" if where else ""
        cursor = self.con.cursor()
        cursor.row_factory = None  # plain tuples: this runs over every case in the list
        rows: Iterator[Any] = cursor.execute(
            f"SELECT {_SUMMARY_COLUMNS} FROM cases{clause} ORDER BY updated_at DESC, id DESC",
            params)
        return list(rows)

    def case_ids(self, query: str = "", *, include_closed: bool = False,
                 order: str = "updated", descending: bool = True,
                 ranks: dict[str, int] | None = None) -> list[int]:
        """The ids of the list's cases in its order (see :func:`list_ids`)."""
        return list_ids(self.con, query, include_closed=include_closed, order=order,
                        descending=descending, ranks=ranks)

    def summaries_of(self, case_ids: Collection[int]) -> dict[int, tuple[Any, ...]]:
        """The list's raw rows (see :func:`summary_from_row`) of these cases, by id."""
        if not case_ids:
            return {}
        cursor = self.con.cursor()
        cursor.row_factory = None
        marks = ", ".join("?" * len(case_ids))
        rows: Iterator[Any] = cursor.execute(
            f"SELECT {_SUMMARY_COLUMNS} FROM cases WHERE id IN ({marks})", tuple(case_ids))
        return {row[0]: row for row in rows}

    def distinct_values(self, column: str) -> list[str]:
        """The values a :data:`~locator.storage.search.RANKED` column holds (to rank)."""
        if column not in RANKED:
            raise ValueError(column)
        return [str(r[0]) for r in self.con.execute(f"SELECT DISTINCT {column} FROM cases")]

    def close_case(self, case_id: int, closed: bool = True) -> None:
        """Close (hide from the list, keep everything) or reopen a case."""
        stamp = format_utc(utc_now()) if closed else ""
        with self.transaction() as con:
            self._require(con, case_id)
            con.execute("UPDATE cases SET closed_at = ? WHERE id = ?", (stamp, case_id))
            insert_event(con, case_id, event_of(NoteAdded(closed=closed)))

    def purge_case(self, case_id: int) -> None:
        """Delete a case for good, then rewrite the file so it cannot be recovered from it."""
        with self.transaction() as con:
            self._require(con, case_id)
            con.execute("DELETE FROM case_search WHERE rowid = ?", (case_id,))
            con.execute("DELETE FROM cases WHERE id = ?", (case_id,))
            # merge the index's segments so no old token of the case survives in them
            con.execute("INSERT INTO case_search(case_search) VALUES ('optimize')")
        self.con.execute("VACUUM")

    def case_count(self) -> int:
        return int(self.con.execute("SELECT count(*) FROM cases").fetchone()[0])

    # -- timeline ---------------------------------------------------------------

    def add_event(self, case_id: int, event: Event) -> Event:
        with self.transaction() as con:
            self._require(con, case_id)
            event_id = insert_event(con, case_id, event)
        event.id, event.case_id = event_id, case_id
        return event

    def events(self, case_id: int) -> list[Event]:
        rows = self.con.execute(
            "SELECT * FROM events WHERE case_id = ? ORDER BY at, id", (case_id,))
        return [event_from_row(r) for r in rows]

    # -- name search ------------------------------------------------------------------

    def case_names(self) -> list[CaseNames]:
        """The names of every case, closed ones too, in :meth:`list_cases` order. One query."""
        cursor = self.con.cursor()
        cursor.row_factory = None  # plain tuples: this runs over every case
        rows: Iterator[Any] = cursor.execute(
            f"SELECT {_NAME_COLUMNS} FROM cases ORDER BY updated_at DESC, id DESC")
        return [CaseNames(case_id, alias, last, first, real_name,
                          scalar_from_db("other_spellings", spellings))
                for case_id, alias, last, first, real_name, spellings in rows]

    def visit_events(self) -> dict[int, list[Event]]:
        """Every case's ``visit`` entries and the entries that correct one, by case id.

        Each list is in :meth:`events` order, so :func:`locator.procedure.visits.visits` reads
        it as it reads the whole timeline (the other entries play no part). One query.
        """
        rows = self.con.execute(
            "SELECT * FROM events WHERE kind = ? OR corrects IN"
            " (SELECT id FROM events WHERE kind = ?) ORDER BY case_id, at, id",
            (EventKind.VISIT.value, EventKind.VISIT.value))
        found: dict[int, list[Event]] = {}
        for row in rows:
            found.setdefault(int(row["case_id"]), []).append(event_from_row(row))
        return found

    # -- attachments --------------------------------------------------------------

    def add_attachment(self, case_id: int, filename: str, mime: str, data: bytes,
                       description: str = "", recorded_by: str = "") -> AttachmentInfo:
        now = utc_now()
        with self.transaction() as con:
            self._require(con, case_id)
            cur = con.execute(
                "INSERT INTO attachments(case_id, filename, mime, size, added_at, description,"
                " data) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (case_id, filename, mime, len(data), format_utc(now), description, data))
            att_id = int(cur.lastrowid)
            insert_event(con, case_id, event_of(AttachmentAdded(att_id), at=now,
                                                recorded_by=recorded_by))
        return AttachmentInfo(att_id, case_id, filename, mime, len(data), now, description)

    def attachments(self, case_id: int) -> list[AttachmentInfo]:
        rows = self.con.execute(
            "SELECT id, case_id, filename, mime, size, added_at, description FROM attachments "
            "WHERE case_id = ? ORDER BY id", (case_id,))
        return [AttachmentInfo(r["id"], r["case_id"], r["filename"], r["mime"], r["size"],
                               parse_utc(r["added_at"]), r["description"]) for r in rows]

    def attachment_data(self, attachment_id: int) -> bytes:
        row = self.con.execute("SELECT data FROM attachments WHERE id = ?",
                               (attachment_id,)).fetchone()
        if row is None:
            raise UnknownCase("There is no attachment number {n}.", n=attachment_id)
        return bytes(row[0])

    # -- internals ------------------------------------------------------------------

    @staticmethod
    def _require(con: Any, case_id: int) -> None:
        if con.execute("SELECT 1 FROM cases WHERE id = ?", (case_id,)).fetchone() is None:
            raise UnknownCase(case_id=case_id)

    @staticmethod
    def _children(con: Any, table: str, case_id: int) -> Iterator[Any]:
        rows: Iterator[Any] = con.execute(  # table names come from this module only
            f"SELECT * FROM {table} WHERE case_id = ? ORDER BY position, id", (case_id,))
        return rows

    def write_case(self, con: Any, case: Case, recorded_by: str,
                   force_new: bool = False) -> int:
        """Write a whole case inside the caller's transaction (``con``); its id."""
        now = format_utc(utc_now())
        row = case_row(case)
        row["sort_name"], row["sort_registered"] = sort_keys(
            row["alias"], row["registered_last_name"], row["registered_first_name"],
            row["real_name"])
        old: tuple[str, str] | None = None  # (status, centre) as stored before this save
        if case.id is None or force_new:
            columns = ", ".join(row)
            marks = ", ".join("?" for _ in row)
            cur = con.execute(
                f"INSERT INTO cases({columns}, created_at, updated_at) VALUES ({marks}, ?, ?)",
                (*row.values(), now, now))
            case_id = int(cur.lastrowid)
            insert_event(con, case_id, event_of(CaseCreated(), at=parse_utc(now),
                                                recorded_by=recorded_by))
        else:
            case_id = case.id
            old_row = con.execute("SELECT status, centre FROM cases WHERE id = ?",
                                  (case_id,)).fetchone()
            if old_row is None:
                raise UnknownCase(case_id=case_id)
            old = (old_row[0], old_row[1])
            assignments = ", ".join(f"{name} = ?" for name in row)
            con.execute(f"UPDATE cases SET {assignments}, updated_at = ? WHERE id = ?",
                        (*row.values(), now, case_id))
        self._write_children(con, case_id, case, now, recorded_by)
        if old is not None:
            _change_events(con, case_id, old, row, now, recorded_by)
        self._index(con, case_id, case)
        return case_id

    def _write_children(self, con: Any, case_id: int, case: Case, now: str,
                        recorded_by: str) -> None:
        known = _ids(con, "decisions", case_id)
        known_attempts = _ids(con, "deportation_attempts", case_id)
        known_contacts = _ids(con, "contacts", case_id)
        for table in ("contacts", "deportation_attempts"):
            con.execute(f"DELETE FROM {table} WHERE case_id = ?", (case_id,))
        for pos, c in enumerate(case.contacts):
            con.execute("INSERT INTO contacts(id, case_id, position, name, role, phones, email)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (c.id if c.id in known_contacts else None, case_id, pos, c.name,
                         to_db(c.role), to_db(c.phones), c.email))
        # Decisions keep their rows (deadlines point at them): update, insert, delete.
        keep = {d.id for d in case.decisions if d.id in known}
        for gone in known - keep:
            con.execute("DELETE FROM decisions WHERE id = ?", (gone,))
        decision_ids: list[int] = []
        for pos, d in enumerate(case.decisions):
            values = (pos, to_db(d.kind), to_db(d.notified_at), d.annexe,
                      to_db(d.notification_method), to_db(d.earlier_removal),
                      to_db(d.subsequent_asylum_in_detention), d.attachment_id, d.note,
                      int(d.notified_time_known))
            if d.id in keep:
                con.execute("UPDATE decisions SET position = ?, kind = ?, notified_at = ?,"
                            " annexe = ?, notification_method = ?, earlier_removal = ?,"
                            " subsequent_asylum_in_detention = ?,"
                            " attachment_id = ?, note = ?, notified_time_known = ?"
                            " WHERE id = ?", (*values, d.id))
                decision_ids.append(int(d.id or 0))
                continue
            cur = con.execute(
                "INSERT INTO decisions(case_id, position, kind, notified_at, annexe,"
                " notification_method, earlier_removal, subsequent_asylum_in_detention,"
                " attachment_id, note, notified_time_known)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (case_id, *values))
            decision_ids.append(int(cur.lastrowid))
            insert_event(con, case_id, event_of(DecisionRecorded(
                int(cur.lastrowid), d.kind, d.annexe, to_db(d.notified_at),
                time_known=d.notified_time_known),
                at=parse_utc(now), recorded_by=recorded_by))
        sync_deadlines(con, case_id, case, decision_ids, parse_utc(now), recorded_by)
        for pos, a in enumerate(case.deportation_attempts):
            cur = con.execute(
                "INSERT INTO deportation_attempts(id, case_id, position, date, flight,"
                " destination, outcome, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (a.id if a.id in known_attempts else None, case_id, pos, to_db(a.date), a.flight,
                 a.destination, to_db(a.outcome), a.note))
            if a.id is None or a.id not in known_attempts:
                insert_event(con, case_id, event_of(AttemptRecorded(
                    int(cur.lastrowid), to_db(a.date), a.outcome),
                    at=parse_utc(now), recorded_by=recorded_by))

    def _index(self, con: Any, case_id: int, case: Case) -> None:
        """The case's words in the search index: each declared field in its column."""
        columns: dict[Search, list[str]] = {column: [] for column in Search}
        for name, info in CASE_FIELDS.items():
            if info.search is not None:
                words = columns[info.search]
                for text in _SEARCH_TEXT[info.kind](self, getattr(case, name)):
                    if text and text not in words:
                        words.append(text)
        con.execute("DELETE FROM case_search WHERE rowid = ?", (case_id,))
        con.execute(f"INSERT INTO case_search(rowid, {', '.join(columns)})"
                    f" VALUES (?{', ?' * len(columns)})",
                    (case_id, *(" ".join(words) for words in columns.values())))


def list_ids(con: Any, query: str = "", *, include_closed: bool = False,
             order: str = "updated", descending: bool = True,
             ranks: dict[str, int] | None = None, limit: int | None = None) -> list[int]:
    """The ids of the list's cases in its order, and nothing else (their count is the
    length): an index walk, never a read of every case.

    ``order``: a key of :data:`locator.storage.search.ORDERS`, or a column of
    :data:`~locator.storage.search.RANKED` with ``ranks``, its values' places (the
    screen's translated names, sorted); unknown values go last. ``query``: the search
    box, matched as :meth:`CaseStore.summary_rows` matches it. ``con``: the vault's
    connection, or one of its readers (:meth:`locator.storage.vault.Vault.reader`).
    ``limit``: only the first ones (the rows a screen shows first).
    """
    found = _matching(query, include_closed)
    if found is None:
        return []
    where, params = found
    way = " DESC" if descending else ""
    if order in ORDERS:
        by = ", ".join(f"{column}{way}" for column in ORDERS[order])
    elif order in RANKED and ranks is not None:
        places = " ".join("WHEN ? THEN ?" for _ in ranks)
        by = f"CASE {order} {places} ELSE {len(ranks)} END{way}, " if ranks else ""
        by += "id DESC"  # not updated_at: the index cases_facts then covers the query
        params += [v for pair in ranks.items() for v in pair]  # after the WHERE's
    else:
        raise ValueError(order)
    clause = f" WHERE {' AND '.join(where)}" if where else ""
    sql = f"SELECT id FROM cases{clause} ORDER BY {by}"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    cursor = con.cursor()
    cursor.row_factory = None
    return [row[0] for row in cursor.execute(sql, params)]


def count_ids(con: Any, query: str = "", *, include_closed: bool = False) -> int:
    """How many cases :func:`list_ids` lists for this search, without reading them."""
    found = _matching(query, include_closed)
    if found is None:
        return 0
    where, params = found
    clause = f" WHERE {' AND '.join(where)}" if where else ""
    return int(con.execute(f"SELECT count(*) FROM cases{clause}", params).fetchone()[0])


def _matching(query: str, include_closed: bool) -> tuple[list[str], list[Any]] | None:
    """The WHERE terms and parameters of a search (None: it can match nothing)."""
    match = fts_query(query)
    if query.strip() and not match:
        return None
    where = [] if include_closed else ["closed_at = ''"]
    params: list[Any] = []
    if match:
        where.append("id IN (SELECT rowid FROM case_search WHERE case_search MATCH ?)")
        params.append(match)
    return where, params


def _one(_store: CaseStore, value: Any) -> list[str]:
    return [str(to_db(value))]


#: what the search index takes of a field's value, by kind (a country by its names in
#: every language, a centre by what the app says it is called)
_SEARCH_TEXT: dict[Kind, Callable[[CaseStore, Any], list[str]]] = {
    Kind.TEXT: _one, Kind.LONG_TEXT: _one, Kind.REFERENCE: _one, Kind.PHONE: _one,
    Kind.EMAIL: _one, Kind.DATE: _one, Kind.PARTIAL_DATE: _one, Kind.DATETIME: _one,
    Kind.ENUM: _one,
    Kind.TEXT_LIST: lambda _store, value: list(value),
    Kind.COUNTRY: lambda _store, code: [all_names(code)] if code else [],
    Kind.CENTRE: lambda store, centre: [store.centre_text(centre)] if centre else [],
}
require_every_kind(_SEARCH_TEXT, "locator.storage.store (the search index)")


def _ids(con: Any, table: str, case_id: int) -> set[int]:
    return {r[0] for r in con.execute(f"SELECT id FROM {table} WHERE case_id = ?", (case_id,))}


def _change_events(con: Any, case_id: int, old: tuple[str, str], new: dict[str, Any],
                   now: str, recorded_by: str) -> None:
    """A status-change event if the stored status or centre differs from the new row's.

    Compares column text: ``old`` is (status, centre) as stored, ``new`` is
    :func:`locator.storage.rows.case_row` of the case being saved.
    """
    old_status, old_centre = old
    if old_status != new["status"] or old_centre != new["centre"]:
        insert_event(con, case_id, event_of(StatusChanged(
            old_status, new["status"], old_centre, new["centre"]),
            at=parse_utc(now), recorded_by=recorded_by))


#: where a case handed out by the vault keeps a copy of itself as it was read
_AS_READ = "_locator_as_read"


def as_read(case: Case) -> Case | None:
    """The case as the vault handed it out, before it was edited; None for a case that was
    not read from a vault."""
    base = vars(case).get(_AS_READ)
    return base if isinstance(base, Case) else None


def facets(case: Case) -> dict[str, Any]:
    """What a save compares, by the field's name (``lawyer.email`` for the lawyer's): each
    fact as its column holds it, each list of records (contacts, decisions, deportation
    attempts) as one value."""
    row = case_row(case)
    found: dict[str, Any] = {name: row[name] for name in SCALAR_FIELDS}
    for name, column in LAWYER_COLUMNS.items():
        found[f"lawyer.{name}"] = row[column]
    for name in ("contacts", "decisions", "deportation_attempts"):
        found[name] = [astuple(item) for item in getattr(case, name)]
    return found


def summary_from_row(row: Any) -> CaseSummary:
    # By position, in _SUMMARY_COLUMNS order: this runs once per case in the list.
    case_id, alias, last, first, real_name, nationality, status, centre, updated, closed = row
    registered = f"{last.upper()} {first}".strip()
    return CaseSummary(
        id=case_id, display_name=alias or registered or real_name, registered_name=registered,
        nationality_recorded=nationality, status=_STATUS[status], centre=centre,
        updated_at=parse_utc(updated), closed=bool(closed))


_STATUS = {s.value: s for s in Status}
