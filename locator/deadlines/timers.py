"""Which legal timers a decision starts, and what changes when the decision changes.

A deadline is never deleted. It is open, filed (``done``, with the date and who
filed) or set aside (``not_applicable``, with a reason). Changing a decision's
notification recomputes its open deadlines. When nobody knows whether an earlier
removal order exists, the 5-day timer runs and the 10-day date is kept as
*conditional*: "if this is the first removal measure — the lawyer decides".

Pure: :func:`plan_timers` says what to do; :mod:`locator.storage.deadlines` does it
in the vault.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from locator.deadlines.counting import Due, compute_due
from locator.deadlines.rules import Counting, DueKind, Rule, load_rules
from locator.deadlines.table import DETENTION_START_RULE, counted_from, timers_for
from locator.model.cases import Decision
from locator.model.dates import today_brussels
from locator.model.errors import N_

__all__ = ["DECISION_CHANGED", "FIRST", "INTERNAL_TARGET_DAYS", "RULES_CHANGED", "SUBSEQUENT",
           "Deadline", "DeadlineState", "Recompute", "SetAside", "Start", "TimerChange",
           "detention_decision", "plan_timers", "rules_for"]

INTERNAL_TARGET_DAYS = 2
#: the reason given when a changed decision no longer starts a deadline (stored as is;
#: the UI shows it in the app's language)
DECISION_CHANGED = N_("The decision was changed and this deadline no longer follows from it.")
#: the reason given when the app's own table of timers changed (schema v5, issue 14)
RULES_CHANGED = N_("The app's rules were corrected and this deadline no longer follows "
                   "from the decision.")
FIRST, SUBSEQUENT = "be-udn-first", "be-udn-subsequent"


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
    #: False when only the day of the notification is known (the decision says so): an
    #: hour-counted period then runs from 00:00 that day, the shorter deadline
    time_known: bool = True

    @property
    def rule_info(self) -> Rule:
        return load_rules()[self.rule]

    @property
    def kind(self) -> DueKind:
        return self.rule_info.kind

    @property
    def counted_from_start_of_day(self) -> bool:
        """True when an hour-counted period runs from 00:00 because the time is unknown."""
        return not self.time_known and self.rule_info.counting is Counting.HOURS

    @property
    def internal_target(self) -> date:
        """An earlier date to aim for, so the lawyer has time: due minus two days."""
        return self.due - timedelta(days=INTERNAL_TARGET_DAYS)

    def time_left(self, now: datetime) -> timedelta | None:
        return None if self.ends_at is None else self.ends_at - now


def rules_for(decision: Decision) -> list[tuple[str, bool]]:
    """(rule id, conditional) pairs a decision starts, as resources/decision_timers.yaml says
    (:func:`locator.deadlines.table.timers_for`)."""
    return timers_for(decision)


@dataclass(frozen=True)
class Start:
    """A new deadline: the decision starts ``rule``."""

    rule: str
    conditional: bool
    due: Due


@dataclass(frozen=True)
class Recompute:
    """An open deadline whose notification, conditional flag or computed end changed (the
    last: the rules file was corrected since it was started)."""

    deadline: Deadline
    conditional: bool
    due: Due


@dataclass(frozen=True)
class SetAside:
    """An open deadline the decision no longer starts (reason: :data:`DECISION_CHANGED`)."""

    deadline: Deadline


TimerChange = Start | Recompute | SetAside


def detention_decision(decision: Decision, case_decisions: Sequence[Decision]
                       ) -> Decision | None:
    """The detention decision ``decision`` extends: the latest other decision of the case,
    notified at or before it, that starts the detention maximum (``be-detention-max``, as
    resources/decision_timers.yaml says); None when none is recorded."""
    if decision.notified_at is None:
        return None
    found = [(d.notified_at, index, d) for index, d in enumerate(case_decisions)
             if d is not decision and d.notified_at is not None
             and d.notified_at <= decision.notified_at
             and DETENTION_START_RULE in dict(rules_for(d))]
    return max(found, key=lambda item: item[:2], default=(None, 0, None))[2]


def _moment(decision: Decision) -> datetime | date:
    """When a decision's periods start: a date counts from 00:00 that day when only the day
    is known (an hour rule: the shorter deadline)."""
    assert decision.notified_at is not None
    return (decision.notified_at if decision.notified_time_known
            else today_brussels(decision.notified_at))


def plan_timers(decision: Decision, existing: Mapping[str, Deadline],
                case_decisions: Sequence[Decision] = ()) -> list[TimerChange]:
    """What to start, recompute or set aside for ``decision``, given its deadlines so far
    (by rule id); starts and recomputations in rule order, then what is set aside.
    Nothing for a decision not notified yet.

    ``case_decisions`` are all the decisions of the case: a timer the table counts "from:
    detention" (a maximum after an extension) runs from :func:`detention_decision`. When the
    case has none, that timer does not start: a maximum counted from the extension's own
    date could end later than the law's (and an open one is set aside)."""
    notified = decision.notified_at
    if notified is None:
        return []
    method = decision.notification_method.value
    anchor = detention_decision(decision, case_decisions)
    moments = counted_from(decision)
    wanted = {rule_id: conditional for rule_id, conditional in rules_for(decision)
              if anchor is not None or rule_id not in moments}
    changes: list[TimerChange] = []
    own = _moment(decision)
    for rule_id, conditional in wanted.items():
        moment = _moment(anchor) if anchor is not None and rule_id in moments else own
        due = compute_due(rule_id, moment, method)
        old = existing.get(rule_id)
        if old is None:
            changes.append(Start(rule_id, conditional, due))
        elif old.state is DeadlineState.OPEN and (
                old.notified_at != notified or old.method != method
                or old.conditional != conditional
                or (old.due, old.ends_at) != (due.due, due.ends_at)):
            changes.append(Recompute(old, conditional, due))
    changes += [SetAside(old) for rule_id, old in existing.items()
                if rule_id not in wanted and old.state is DeadlineState.OPEN]
    return changes
