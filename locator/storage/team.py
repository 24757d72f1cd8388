"""The team tables (schema key 8): the only SQL of :mod:`locator.team`.

Every function takes the connection of the caller's transaction (``vault.transaction()``)
or the vault's connection for reads; none opens a transaction of its own, so applying one
change file is ONE transaction together with the cases it writes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from locator.deadlines.timers import DeadlineState
from locator.model.cases import Case, Event
from locator.model.dates import format_utc, parse_utc, utc_now
from locator.model.events import AttachmentAdded, NoteAdded, event_of
from locator.storage.deadlines import _set_state, load_deadlines
from locator.storage.events import event_from_row, insert_event
from locator.storage.schema import MIGRATIONS


def available(con: Any) -> bool:
    """True when this vault has the team tables (schema key 8)."""
    return 8 in MIGRATIONS and con.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'team'").fetchone() is not None


def in_team(con: Any) -> bool:
    """This vault has joined or made a team."""
    return available(con) and get(con, "team") is not None


# -- settings of this device ------------------------------------------------------------

def get(con: Any, key: str) -> str | None:
    row = con.execute("SELECT value FROM team WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def put(con: Any, key: str, value: str) -> None:
    con.execute("INSERT OR REPLACE INTO team(key, value) VALUES (?, ?)", (key, value))


def settings(con: Any) -> dict[str, str]:
    return {str(r[0]): str(r[1]) for r in con.execute("SELECT key, value FROM team")}


def keys(con: Any) -> dict[int, bytes]:
    return {int(r[0]): bytes(r[1]) for r in con.execute("SELECT epoch, key FROM team_keys")}


def add_key(con: Any, epoch: int, key: bytes) -> None:
    con.execute("INSERT OR IGNORE INTO team_keys(epoch, key) VALUES (?, ?)", (epoch, key))


# -- members ----------------------------------------------------------------------------

@dataclass(frozen=True)
class MemberRow:
    device: str
    name: str
    verify_key: bytes
    box_key: bytes
    removed_after: int | None  # their files after this sequence number are refused
    applied: int  # the last of their files this device applied (-1: none)
    seen: dict[str, int]  # what their newest file said they had applied, by device
    last_seen: str  # UTC text of their newest file's clock, '' when none yet


def members(con: Any) -> dict[str, MemberRow]:
    rows = con.execute("SELECT * FROM team_members ORDER BY name, device")
    return {r["device"]: MemberRow(r["device"], r["name"], bytes(r["verify_key"]),
                                   bytes(r["box_key"]), r["removed_after"], int(r["applied"]),
                                   {str(k): int(v) for k, v in json.loads(r["seen"]).items()},
                                   r["last_seen"]) for r in rows}


def add_member(con: Any, device: str, name: str, verify_key: bytes, box_key: bytes) -> None:
    con.execute("INSERT OR IGNORE INTO team_members(device, name, verify_key, box_key)"
                " VALUES (?, ?, ?, ?)", (device, name, verify_key, box_key))


def remove_member(con: Any, device: str, after: int) -> None:
    """Refuse ``device``'s files after sequence number ``after`` (the lowest cut wins)."""
    con.execute("UPDATE team_members SET removed_after = min(coalesce(removed_after, ?), ?)"
                " WHERE device = ?", (after, after, device))


def mark_applied(con: Any, device: str, seq: int, seen: dict[str, int], last_seen: str) -> None:
    con.execute("UPDATE team_members SET applied = ?, seen = ?, last_seen = ? WHERE device = ?",
                (seq, json.dumps(seen, sort_keys=True), last_seen, device))


# -- invitations ------------------------------------------------------------------------

def add_invite(con: Any, invite: str, token_hash: bytes, by_device: str) -> None:
    con.execute("INSERT OR IGNORE INTO team_invites(invite, token_hash, by_device)"
                " VALUES (?, ?, ?)", (invite, token_hash, by_device))


def invite(con: Any, invite_id: str) -> tuple[bytes, str, str] | None:
    """(token hash, inviter, used by) of an invitation this device knows of."""
    row = con.execute("SELECT token_hash, by_device, used_by FROM team_invites WHERE invite = ?",
                      (invite_id,)).fetchone()
    return None if row is None else (bytes(row[0]), str(row[1]), str(row[2]))


def use_invite(con: Any, invite_id: str, device: str) -> None:
    con.execute("UPDATE team_invites SET used_by = ? WHERE invite = ?", (device, invite_id))


