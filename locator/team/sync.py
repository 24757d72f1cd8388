"""Publishing this device's changes and applying the others'.

**Publishing** compares each shared case (shared, and the person's consent to share with
referents recorded as yes — checked here, before anything is written) with the last value
of each field this device published or applied (kept in the vault, ``team_fields``): the
fields that differ become changes (when the consent was withdrawn, only that change is
written, so the others stop sharing the case too), each with a fresh hybrid-logical-clock
reading and the reading of the value it replaces (its *parent*). New timeline entries of
the kinds people record (calls, visits, emails, messages, notes, steps, corrections,
briefs sent) go along, append-only, and so do deadlines filed or set aside (matched by
rule and decision), and photos and scans when the user chose to share them with the case.
A purge goes as a purge. One change file holds them all; it is written beside its place,
flushed and renamed, so the folder holds a whole file or none.

**Applying** reads each member's stream in order, in *causal* order across streams (a file
says how far its author had applied every other stream; it waits until this device has
applied as much), so when a change arrives every change its author had seen is here too.
A change whose parent is the value this device holds replaces it. Otherwise both changed
the field without seeing each other's change: a **conflict**. The value with the later clock
is kept on every device (they all converge), and the conflict is recorded with both values
and their authors for a person to settle; nothing is dropped silently. One file is ONE vault
transaction, through the vault's save path (``write_case``, the core of ``save_case``); a
file that fails any check is refused whole before the vault is touched.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import nacl.public

from locator.model.cases import Case, Consent, Event, EventKind
from locator.model.dates import format_utc, parse_utc, utc_now
from locator.storage import team as db
from locator.storage.files import part_names, private_folder, remove_leftover_parts, written_whole
from locator.storage.vault import Vault
from locator.team import changefile
from locator.team.changefile import BadFile, Header
from locator.team.clock import Clock, when
from locator.team.errors import (
    MISPLACED,
    REMOVED_AUTHOR,
    UNKNOWN_AUTHOR,
    UNREADABLE,
    FolderProblem,
    NoTeam,
    RefusedFile,
    TeamsUnavailable,
)
from locator.team.wire import WIRE_FIELDS, apply_field, check, same, wire_fields

STREAMS = "streams"
INVITES = "invites"
_FILE = re.compile(r"(\d{10})\.lct")
_MAX_FILE = changefile.MAX_PAYLOAD + 4096
#: the timeline entries people record; the others (created, status change, decision,
#: attempt, deadline, attachment) each vault writes itself when it saves the change
SHARED_KINDS = frozenset({EventKind.CALL, EventKind.VISIT, EventKind.EMAIL, EventKind.MESSAGE,
                          EventKind.NOTE, EventKind.STEP, EventKind.CORRECTION,
                          EventKind.BRIEF_SENT})
#: a device that wrote nothing for this long writes a file saying what it applied, so the
#: others see it is still there ("last seen") and what it has
HEARTBEAT_S = 6 * 3600
_LOCAL_KEYS = ("decision_id", "attachment_id", "deadline_id", "attempt_id")


def file_name(seq: int) -> str:
    return f"{seq:010d}.lct"


@dataclass
class Team:
    """This device in its team, as the vault keeps it."""

    folder: Path
    team: bytes
    device: str
    name: str
    signing_key: bytes
    box_secret: bytes
    keys: dict[int, bytes]
    next_seq: int
    clock: Clock
    removed: bool = False

    @property
    def epoch(self) -> int:
        return max(self.keys)

    @property
    def stream(self) -> Path:
        return self.folder / STREAMS / self.device

    @classmethod
    def load(cls, vault: Vault) -> Team:
        if not db.available(vault.con):
            raise TeamsUnavailable()
        s = db.settings(vault.con)
        if "team" not in s:
            raise NoTeam()
        return cls(Path(s["folder"]), bytes.fromhex(s["team"]), s["device"], s["name"],
                   bytes.fromhex(s["signing_key"]), bytes.fromhex(s["box_secret"]),
                   db.keys(vault.con), int(s["next_seq"]),
                   Clock.restore(s["device"], s.get("clock")), s.get("removed") == "1")

    def save(self, con: Any) -> None:
        for key, value in (("folder", str(self.folder)), ("team", self.team.hex()),
                           ("device", self.device), ("name", self.name),
                           ("signing_key", self.signing_key.hex()),
                           ("box_secret", self.box_secret.hex()),
                           ("next_seq", str(self.next_seq)), ("clock", self.clock.state()),
                           ("removed", "1" if self.removed else "0")):
            db.put(con, key, value)
        for epoch, key_ in self.keys.items():
            db.add_key(con, epoch, key_)


# -- writing ----------------------------------------------------------------------------

def write_file(team: Team, con: Any, records: list[dict[str, Any]]) -> int:
    """Write one change file of ``records`` in this device's stream; its sequence number.
    Called inside the vault transaction that records what it published: a kill before the
    commit leaves a whole file the vault does not count, and the next number skips it."""
    if team.removed:
        return -1
    try:
        private_folder(team.stream)
        remove_leftover_parts(team.stream, part_names(r"\d{10}\.lct"))
        written = [int(m.group(1)) for p in team.stream.iterdir()
                   if (m := _FILE.fullmatch(p.name))]
    except OSError as err:
        raise FolderProblem(reason=err.strerror or "it cannot be read") from None
    seq = max([team.next_seq, *(n + 1 for n in written)])
    seen = {m.device: m.applied for m in db.members(con).values()
            if m.device != team.device and m.applied >= 0}
    payload = {"v": 1, "at": team.clock.tick(), "seen": seen, "records": records}
    data = changefile.seal(payload, team=team.team, device=bytes.fromhex(team.device),
                           seq=seq, epoch=team.epoch, key=team.keys[team.epoch],
                           signing_key=team.signing_key)
    try:
        with written_whole(team.stream / file_name(seq)) as part:
            part.write_bytes(data)
    except OSError as err:
        raise FolderProblem(reason=err.strerror or "it cannot be written") from None
    team.next_seq = seq + 1
    team.save(con)
    db.put(con, "written_at", format_utc(utc_now()))
    return seq


def _event_record(con: Any, uid: str, event: Event, device: str) -> dict[str, Any]:
    corrects = None
    if event.corrects is not None:
        corrects = db.event_uids(con, [event.corrects]).get(event.corrects)
    data = {k: v for k, v in event.data.items() if k not in _LOCAL_KEYS}
    return {"t": "event", "case": uid, "uid": f"{device}:{event.id}", "kind": event.kind.value,
            "at": format_utc(event.at), "summary": event.summary,
            "recorded_by": event.recorded_by, "data": data, "corrects": corrects}


def _attachments(con: Any, team: Team, uid: str, case_id: int,
                 records: list[dict[str, Any]]) -> int:
    """The photos and scans of a case whose sharing includes them, not yet carried."""
    found = db.attachments_to_carry(con, case_id)
    for item in found:
        attachment_uid = f"{team.device}:{item['id']}"
        records.append({"t": "attachment", "case": uid, "uid": attachment_uid,
                        "filename": item["filename"], "mime": item["mime"],
                        "added_at": item["added_at"], "description": item["description"],
                        "data": base64.b64encode(item["data"]).decode("ascii")})
        db.carry_attachment(con, attachment_uid, int(item["id"]))
    return len(found)


_SETTLED = ("done", "not_applicable")


def _deadline_record(con: Any, uid: str, case: Case, event: Event,
                     device: str) -> dict[str, Any]:
    """A deadline filed or set aside: which one (the rule, and its decision by place in the
    case's list), and how."""
    decision_id = db.deadline_decision(con, int(event.data.get("deadline_id") or 0))
    places = [d.id for d in case.decisions]
    return {"t": "deadline", "case": uid, "uid": f"{device}:{event.id}",
            "rule": str(event.data.get("rule", "")), "state": event.data["action"],
            "decision": places.index(decision_id) if decision_id in places else None,
            "done_on": str(event.data.get("done_on", "")),
            "done_by": str(event.data.get("done_by", "")),
            "reason": str(event.data.get("reason", ""))}


def may_share(case: Case) -> bool:
    """Only a case whose person agreed to share with referents ever reaches the folder."""
    return case.consent_share_referents is Consent.YES


def publish(vault: Vault, team: Team, *, ack: bool = False) -> int:
    """Write this device's changes since its last file (and, with ``ack``, a file saying what
    it applied even when it changed nothing); the number of changes written."""
    if team.removed:
        return 0
    with vault.transaction() as con:
        records: list[dict[str, Any]] = []
        count = 0
        signatures = db.signatures(con)
        settled_before = format_utc(utc_now() - timedelta(seconds=2))
        for shared in db.shared_cases(con):
            if not shared.shared or shared.purged:
                continue
            now_sig, published_sig = signatures.get(shared.uid, ("", ""))
            if now_sig and now_sig == published_sig:
                continue  # not saved, closed, added to since it was last compared
            if shared.case_id is None:  # purged here: the others purge it too
                records.append({"t": "purge", "case": shared.uid, "clock": team.clock.tick()})
                db.mark_purged(con, shared.uid)
                count += 1
                continue
            case = vault.get_case(shared.case_id)
            if not may_share(case):
                # consent withdrawn: the others learn only that (and stop sharing it too)
                count += _case_changes(con, team, shared.uid, case, records,
                                       only=_CONSENT_FIELDS, events=False)
                continue
            count += _case_changes(con, team, shared.uid, case, records)
            if shared.attachments:
                count += _attachments(con, team, shared.uid, int(case.id or 0), records)
            # kept only once its last save is 2 s old: stamps have whole seconds, and a save
            # later in the same second must not look like no change
            db.set_signature(con, shared.uid,
                             now_sig if now_sig.split("|", 1)[0] < settled_before else "")
        if records or ack:
            write_file(team, con, records)
        return count


_CONSENT_FIELDS = ("consent_share_referents", "consent_share_referents_asked_on")


def _case_changes(con: Any, team: Team, uid: str, case: Case, records: list[dict[str, Any]],
                  *, only: tuple[str, ...] = WIRE_FIELDS, events: bool = True) -> int:
    wire = wire_fields(case, bool(db.closed_at(con, int(case.id or 0))))
    state = db.fields(con, uid)
    open_fields = db.open_conflict_fields(con, uid)
    changes = []
    for name in only:
        old = state.get(name)
        if old is None and not events:
            continue  # never published: nothing to withdraw
        if old is not None and same(old.value, wire[name]):
            continue
        reading = team.clock.tick()
        changes.append([name, wire[name], reading, old.clock if old else ""])
        db.put_field(con, uid, name, db.FieldState(wire[name], reading, team.device))
        if name in open_fields:
            db.resolve_field(con, uid, name)  # a new value settles an open conflict of it
    if changes:
        records.append({"t": "case", "case": uid, "changes": changes})
        db.changed(con, uid, team.name, format_utc(utc_now()))
    if not events:
        return len(changes)
    carried = db.carried_events(con, int(case.id or 0))
    entries = 0
    for event in db.case_events(con, int(case.id or 0)):
        if event.id in carried:
            continue
        if event.kind in SHARED_KINDS and "closed" not in event.data:
            records.append(_event_record(con, uid, event, team.device))
        elif event.kind is EventKind.DEADLINE and event.data.get("action") in _SETTLED:
            records.append(_deadline_record(con, uid, case, event, team.device))
        else:
            continue
        db.carry_event(con, f"{team.device}:{event.id}", int(event.id or 0))
        entries += 1
    return len(changes) + entries


# -- reading ----------------------------------------------------------------------------

@dataclass
class SyncReport:
    """What one reading of the folder did."""

    applied: int = 0  # files applied
    changes: int = 0  # field changes, entries and purges applied
    conflicts: int = 0  # new conflicts found
    refused: list[RefusedFile] = field(default_factory=list)
    waiting: int = 0  # files that wait for another (a member not yet known, a missing file)
    published: int = 0  # this device's changes written


@dataclass
class _Loaded:
    header: Header
    payload: dict[str, Any]


def _read(path: Path) -> bytes:
    with path.open("rb") as handle:
        data = handle.read(_MAX_FILE + 1)
    if len(data) > _MAX_FILE:
        raise BadFile(UNREADABLE)
    return data


def _refusal(team: Team, path: Path, reason: str) -> RefusedFile:
    return RefusedFile(name=str(path.relative_to(team.folder)), reason=reason)


def _validate(payload: dict[str, Any]) -> None:
    """Every value of the file is one this vault can hold (else the file is refused)."""
    if payload.get("v") != 1:
        raise BadFile(UNREADABLE)  # written by a newer Locator: update this one
    try:
        when(str(payload["at"]))
        if not isinstance(payload.get("seen", {}), dict) or \
                not isinstance(payload.get("records", []), list):
            raise ValueError("records")
        for rec in payload.get("records", []):
            kind = rec["t"]
            if kind == "case":
                str(rec["case"])
                for name, value, reading, parent in rec["changes"]:
                    if name in WIRE_FIELDS:  # a field a newer Locator added: left out
                        check(name, value)
                    when(reading)
                    if parent:
                        when(parent)
            elif kind == "event":
                EventKind(rec["kind"])
                parse_utc(rec["at"])
                if not isinstance(rec["data"], dict) or not all(
                        isinstance(rec[k], str) for k in ("uid", "summary", "recorded_by")):
                    raise ValueError("event")
            elif kind == "join":
                for key in ("verify", "box", "token"):
                    bytes.fromhex(rec[key])
                if not isinstance(rec["name"], str) or not isinstance(rec["invite"], str):
                    raise ValueError("join")
            elif kind == "invite":
                bytes.fromhex(rec["token_hash"])
                if not isinstance(rec["invite"], str):
                    raise ValueError("invite")
            elif kind == "remove":
                if not isinstance(rec["device"], str) or not isinstance(rec["keys"], dict):
                    raise ValueError("remove")
                int(rec["after"])
                int(rec["epoch"])
                for sealed in rec["keys"].values():
                    bytes.fromhex(sealed)
            elif kind == "attachment":
                base64.b64decode(rec["data"], validate=True)
                parse_utc(rec["added_at"])
                for key in ("filename", "mime", "description"):
                    if not isinstance(rec[key], str):
                        raise ValueError(key)
            elif kind == "deadline":
                if rec["state"] not in _SETTLED or not isinstance(rec["rule"], str):
                    raise ValueError("deadline")
                if rec["done_on"]:
                    date.fromisoformat(rec["done_on"])
            elif kind == "purge":
                str(rec["case"])
            elif kind != "found":
                raise ValueError(kind)
    except (KeyError, TypeError, ValueError, AttributeError):
        raise BadFile(UNREADABLE) from None


def read_and_apply(vault: Vault, team: Team) -> SyncReport:
    """Apply every whole, valid file of the other members this device has not applied."""
    report = SyncReport()
    root = team.folder / STREAMS
    if not root.is_dir():
        raise FolderProblem(reason="there is no streams folder in it")
    loaded: dict[tuple[str, int], _Loaded] = {}
    refused: set[str] = set()
    cutoffs = _removals_ahead(vault, team, root, loaded)
    vacuum = False
    progress = True
    while progress:
        progress = False
        members = db.members(vault.con)
        try:
            devices = sorted(p.name for p in root.iterdir() if p.is_dir())
        except OSError as err:
            raise FolderProblem(reason=err.strerror or "it cannot be read") from None
        for device in devices:
            if device == team.device or device in refused:
                continue
            member = members.get(device)
            seq = member.applied + 1 if member else 0
            path = root / device / file_name(seq)
            if not path.exists():
                continue
            try:
                if device in cutoffs and seq > cutoffs[device]:
                    raise BadFile(REMOVED_AUTHOR)
                item = loaded.get((device, seq)) or _load(vault, team, path, device, seq)
            except BadFile as err:
                refused.add(device)
                report.refused.append(_refusal(team, path, err.reason))
                continue
            if item is None:  # a join whose invitation is not known here yet
                continue
            loaded[(device, seq)] = item
            if not _ready(item, members, team.device):
                continue
            try:
                result = _apply(vault, team, device, item)
            except (KeyError, TypeError, ValueError, IndexError):  # rolled back whole
                refused.add(device)
                report.refused.append(_refusal(team, path, UNREADABLE))
                continue
            report.applied += 1
            report.changes += result[0]
            report.conflicts += result[1]
            vacuum = vacuum or result[2]
            progress = True
    members = db.members(vault.con)
    for device in devices if root.is_dir() else []:
        if device == team.device or device in refused:
            continue
        member = members.get(device)
        if (root / device / file_name(member.applied + 1 if member else 0)).exists():
            report.waiting += 1
    if vacuum:
        db.vacuum(vault.con)
    return report


def _removals_ahead(vault: Vault, team: Team, root: Path,
                    loaded: dict[tuple[str, int], _Loaded]) -> dict[str, int]:
    """Each member's cut-off (their files after it are refused): the removals this device
    applied, and those in files of the folder it has not applied yet. A removal and a
    member's later file are written without seeing each other; reading every removal
    first refuses that file on every device, whatever order the files arrive in. A removal
    written by a member after their own cut-off does not count."""
    members = db.members(vault.con)
    found: list[tuple[str, int, str, int]] = []  # (author, their seq, removed, after)
    for device, member in members.items():
        if device == team.device:
            continue
        seq = member.applied + 1
        while (path := root / device / file_name(seq)).exists():
            try:
                item = _load(vault, team, path, device, seq)
            except BadFile:
                break
            if item is None:
                break
            loaded[(device, seq)] = item
            found.extend((device, seq, str(r.get("device", "")), int(r.get("after", -1)))
                         for r in item.payload.get("records", []) if r.get("t") == "remove")
            seq += 1
    base = {d: m.removed_after for d, m in members.items() if m.removed_after is not None}
    valid = list(found)
    while True:
        cutoffs = dict(base)
        for _author, _seq, removed, after in valid:
            cutoffs[removed] = min(cutoffs.get(removed, after), after)
        kept = [r for r in valid if r[1] <= cutoffs.get(r[0], r[1])]
        if len(kept) == len(valid):
            return cutoffs
        valid = kept


def _load(vault: Vault, team: Team, path: Path, device: str, seq: int) -> _Loaded | None:
    try:
        data = _read(path)
    except OSError:
        raise BadFile(UNREADABLE) from None
    header = changefile.header_of(data, team.team)
    if header.device.hex() != device or header.seq != seq:
        raise BadFile(MISPLACED)
    members = db.members(vault.con)
    member = members.get(device)
    if member is not None:
        if member.removed_after is not None and seq > member.removed_after:
            raise BadFile(REMOVED_AUTHOR)
        changefile.verify(data, member.verify_key)
        payload = changefile.open_payload(data, header, team.keys.get(header.epoch))
        _validate(payload)
        return _Loaded(header, payload)
    # a device not known yet: its first file must be its joining, by a valid invitation
    if seq != 0:
        raise BadFile(UNKNOWN_AUTHOR)
    payload = changefile.open_payload(data, header, team.keys.get(header.epoch))
    _validate(payload)
    records = payload.get("records", [])
    join = records[0] if records else {}
    if join.get("t") != "join":
        raise BadFile(UNKNOWN_AUTHOR)
    try:
        changefile.verify(data, bytes.fromhex(join["verify"]))
        known = db.invite(vault.con, str(join["invite"]))
        token_hash = hashlib.sha256(bytes.fromhex(join["token"])).digest()
    except (KeyError, ValueError, TypeError):
        raise BadFile(UNKNOWN_AUTHOR) from None
    if known is None:
        return None  # the inviter's file may not have arrived yet
    if known[0] != token_hash or known[2] not in ("", device):
        raise BadFile(UNKNOWN_AUTHOR)
    return _Loaded(header, payload)


def _ready(item: _Loaded, members: dict[str, db.MemberRow], me: str) -> bool:
    """Every file its author had applied is applied here too (causal order)."""
    for device, seq in item.payload.get("seen", {}).items():
        if device == me:
            continue
        member = members.get(device)
        if member is None:
            return False
        needed = int(seq) if member.removed_after is None else min(int(seq),
                                                                     member.removed_after)
        if member.applied < needed:
            return False
    return True


def _apply(vault: Vault, team: Team, device: str, item: _Loaded) -> tuple[int, int, bool]:
    """One file, in one transaction: (changes applied, conflicts found, purged any)."""
    payload = item.payload
    changes = conflicts = 0
    purged = False
    with vault.transaction() as con:
        members = db.members(con)
        author = members[device].name if device in members else ""
        for rec in payload.get("records", []):
            kind = rec["t"]
            if kind == "join":
                if item.header.seq != 0 or device in members:
                    continue  # only a device's first file, and only once, joins it
                db.add_member(con, device, str(rec["name"]), bytes.fromhex(rec["verify"]),
                              bytes.fromhex(rec["box"]))
                db.use_invite(con, str(rec["invite"]), device)
                author = str(rec["name"])
                _drop_invitation(team, con, str(rec["invite"]))
            elif kind == "invite":
                db.add_invite(con, str(rec["invite"]), bytes.fromhex(rec["token_hash"]), device)
            elif kind == "found":
                pass  # the founder is in every invitation's list of members
            elif kind == "remove":
                _removal(con, team, rec)
            elif kind == "case":
                found, clashes = _apply_case(vault, con, team, device, author, rec)
                changes += found
                conflicts += clashes
            elif kind == "event":
                changes += _apply_event(con, rec, author)
            elif kind == "deadline":
                changes += _apply_deadline(vault, con, rec, author)
            elif kind == "attachment":
                changes += _apply_attachment(con, rec, author)
            elif kind == "purge":
                purged = _apply_purge(con, str(rec["case"])) or purged
                changes += 1
        team.clock.see(str(payload["at"]))
        seen = {str(k): int(v) for k, v in payload.get("seen", {}).items()}
        db.mark_applied(con, device, item.header.seq, seen, format_utc(when(payload["at"])))
        team.save(con)
    return changes, conflicts, purged


def drop_old_invitations(team: Team, con: Any, lifetime_s: float = 7 * 24 * 3600) -> None:
    """This device's invitations older than their lifetime leave the folder (the joining
    device refuses them anyway)."""
    folder = team.folder / INVITES
    if not folder.is_dir():
        return
    now = utc_now().timestamp()
    mine = {invite for invite, _used in db.invites_by(con, team.device)}
    for path in folder.glob("*.lci"):
        with contextlib.suppress(OSError):
            if now - path.stat().st_mtime > lifetime_s and path.stem in mine:
                path.unlink()


def _drop_invitation(team: Team, con: Any, invite_id: str) -> None:
    """An invitation this device made was used: its file leaves the folder."""
    if any(invite == invite_id for invite, _used in db.invites_by(con, team.device)):
        with contextlib.suppress(OSError):
            (team.folder / INVITES / f"{invite_id}.lci").unlink()


def _removal(con: Any, team: Team, rec: dict[str, Any]) -> None:
    removed = str(rec["device"])
    db.remove_member(con, removed, int(rec["after"]))
    if removed == team.device:
        team.removed = True
        return
    sealed = rec.get("keys", {}).get(team.device)
    if sealed:
        box = nacl.public.SealedBox(nacl.public.PrivateKey(team.box_secret))
        with contextlib.suppress(Exception):  # not for this device: the key stays unknown
            team.keys[int(rec["epoch"])] = bytes(box.decrypt(bytes.fromhex(sealed)))


def _apply_case(vault: Vault, con: Any, team: Team, device: str, author: str,
                rec: dict[str, Any]) -> tuple[int, int]:
    uid = str(rec["case"])
    shared = db.shared_case(con, uid)
    if shared is not None and (shared.purged or shared.case_id is None):
        return 0, 0  # purged here (its purge goes out at the next publish): never brought back
    current = vault.get_case(shared.case_id) if shared and shared.case_id else None
    wanted = Case() if current is None else current  # read for this apply: ours to change
    fields_taken = 0
    state = db.fields(con, uid)
    open_fields = db.open_conflict_fields(con, uid)
    close: bool | None = None
    taken = clashes = 0
    for name, value, reading, parent in rec["changes"]:
        team.clock.see(reading)
        if name not in WIRE_FIELDS:
            continue
        incoming = db.FieldState(value, reading, device)
        old = state.get(name)
        if old is not None and old.clock == reading:
            continue  # applied already
        if old is None or old.clock == parent:
            take = True
            if name in open_fields:
                db.resolve_field(con, uid, name)
        elif same(old.value, value):
            take = reading > old.clock  # the same value both ways: no conflict
        else:
            take = reading > old.clock
            kept, other = (incoming, old) if take else (old, incoming)
            db.add_conflict(con, uid, name, kept, other)
            clashes += 1
        if not take:
            continue
        state[name] = incoming
        db.put_field(con, uid, name, incoming)
        taken += 1
        if name == "closed":
            close = bool(value)
        else:
            apply_field(wanted, name, value)
            fields_taken += 1
    if current is None:
        case_id = db.new_case(con, vault, wanted, author)
        db.share(con, uid, case_id)
    else:
        case_id = int(current.id or 0)
        if fields_taken:
            vault.write_case(con, wanted, author)
    if close is not None and close != bool(db.closed_at(con, case_id)):
        db.close_case(con, case_id, close, format_utc(utc_now()), author)
    if taken:
        db.changed(con, uid, author, format_utc(when(max(c[2] for c in rec["changes"]))))
    return taken, clashes


def _apply_event(con: Any, rec: dict[str, Any], author: str) -> int:
    uid = str(rec["uid"])
    if db.event_id(con, uid) is not None:
        return 0
    shared = db.shared_case(con, str(rec["case"]))
    if shared is None or shared.case_id is None:
        return 0
    data = dict(rec["data"])
    if rec.get("corrects"):
        data["_corrects_uid"] = rec["corrects"]
    event = Event(EventKind(rec["kind"]), parse_utc(rec["at"]), summary=str(rec["summary"]),
                  recorded_by=str(rec["recorded_by"]) or author, data=data)
    db.add_event(con, shared.case_id, event, uid)
    return 1


def _apply_attachment(con: Any, rec: dict[str, Any], author: str) -> int:
    uid = str(rec["uid"])
    shared = db.shared_case(con, str(rec["case"]))
    if db.attachment_known(con, uid) or shared is None or shared.case_id is None:
        return 0
    db.add_attachment(con, shared.case_id, uid, rec["filename"], rec["mime"],
                      base64.b64decode(rec["data"]), format_utc(parse_utc(rec["added_at"])),
                      rec["description"], author)
    return 1


def _apply_deadline(vault: Vault, con: Any, rec: dict[str, Any], author: str) -> int:
    uid = str(rec["uid"])
    shared = db.shared_case(con, str(rec["case"]))
    if db.event_id(con, uid) is not None or shared is None or shared.case_id is None:
        return 0
    decisions = vault.get_case(shared.case_id).decisions
    place = rec.get("decision")
    decision_id = decisions[place].id if isinstance(place, int) and 0 <= place < len(
        decisions) else None
    written = db.set_deadline_state(con, shared.case_id, decision_id, str(rec["rule"]),
                                    str(rec["state"]), str(rec["done_on"]),
                                    str(rec["done_by"]), str(rec["reason"]), author)
    if written is None:
        return 0
    db.carry_event(con, uid, written)
    return 1


def _apply_purge(con: Any, uid: str) -> bool:
    shared = db.shared_case(con, uid)
    if shared is None or shared.purged:
        return False
    if shared.case_id is not None and db.case_exists(con, shared.case_id):
        db.purge_case(con, shared.case_id)
    db.mark_purged(con, uid)
    return True


# -- the whole round --------------------------------------------------------------------

def sync(vault: Vault, on_refused: Callable[[RefusedFile], None] | None = None) -> SyncReport:
    """Publish this device's changes, apply the others', then say what was applied (so the
    others know who has what). The folder is read whole at each call."""
    team = Team.load(vault)
    published = publish(vault, team)
    report = read_and_apply(vault, team)
    report.published = published
    written = db.get(vault.con, "written_at")
    quiet = written is None or (utc_now() - parse_utc(written)).total_seconds() > HEARTBEAT_S
    if report.changes or quiet:
        publish(vault, team, ack=True)
    drop_old_invitations(team, vault.con)
    if on_refused is not None:
        for refusal in report.refused:
            on_refused(refusal)
    return report


def new_id() -> str:
    return os.urandom(16).hex()


def now_text() -> str:
    return format_utc(utc_now())


def moment(text: str) -> datetime | None:
    return parse_utc(text) if text else None
