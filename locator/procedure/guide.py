"""The next step of the locate-and-defend procedure for one case.

The steps are data (``resources/procedure.yaml``, read by
:mod:`locator.procedure.file`). :func:`next_steps` looks at a case and its
timeline and says which step to do now, and which are done, skipped, still to
come or not relevant. It is pure: the same case, events and ``now`` always
give the same answer.

How a step's state is decided (steps are read in file order):

1. The user's latest mark (a ``step`` event) wins: ``done`` or ``skipped``.
   ``undone`` re-opens the step: marks and timeline evidence from before it no
   longer count (facts stored on the case itself still do).
2. Otherwise the step is done when its ``done_when`` condition holds.
3. Otherwise it is pending when its ``when`` condition holds, else not applicable.

A step with ``resets_on`` ignores marks and evidence from before the latest
event of those kinds (a new deportation attempt means "tell the lawyer" again).
The current step is the pending step with the highest urgency level right
now (the first one on a tie), else the first pending one; ``anytime`` steps are
listed but never current. Nothing here is text for the user: steps, reasons
and warnings carry ids and their text lives in the YAML.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum

from locator.model.cases import Case, Event, EventKind, Status
from locator.model.dates import to_utc, utc_now
from locator.model.events import Mark
from locator.procedure.events import (
    CentreCallState,
    RoundState,
    after_last,
    all_not_found,
    calling_round_state,
    data_text,
    effective_events,
    round_state,
)
from locator.procedure.file import PROCEDURE_FILE, load_procedure, parse_procedure
from locator.procedure.model import (
    CLOSED_SITUATION,
    EDIT_FIELD,
    FIXED_ACTIONS,
    Caution,
    ChecklistItem,
    Phase,
    Procedure,
    ProcedureFileError,
    Step,
    Urgency,
)
from locator.procedure.rules import Facts, holds

__all__ = [
    "EDIT_FIELD", "FIXED_ACTIONS", "PROCEDURE_FILE", "Caution", "CentreCallState", "ChecklistItem",
    "Phase", "Procedure", "ProcedureFileError", "Progress", "RoundState", "Step", "StepProgress",
    "StepState", "Urgency", "all_not_found", "calling_round_state", "load_procedure", "next_steps",
    "parse_procedure", "round_state", "waiting_until",
]


class StepState(StrEnum):
    CURRENT = "current"  # the one step to do now
    UPCOMING = "upcoming"  # applies and is not done yet
    DONE = "done"
    SKIPPED = "skipped"
    NOT_APPLICABLE = "not_applicable"  # its condition does not hold for this case now


@dataclass(frozen=True)
class StepProgress:
    """Where one step stands for a case.

    Attributes:
        by_hand: the state comes from the user's own mark, not from the case.
        marked_at: when that mark was made (None when not by hand).
        urgent: the step's ``urgent.when`` condition holds now.
        reopened: the user marked the step "undone" and it is not done since.
    """

    step: Step
    state: StepState
    by_hand: bool = False
    marked_at: datetime | None = None
    urgent: bool = False
    reopened: bool = False


@dataclass(frozen=True)
class Progress:
    """The answer of :func:`next_steps`.

    Attributes:
        current: the one step to do now; None when nothing is pending.
        reason: a reason id (text in the YAML's ``reasons``) saying why ``current``
            is the step now; ``closed`` or ``nothing_pending`` when it is None.
        closed: the case is over (the YAML's ``closed`` situation holds) and
            nothing is pending.
        steps: every step, in file order.
        waiting_until: the end of the first waiting period (see :func:`waiting_until`).
        calling_round: the state of the current calling round.
    """

    current: Step | None
    reason: str
    closed: bool
    done: tuple[Step, ...]
    skipped: tuple[Step, ...]
    upcoming: tuple[Step, ...]
    not_applicable: tuple[Step, ...]
    steps: tuple[StepProgress, ...]
    waiting_until: datetime | None
    calling_round: RoundState

    def of(self, step_id: str) -> StepProgress:
        """The progress of one step (raises ``KeyError``)."""
        for item in self.steps:
            if item.step.id == step_id:
                return item
        raise KeyError(step_id)

    def state(self, step_id: str) -> StepState:
        return self.of(step_id).state


def next_steps(case: Case, events: Sequence[Event], *, now: datetime | None = None,
               procedure: Procedure | None = None,
               calling_round: Sequence[str] | None = None) -> Progress:
    """Where the procedure stands for ``case``.

    Args:
        case: the case as stored.
        events: its timeline (any order; corrected events are dropped).
        now: the moment to judge time by (default: the clock), for the
            waiting period and recent decisions.
        procedure: the steps (default: the shipped procedure.yaml).
        calling_round: centre ids of the calling round, in call order
            (default: the Belgian places of centres.yaml that could hold this person,
            Caricole first: :func:`locator.centres.fit.case_round`).
    """
    proc = procedure if procedure is not None else load_procedure()
    moment = to_utc(now) if now is not None else utc_now()
    round_ids = tuple(calling_round) if calling_round is not None else _default_round(case)
    timeline = effective_events(events)
    facts = Facts(case, moment, proc.waiting_period_hours, round_ids, proc.situations, set(),
                  timeline)
    items: list[StepProgress] = []
    for step in proc.steps:
        item = _judge(step, facts, timeline)
        if item.state in (StepState.DONE, StepState.SKIPPED):
            facts.closed_steps.add(step.id)
        items.append(item)
    pending = [i for i in items if i.state is StepState.UPCOMING and not i.step.anytime]
    urgent = [i for i in pending if i.urgent]
    chosen = (max(urgent, key=_level) if urgent  # max keeps the first of equal levels
              else pending[0] if pending else None)
    is_closed = holds(proc.situations[CLOSED_SITUATION], facts, timeline)
    if chosen is None:
        reason = "closed" if is_closed else "nothing_pending"
    elif chosen.urgent and chosen.step.urgent is not None:
        reason = chosen.step.urgent.reason
    elif chosen.reopened:
        reason = "reopened"
    else:
        reason = chosen.step.reason or "nothing_pending"  # the loader requires a reason
    items = [replace(i, state=StepState.CURRENT) if i is chosen else i for i in items]

    def with_state(state: StepState) -> tuple[Step, ...]:
        return tuple(i.step for i in items if i.state is state)

    return Progress(
        current=chosen.step if chosen is not None else None, reason=reason,
        closed=chosen is None and is_closed, done=with_state(StepState.DONE),
        skipped=with_state(StepState.SKIPPED), upcoming=with_state(StepState.UPCOMING),
        not_applicable=with_state(StepState.NOT_APPLICABLE), steps=tuple(items),
        waiting_until=waiting_until(case, procedure=proc),
        calling_round=facts.round_state(timeline))


def waiting_until(case: Case, *, procedure: Procedure | None = None) -> datetime | None:
    """When the first waiting period ends (last contact + 24 h), while the person is missing.

    None when the status is not "missing" or the last contact is not known.
    The length comes from the procedure file (``waiting_period_hours``).
    """
    if case.status is not Status.MISSING or case.last_contact_at is None:
        return None
    proc = procedure if procedure is not None else load_procedure()
    return to_utc(case.last_contact_at) + timedelta(hours=proc.waiting_period_hours)


def _judge(step: Step, facts: Facts, timeline: tuple[Event, ...]) -> StepProgress:
    start = after_last(timeline, step.resets_on) if step.resets_on else 0
    reopened = False
    mark = _latest_mark(step.id, timeline, start)
    if mark is not None:
        index, state = mark
        at = to_utc(timeline[index].at)
        if state is Mark.DONE:
            return StepProgress(step, StepState.DONE, by_hand=True, marked_at=at)
        if state is Mark.SKIPPED:
            return StepProgress(step, StepState.SKIPPED, by_hand=True, marked_at=at)
        start, reopened = index + 1, True
    if step.done_when is not None and holds(step.done_when, facts, timeline[start:]):
        return StepProgress(step, StepState.DONE)
    if not holds(step.when, facts, timeline):
        return StepProgress(step, StepState.NOT_APPLICABLE, reopened=reopened)
    urgent = step.urgent is not None and holds(step.urgent.when, facts, timeline)
    return StepProgress(step, StepState.UPCOMING, urgent=urgent, reopened=reopened)


def _level(item: StepProgress) -> int:
    return item.step.urgent.level if item.step.urgent is not None else 0


def _latest_mark(step_id: str, timeline: tuple[Event, ...],
                 start: int) -> tuple[int, Mark] | None:
    for index in range(len(timeline) - 1, start - 1, -1):
        event = timeline[index]
        if event.kind is not EventKind.STEP or data_text(event.data, "step") != step_id:
            continue
        try:
            return index, Mark(data_text(event.data, "state") or "")
        except ValueError:
            continue  # not a mark this app writes: ignore it
    return None


def _default_round(case: Case) -> tuple[str, ...]:
    from locator.centres.fit import case_round  # lazy: phone parsing is slow to import
    from locator.centres.load import load_centres

    return case_round(load_centres(), case).ids()
