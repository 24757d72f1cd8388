"""The deadlines kept in the vault: read them, apply a decision's timer plan
(:func:`locator.deadlines.timers.plan_timers`), file them or set them aside; every change
also goes on the timeline.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from locator.deadlines.timers import (
    DECISION_CHANGED,
    Deadline,
    DeadlineState,
    SetAside,
    Start,
    plan_timers,
)
from locator.model.cases import Case
from locator.model.dates import format_utc, parse_utc, today_brussels, utc_now
from locator.model.errors import FieldError
from locator.model.events import DeadlineAction, DeadlineChanged, event_of
from locator.storage.errors import UnknownCase
from locator.storage.events import insert_event


def _row(row: Any) -> Deadline:
    return Deadline(
        id=row["id"], case_id=row["case_id"], decision_id=row["decision_id"], rule=row["rule"],
        notified_at=parse_utc(row["notified_at"]), method=row["method"],
        due=date.fromisoformat(row["due"]),
        ends_at=parse_utc(row["ends_at"]) if row["ends_at"] else None,
        conditional=bool(row["conditional"]), state=DeadlineState(row["state"]),
        done_on=date.fromisoformat(row["done_on"]) if row["done_on"] else None,
        done_by=row["done_by"], reason=row["reason"],
        # the decision's own fact, joined in (a deadline does not keep a copy of it)
        time_known=bool(row["time_known"]) if "time_known" in row.keys() else True)


#: the deadlines with whether their decision's time of notification is known
_WITH_TIME = ("SELECT deadlines.*, COALESCE(decisions.notified_time_known, 1) AS time_known"
              " FROM deadlines LEFT JOIN decisions ON decisions.id = deadlines.decision_id")


def _event(con: Any, case_id: int, at: datetime, recorded_by: str,
           payload: DeadlineChanged) -> None:
    insert_event(con, case_id, event_of(payload, at=at, recorded_by=recorded_by))


def sync_deadlines(con: Any, case_id: int, case: Case, decision_ids: Sequence[int],
                   now: datetime, recorded_by: str, *, reason: str = DECISION_CHANGED) -> None:
    """Start, recompute or set aside the deadlines of each decision (inside the caller's
    transaction); ``reason`` is what a deadline set aside says."""
    stamp = format_utc(now)
    for decision, decision_id in zip(case.decisions, decision_ids, strict=True):
        if decision.notified_at is None:
            continue
        notified, method = format_utc(decision.notified_at), decision.notification_method.value
        existing = {r["rule"]: _row(r) for r in con.execute(
            "SELECT * FROM deadlines WHERE decision_id = ?", (decision_id,))}
        for change in plan_timers(decision, existing, case.decisions):
            if isinstance(change, SetAside):
                _set_state(con, change.deadline, DeadlineState.NOT_APPLICABLE, now,
                           recorded_by, reason=reason)
                continue
            due = change.due.due.isoformat()
            ends = format_utc(change.due.ends_at) if change.due.ends_at else ""
            if isinstance(change, Start):
                cur = con.execute(
                    "INSERT INTO deadlines(case_id, decision_id, rule, notified_at, method, due,"
                    " ends_at, conditional, created_at, updated_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (case_id, decision_id, change.rule, notified, method, due, ends,
                     int(change.conditional), stamp, stamp))
                _event(con, case_id, now, recorded_by, DeadlineChanged(
                    DeadlineAction.STARTED, int(cur.lastrowid), change.rule, due,
                    conditional=change.conditional))
            else:
                old = change.deadline
                con.execute(
                    "UPDATE deadlines SET notified_at = ?, method = ?, due = ?, ends_at = ?,"
                    " conditional = ?, updated_at = ? WHERE id = ?",
                    (notified, method, due, ends, int(change.conditional), stamp, old.id))
                _event(con, case_id, now, recorded_by, DeadlineChanged(
                    DeadlineAction.RECOMPUTED, old.id, old.rule, due,
                    old_due=old.due.isoformat()))


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
    sql = _WITH_TIME
    clauses, params = [], []
    if case_id is not None:
        clauses.append("deadlines.case_id = ?")
        params.append(case_id)
    if open_only:
        clauses.append("deadlines.state = 'open'")
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    sql += (" ORDER BY deadlines.state != 'open', deadlines.conditional, deadlines.due,"
            " deadlines.ends_at, deadlines.id")
    return [_row(r) for r in con.execute(sql, params)]


def get_deadline(con: Any, deadline_id: int) -> Deadline | None:
    row = con.execute(_WITH_TIME + " WHERE deadlines.id = ?", (deadline_id,)).fetchone()
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
