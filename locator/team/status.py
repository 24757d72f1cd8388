"""What a person can trust about their team: who changed each case last and when, when each
member's device was last seen in the folder, whether this device has changes no one else
has yet, and the conflicts waiting for a choice."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from locator.model.dates import parse_utc
from locator.storage import team as db
from locator.storage.vault import Vault
from locator.team.sync import Team, publish
from locator.team.wire import apply_field


@dataclass(frozen=True)
class MemberStatus:
    device: str
    name: str
    this_device: bool
    removed: bool
    last_seen: datetime | None  # the clock of their newest file this device applied
    has_all_mine: bool  # they applied every file this device wrote


@dataclass(frozen=True)
class CaseStatus:
    case_id: int | None
    shared: bool
    changed_by: str
    changed_at: datetime | None


@dataclass(frozen=True)
class Conflict:
    """One field two members changed without seeing each other's change. ``kept`` is the
    value every device holds now (the later change); ``other`` the value it replaced."""

    id: int
    case_id: int | None
    field: str
    kept: Any
    kept_by: str
    other: Any
    other_by: str


@dataclass(frozen=True)
class TeamStatus:
    folder: str
    me: str
    removed: bool
    members: list[MemberStatus]
    cases: list[CaseStatus]
    conflicts: list[Conflict]
    #: files of this device that no other member has applied yet (0: everyone has them)
    unseen_files: int

    @property
    def has_unshared_changes(self) -> bool:
        return self.unseen_files > 0


def status(vault: Vault) -> TeamStatus:
    team = Team.load(vault)
    rows = db.members(vault.con)
    names = {m.device: m.name for m in rows.values()}
    last_mine = team.next_seq - 1
    others = [m for m in rows.values() if m.device != team.device and m.removed_after is None]
    best = max((m.seen.get(team.device, -1) for m in others), default=-1)
    members = [MemberStatus(m.device, m.name, m.device == team.device,
                            m.removed_after is not None,
                            parse_utc(m.last_seen) if m.last_seen else None,
                            m.device == team.device or m.seen.get(team.device, -1) >= last_mine)
               for m in rows.values()]
    cases = [CaseStatus(c.case_id, c.shared, c.changed_by,
                        parse_utc(c.changed_at) if c.changed_at else None)
             for c in db.shared_cases(vault.con) if not c.purged]
    conflicts = [Conflict(c.id, c.case_id, c.field, c.kept, names.get(c.kept_by, c.kept_by),
                          c.other, names.get(c.other_by, c.other_by))
                 for c in db.conflicts(vault.con)]
    return TeamStatus(str(team.folder), team.name, team.removed, members, cases, conflicts,
                      max(0, last_mine - best))


def choose(vault: Vault, conflict_id: int, take_other: bool) -> None:
    """Settle a conflict: keep the value every device holds, or take the other one (a new
    change, written at the next sync, that every member then applies)."""
    team = Team.load(vault)
    found = [c for c in db.conflicts(vault.con) if c.id == conflict_id]
    if not found:
        return
    conflict = found[0]
    if take_other and conflict.case_id is not None:
        if conflict.field == "closed":
            vault.close_case(conflict.case_id, bool(conflict.other))
        else:
            def change(case: Any) -> Any:
                apply_field(case, conflict.field, conflict.other)
                return case

            vault.update_case(conflict.case_id, change, recorded_by=team.name)
    with vault.transaction() as con:
        db.resolve_conflict(con, conflict_id)
    if take_other:
        publish(vault, team)