def invites_by(con: Any, device: str) -> list[tuple[str, str]]:
    """(invitation, used by) of the invitations ``device`` made."""
    return [(str(r[0]), str(r[1])) for r in con.execute(
        "SELECT invite, used_by FROM team_invites WHERE by_device = ?", (device,))]


# -- shared cases and their fields ------------------------------------------------------

@dataclass(frozen=True)
class SharedCase:
    uid: str
    case_id: int | None  # None: purged here
    shared: bool  # this device publishes its changes
    purged: bool
    changed_by: str
    changed_at: str
    attachments: bool = False  # its photos and scans go along too (the user said so)


def shared_cases(con: Any) -> list[SharedCase]:
    return [_shared(r) for r in con.execute("SELECT * FROM team_cases ORDER BY uid")]


def _shared(r: Any) -> SharedCase:
    return SharedCase(r["uid"], r["case_id"], bool(r["shared"]), bool(r["purged"]),
                      r["changed_by"], r["changed_at"], bool(r["attachments"]))


def shared_case(con: Any, uid: str) -> SharedCase | None:
    r = con.execute("SELECT * FROM team_cases WHERE uid = ?", (uid,)).fetchone()
    return None if r is None else _shared(r)


def case_uid(con: Any, case_id: int) -> str | None:
    row = con.execute("SELECT uid FROM team_cases WHERE case_id = ?", (case_id,)).fetchone()
    return None if row is None else str(row[0])


def share(con: Any, uid: str, case_id: int, shared: bool = True) -> None:
    con.execute("INSERT INTO team_cases(uid, case_id, shared) VALUES (?, ?, ?)"
                " ON CONFLICT(uid) DO UPDATE SET shared = excluded.shared, signature = ''",
                (uid, case_id, int(shared)))


def share_attachments(con: Any, uid: str, attachments: bool) -> None:
    con.execute("UPDATE team_cases SET attachments = ?, signature = '' WHERE uid = ?",
                (int(attachments), uid))


def signatures(con: Any) -> dict[str, tuple[str, str]]:
    """(what the case is now, what it was at the last publish) of every shared case: its
    last save, closing, newest timeline entry and photo. Equal: nothing to compare."""
    rows = con.execute(
        "SELECT t.uid, c.updated_at || '|' || c.closed_at || '|' ||"
        " coalesce((SELECT max(e.id) FROM events e WHERE e.case_id = c.id), 0) || '|' ||"
        " coalesce((SELECT max(a.id) FROM attachments a WHERE a.case_id = c.id), 0),"
        " t.signature FROM team_cases t JOIN cases c ON c.id = t.case_id")
    return {str(r[0]): (str(r[1]), str(r[2])) for r in rows}


def set_signature(con: Any, uid: str, signature: str) -> None:
    con.execute("UPDATE team_cases SET signature = ? WHERE uid = ?", (signature, uid))


def set_shared(con: Any, case_id: int, shared: bool) -> None:
    con.execute("UPDATE team_cases SET shared = ? WHERE case_id = ?", (int(shared), case_id))


def mark_purged(con: Any, uid: str) -> None:
    con.execute("UPDATE team_cases SET purged = 1, case_id = NULL WHERE uid = ?", (uid,))


def changed(con: Any, uid: str, by: str, at: str) -> None:
    con.execute("UPDATE team_cases SET changed_by = ?, changed_at = ? WHERE uid = ?",
                (by, at, uid))


@dataclass(frozen=True)
class FieldState:
    value: Any  # the field's value in the change files' form
    clock: str  # the hybrid logical clock of the change that set it
    author: str  # the device that made that change


def fields(con: Any, uid: str) -> dict[str, FieldState]:
    return {r[0]: FieldState(json.loads(r[1]), r[2], r[3]) for r in con.execute(
        "SELECT field, value, clock, author FROM team_fields WHERE uid = ?", (uid,))}


def put_field(con: Any, uid: str, name: str, state: FieldState) -> None:
    con.execute("INSERT OR REPLACE INTO team_fields(uid, field, value, clock, author)"
                " VALUES (?, ?, ?, ?, ?)",
                (uid, name, json.dumps(state.value, ensure_ascii=False, sort_keys=True),
                 state.clock, state.author))


# -- timeline entries -------------------------------------------------------------------

