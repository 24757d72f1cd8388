"""The procedure's model: frozen dataclasses for ``resources/procedure.yaml``.

Read by :mod:`locator.procedure.file`, used by :mod:`locator.procedure.guide`. The
meaning of every field is explained at the top of the YAML file.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from locator.model.cases import SCALAR_FIELDS, EventKind
from locator.model.errors import LocatorError
from locator.procedure.rules import Condition

FIXED_ACTIONS = frozenset({
    "calling_round", "email_gvo_alias", "email_gvo_detained", "email_gvo_lawyer",
    "email_gvo_outcome", "email_gvo_flight_support", "email_lawyer_flight", "log_visit",
    "add_attachment", "add_note", "record_decision", "record_deportation_attempt",
    "lawyer_brief", "mark_done", "mark_skipped",
})
EDIT_FIELD = "edit_field:"
EDITABLE_FIELDS = frozenset(SCALAR_FIELDS) | {"lawyer", "contacts", "decisions",
                                              "deportation_attempts"}
BUILTIN_REASONS = ("reopened", "closed", "nothing_pending")  # reasons the engine gives
CLOSED_SITUATION = "closed"  # the situation the engine asks for


class ProcedureFileError(LocatorError):
    """procedure.yaml (or a file in its format) is broken.

    Attributes:
        problem: what is wrong, without the location.
        file: the file name shown in the message.
        line: 1-based line in the file, or None.
        step: id of the step being read (``steps[3]`` before its id is known), or None.
        field: path of the value inside the step (``when.any_of[1].status_in``), or
            inside the file when ``step`` is None; None if unknown.
    """

    def __init__(self, problem: str, *, file: str = "procedure.yaml", line: int | None = None,
                 step: str | None = None, field: str | None = None) -> None:
        self.problem, self.file, self.line, self.step, self.field = (
            problem, file, line, step, field)
        where = "{file} line {line}" if line is not None else "{file}"
        if step is not None:
            where += ': step "{step}"'
        if field:
            where += ', field "{field}"' if step is not None else ': field "{field}"'
        super().__init__(where + ": {problem}", file=file, line=line, step=step, field=field,
                         problem=problem)


@dataclass(frozen=True)
class Source:
    """Where the facts of the procedure come from."""

    title: str
    publisher: str
    republished_by: str
    web: str
    restated_in: str
    checked: date


@dataclass(frozen=True)
class Phase:
    id: str
    number: int
    title: str
    summary: str


@dataclass(frozen=True)
class Caution:
    """A warning shown with a step (defined once, shared by steps)."""

    id: str
    text: str


@dataclass(frozen=True)
class ChecklistItem:
    id: str
    text: str


@dataclass(frozen=True)
class Urgency:
    """When a step goes before the others. Among urgent steps the highest level wins."""

    when: Condition
    reason: str  # reason id given while it is urgent
    level: int  # 1 (urgent) … 9 (drop everything)


@dataclass(frozen=True)
class Step:
    """One step of the procedure (field meanings: the header of procedure.yaml)."""

    id: str
    phase: str
    title: str
    do: str
    why: str
    cautions: tuple[Caution, ...]
    checklist: tuple[ChecklistItem, ...]
    when: Condition
    done_when: Condition | None
    urgent: Urgency | None
    reason: str | None  # None only for anytime steps
    actions: tuple[str, ...]
    anytime: bool
    resets_on: frozenset[EventKind]
    line: int


@dataclass(frozen=True)
class Procedure:
    format: int
    source: Source
    waiting_period_hours: int
    phases: tuple[Phase, ...]
    cautions: tuple[Caution, ...]
    reasons: Mapping[str, str]  # reason id -> text
    situations: Mapping[str, Condition]  # name -> condition, in file order
    steps: tuple[Step, ...]

    def step(self, step_id: str) -> Step:
        """The step with this id (raises ``KeyError``)."""
        for step in self.steps:
            if step.id == step_id:
                return step
        raise KeyError(step_id)

    def phase(self, phase_id: str) -> Phase:
        """The phase with this id (raises ``KeyError``)."""
        for phase in self.phases:
            if phase.id == phase_id:
                return phase
        raise KeyError(phase_id)

    def steps_in(self, phase_id: str) -> tuple[Step, ...]:
        return tuple(s for s in self.steps if s.phase == phase_id)
