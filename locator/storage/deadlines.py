"""Decisions drive deadlines: which legal timers a decision starts, kept in the vault.

A deadline is never deleted. It is open, filed (``done``, with the date and who
filed) or set aside (``not_applicable``, with a reason). Changing a decision's
notification recomputes its open deadlines and records the change on the
timeline. When nobody knows whether an earlier removal order exists, the 5-day
timer runs and the 10-day date is kept as *conditional*: "if this is the first
removal measure — the lawyer decides".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from locator.deadlines.counting import compute_due
from locator.deadlines.rules import DueKind, Rule, load_rules
from locator.model.cases import Case, Decision, DecisionKind, Tristate
from locator.model.dates import format_utc, parse_utc, today_brussels, utc_now
from locator.model.errors import N_, FieldError
from locator.model.events import DeadlineAction, DeadlineChanged, event_of
from locator.storage.errors import UnknownCase

INTERNAL_TARGET_DAYS = 2
#: the reason given when a changed decision no longer starts a deadline (stored as is;
#: the UI shows it in the app's language)
DECISION_CHANGED = N_("The decision was changed and this deadline no longer follows from it.")
FIRST, SUBSEQUENT = "be-udn-first", "be-udn-subsequent"
_REMOVAL_KINDS = {DecisionKind.OQT, DecisionKind.REMOVAL, DecisionKind.DUBLIN_TRANSFER,
                  DecisionKind.ENTRY_REFUSAL}


class DeadlineState(StrEnum):
    OPEN = "open"
    DONE = "done"
    NOT_APPLICABLE = "not_applicable"


@dataclass(frozen=True)
class Deadline:
    id: int
    case_id: int
    decision_id: int | None
    rule: str
    notified_at: datetime
    method: str
    due: date
    ends_at: datetime | None
    conditional: bool
    state: DeadlineState
    done_on: date | None
    done_by: str
    reason: str

    @property
    def rule_info(self) -> Rule:
        return load_rules()[self.rule]

    @property
    def kind(self) -> DueKind:
        return self.rule_info.kind

    @property
    def internal_target(self) -> date:
        """An earlier date to aim for, so the lawyer has time: due minus two days."""
        return self.due - timedelta(days=INTERNAL_TARGET_DAYS)

    def time_left(self, now: datetime) -> timedelta | None:
        return None if self.ends_at is None else self.ends_at - now


def rules_for(decision: Decision) -> list[tuple[str, bool]]:
    """(rule id, conditional) pairs a decision starts."""
    rules: list[tuple[str, bool]] = []
    if decision.kind in _REMOVAL_KINDS:
        if decision.earlier_removal is Tristate.NO:
            rules.append((FIRST, False))
        elif decision.earlier_removal is Tristate.YES:
            rules.append((SUBSEQUENT, False))
        else:  # unknown: the short timer runs; the long one only as a possibility
            rules += [(SUBSEQUENT, False), (FIRST, True)]
        if decision.kind is DecisionKind.OQT:
            rules.append(("be-annulment-detained", False))
    elif decision.kind is DecisionKind.ASYLUM_REFUSAL:
        rules.append(("be-asylum-detained", False))
    elif decision.kind in {DecisionKind.DETENTION, DecisionKind.DETENTION_EXTENSION}:
        rules += [("be-release-request", False), ("be-detention-max", False)]
    return rules


def _row(row: Any) -> Deadline:
    return Deadline(
        id=row["id"], case_id=row["case_id"], decision_id=row["decision_id"], rule=row["rule"],
        notified_at=parse_utc(row["notified_at"]), method=row["method"],
        due=date.fromisoformat(row["due"]),
        ends_at=parse_utc(row["ends_at"]) if row["ends_at"] else None,
        conditional=bool(row["conditional"]), state=DeadlineState(row["state"]),
        done_on=date.fromisoformat(row["done_on"]) if row["done_on"] else None,
        done_by=row["done_by"], reason=row["reason"])


def _event(con: Any, case_id: int, at: datetime, recorded_by: str,
           payload: DeadlineChanged) -> None:
    # imported here: locator.storage.store imports this module (sync_deadlines)
    from locator.storage.store import insert_event

    insert_event(con, case_id, event_of(payload, at=at, recorded_by=recorded_by))


def sync_deadlines(con: Any, case_id: int, case: Case, decision_ids: Sequence[int],
                   now: datetime, recorded_by: str) -> None:
    """Start, recompute or set aside the deadlines of each decision (inside the caller's
    transaction)."""
    stamp = format_utc(now)
    for decision, decision_id in zip(case.decisions, decision_ids, strict=True):
        if decision.notified_at is None:
            continue
        wanted = dict(rules_for(decision))
        existing = {r["rule"]: _row(r) for r in con.execute(
            "SELECT * FROM deadlines WHERE decision_id = ?", (decision_id,))}
        for rule_id, conditional in wanted.items():
            due = compute_due(rule_id, decision.notified_at, decision.notification_method.value)
            ends = format_utc(due.ends_at) if due.ends_at else ""
            old = existing.get(rule_id)
            if old is None:
                cur = con.execute(
                    "INSERT INTO deadlines(case_id, decision_id, rule, notified_at, method, due,"
                    " ends_at, conditional, created_at, updated_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (case_id, decision_id, rule_id, format_utc(decision.notified_at),
                     decision.notification_method.value, due.due.isoformat(), ends,
                     int(conditional), stamp, stamp))
                _event(con, case_id, now, recorded_by, DeadlineChanged(
                    DeadlineAction.STARTED, int(cur.lastrowid), rule_id, due.due.isoformat(),
                    conditional=conditional))
                continue
            changed = (old.notified_at != decision.notified_at
                       or old.method != decision.notification_method.value
                       or old.conditional != conditional)
            if old.state is DeadlineState.OPEN and changed:
                con.execute(
                    "UPDATE deadlines SET notified_at = ?, method = ?, due = ?, ends_at = ?,"
                    " conditional = ?, updated_at = ? WHERE id = ?",
                    (format_utc(decision.notified_at), decision.notification_method.value,
                     due.due.isoformat(), ends, int(conditional), stamp, old.id))
                _event(con, case_id, now, recorded_by, DeadlineChanged(
                    DeadlineAction.RECOMPUTED, old.id, rule_id, due.due.isoformat(),
                    old_due=old.due.isoformat()))
        for rule_id, old in existing.items():
            if rule_id not in wanted and old.state is DeadlineState.OPEN:
                _set_state(con, old, DeadlineState.NOT_APPLICABLE, now, recorded_by,
                           reason=DECISION_CHANGED)


def _set_state(con: Any, deadline: Deadline, state: DeadlineState, now: datetime,
               recorded_by: str, *, done_on: date | None = None, done_by: str = "",
               reason: str = "") -> None:
    con.execute("UPDATE deadlines SET state = ?, done_on = ?, done_by = ?, reason = ?,"
                " updated_at = ? WHERE id = ?",
                (state.value, done_on.isoformat() if done_on else "", done_by, reason,
                 format_utc(now), deadline.id))
    _event(con, deadline.case_id, now, recorded_by, DeadlineChanged(
        DeadlineAction(state.value), deadline.id, deadline.rule, deadline.due.isoformat(),
        done_on=done_on.isoformat() if done_on else "", done_by=done_by, reason=reason))


def load_deadlines(con: Any, case_id: int | None = None, *,
                   open_only: bool = False) -> list[Deadline]:
    """Deadlines, most urgent first (open ones before the rest)."""
    sql = "SELECT * FROM deadlines"
    clauses, params = [], []
    if case_id is not None:
        clauses.append("case_id = ?")
        params.append(case_id)
    if open_only:
        clauses.append("state = 'open'")
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    sql += " ORDER BY state != 'open', conditional, due, ends_at, id"
    return [_row(r) for r in con.execute(sql, params)]


def get_deadline(con: Any, deadline_id: int) -> Deadline | None:
    row = con.execute("SELECT * FROM deadlines WHERE id = ?", (deadline_id,)).fetchone()
    return None if row is None else _row(row)


class DeadlineStore:
    """Deadline operations, mixed into :class:`locator.storage.vault.Vault`."""

    con: Any
    transaction: Any

    def deadlines(self, case_id: int | None = None, *, open_only: bool = False
                  ) -> list[Deadline]:
        return load_deadlines(self.con, case_id, open_only=open_only)

    def mark_deadline_done(self, deadline_id: int, done_on: date, done_by: str,
                           now: datetime | None = None) -> Deadline:
        """The appeal was filed: the deadline leaves the open list and stays on the timeline."""
        now = now or utc_now()
        if done_on > today_brussels(now):
            raise FieldError("done_on", "this date is in the future")
        if not done_by.strip():
            raise FieldError("done_by", "say who filed it (the lawyer's name, for example)")
        return self._change(deadline_id, DeadlineState.DONE, now, done_on=done_on,
                            done_by=done_by.strip())

    def mark_deadline_not_applicable(self, deadline_id: int, reason: str,
                                     now: datetime | None = None) -> Deadline:
        if not reason.strip():
            raise FieldError("reason", "give a reason, so others understand later")
        return self._change(deadline_id, DeadlineState.NOT_APPLICABLE, now or utc_now(),
                            reason=reason.strip())

    def _change(self, deadline_id: int, state: DeadlineState, now: datetime,
                **details: Any) -> Deadline:
        with self.transaction() as con:
            current = get_deadline(con, deadline_id)
            if current is None:
                raise UnknownCase("There is no deadline number {n}.", n=deadline_id)
            _set_state(con, current, state, now, "", **details)
            updated = get_deadline(con, deadline_id)
        assert updated is not None
        return updated