def carried_events(con: Any, case_id: int) -> set[int]:
    """The ids of the case's timeline entries already in a change file (or taken from one)."""
    return {int(r[0]) for r in con.execute(
        "SELECT e.id FROM events e JOIN team_events t ON t.event_id = e.id WHERE e.case_id = ?",
        (case_id,))}


def case_events(con: Any, case_id: int) -> list[Event]:
    rows = con.execute("SELECT * FROM events WHERE case_id = ? ORDER BY id", (case_id,))
    return [event_from_row(r) for r in rows]


def event_uids(con: Any, event_ids: Iterable[int]) -> dict[int, str]:
    ids = list(event_ids)
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    return {int(r[0]): str(r[1]) for r in con.execute(
        f"SELECT event_id, uid FROM team_events WHERE event_id IN ({marks})", ids)}


def event_id(con: Any, uid: str) -> int | None:
    row = con.execute("SELECT event_id FROM team_events WHERE uid = ?", (uid,)).fetchone()
    return None if row is None or row[0] is None else int(row[0])


def carry_event(con: Any, uid: str, event_id_: int) -> None:
    con.execute("INSERT OR IGNORE INTO team_events(uid, event_id) VALUES (?, ?)",
                (uid, event_id_))


def add_event(con: Any, case_id: int, event: Event, uid: str) -> int:
    """A timeline entry from another member, in the caller's transaction."""
    corrects = event_id(con, str(event.data.pop("_corrects_uid", ""))) \
        if "_corrects_uid" in event.data else None
    new_id = insert_event(con, case_id, event, corrects=corrects)
    carry_event(con, uid, new_id)
    return new_id


# -- attachments ------------------------------------------------------------------------

def attachments_to_carry(con: Any, case_id: int) -> list[dict[str, Any]]:
    """The case's photos and scans not yet in a change file (nor taken from one)."""
    rows = con.execute(
        "SELECT a.* FROM attachments a LEFT JOIN team_attachments t ON t.attachment_id = a.id"
        " WHERE a.case_id = ? AND t.uid IS NULL ORDER BY a.id", (case_id,))
    return [{k: r[k] for k in ("id", "filename", "mime", "added_at", "description")}
            | {"data": bytes(r["data"])} for r in rows]


def carry_attachment(con: Any, uid: str, attachment_id: int) -> None:
    con.execute("INSERT OR IGNORE INTO team_attachments(uid, attachment_id) VALUES (?, ?)",
                (uid, attachment_id))


def attachment_known(con: Any, uid: str) -> bool:
    return con.execute("SELECT 1 FROM team_attachments WHERE uid = ?",
                       (uid,)).fetchone() is not None


def add_attachment(con: Any, case_id: int, uid: str, filename: str, mime: str, data: bytes,
                   added_at: str, description: str, recorded_by: str) -> int:
    """A photo from another member, as :meth:`CaseStore.add_attachment` adds one, in the
    caller's transaction."""
    cur = con.execute(
        "INSERT INTO attachments(case_id, filename, mime, size, added_at, description, data)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (case_id, filename, mime, len(data), added_at, description, data))
    attachment_id = int(cur.lastrowid)
    insert_event(con, case_id, event_of(AttachmentAdded(attachment_id),
                                        recorded_by=recorded_by))
    carry_attachment(con, uid, attachment_id)
    return attachment_id


# -- deadlines --------------------------------------------------------------------------

def deadline_decision(con: Any, deadline_id: int) -> int | None:
    """The decision a deadline was started by (None: none, or gone)."""
    row = con.execute("SELECT decision_id FROM deadlines WHERE id = ?", (deadline_id,)).fetchone()
    return None if row is None or row[0] is None else int(row[0])


def set_deadline_state(con: Any, case_id: int, decision_id: int | None, rule: str, state: str,
                       done_on: str, done_by: str, reason: str, recorded_by: str) -> int | None:
    """Another member filed or set aside a deadline: the same open deadline here (same
    decision, same rule) takes that state, as :meth:`DeadlineStore.mark_deadline_done` does,
    in the caller's transaction. The id of the timeline entry written, None when no open
    deadline matched (it was settled here already)."""
    for deadline in load_deadlines(con, case_id):
        if deadline.rule == rule and deadline.decision_id == decision_id \
                and deadline.state is DeadlineState.OPEN:
            _set_state(con, deadline, DeadlineState(state), utc_now(), recorded_by,
                       done_on=date.fromisoformat(done_on) if done_on else None,
                       done_by=done_by, reason=reason)
            row = con.execute("SELECT max(id) FROM events WHERE case_id = ?",
                              (case_id,)).fetchone()
            return int(row[0])
    return None


# -- closing and purging ----------------------------------------------------------------

def close_case(con: Any, case_id: int, closed: bool, at: str, recorded_by: str) -> None:
    """Close or reopen a case as :meth:`CaseStore.close_case` does, in the caller's
    transaction (a change file is one transaction)."""
    con.execute("UPDATE cases SET closed_at = ? WHERE id = ?", (at if closed else "", case_id))
    insert_event(con, case_id, event_of(NoteAdded(closed=closed), recorded_by=recorded_by))


def closed_at(con: Any, case_id: int) -> str:
    row = con.execute("SELECT closed_at FROM cases WHERE id = ?", (case_id,)).fetchone()
    return "" if row is None else str(row[0])


def purge_case(con: Any, case_id: int) -> None:
    """Delete a case as :meth:`CaseStore.purge_case` does, in the caller's transaction; the
    caller runs ``VACUUM`` after the commit."""
    con.execute("DELETE FROM case_search WHERE rowid = ?", (case_id,))
    con.execute("DELETE FROM cases WHERE id = ?", (case_id,))
    con.execute("INSERT INTO case_search(case_search) VALUES ('optimize')")


def vacuum(con: Any) -> None:
    """Rewrite the file after a purge (outside any transaction), as purge_case does."""
    con.execute("VACUUM")


def case_exists(con: Any, case_id: int) -> bool:
    return con.execute("SELECT 1 FROM cases WHERE id = ?", (case_id,)).fetchone() is not None


# -- conflicts --------------------------------------------------------------------------

@dataclass(frozen=True)
class ConflictRow:
    id: int
    uid: str
    case_id: int | None
    field: str
    kept: Any
    kept_by: str
    kept_clock: str
    other: Any
    other_by: str
    other_clock: str
    found_at: str


def add_conflict(con: Any, uid: str, name: str, kept: FieldState, other: FieldState) -> None:
    con.execute(
        "INSERT INTO team_conflicts(uid, field, kept, kept_by, kept_clock, other, other_by,"
        " other_clock, found_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (uid, name, json.dumps(kept.value, ensure_ascii=False), kept.author, kept.clock,
         json.dumps(other.value, ensure_ascii=False), other.author, other.clock,
         format_utc(utc_now())))


def conflicts(con: Any, *, open_only: bool = True) -> list[ConflictRow]:
    sql = ("SELECT c.*, t.case_id FROM team_conflicts c LEFT JOIN team_cases t ON t.uid = c.uid"
           + (" WHERE c.resolved_at = ''" if open_only else "") + " ORDER BY c.id")
    return [ConflictRow(r["id"], r["uid"], r["case_id"], r["field"], json.loads(r["kept"]),
                        r["kept_by"], r["kept_clock"], json.loads(r["other"]), r["other_by"],
                        r["other_clock"], r["found_at"]) for r in con.execute(sql)]


def resolve_conflict(con: Any, conflict_id: int) -> None:
    con.execute("UPDATE team_conflicts SET resolved_at = ? WHERE id = ?",
                (format_utc(utc_now()), conflict_id))


def open_conflict_fields(con: Any, uid: str) -> set[str]:
    return {str(r[0]) for r in con.execute(
        "SELECT field FROM team_conflicts WHERE uid = ? AND resolved_at = ''", (uid,))}


def resolve_field(con: Any, uid: str, name: str) -> None:
    """Every open conflict of that field is settled (a newer change of it was made)."""
    con.execute("UPDATE team_conflicts SET resolved_at = ? WHERE uid = ? AND field = ?"
                " AND resolved_at = ''", (format_utc(utc_now()), uid, name))


def iter_case_ids(con: Any) -> Iterator[int]:
    for row in con.execute("SELECT id FROM cases ORDER BY id"):
        yield int(row[0])


def moment(text: str) -> str:
    """Normalise stored UTC text (round trip through the vault's own parser)."""
    return format_utc(parse_utc(text)) if text else ""


def new_case(con: Any, vault: Any, case: Case, recorded_by: str) -> int:
    """A case from another member: written by the vault's save path inside the caller's
    transaction."""
    return int(vault.write_case(con, case, recorded_by, force_new=True))
