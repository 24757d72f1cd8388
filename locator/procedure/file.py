"""The strict loader of ``resources/procedure.yaml`` (model: :mod:`locator.procedure.model`).

The format is explained at the top of the YAML file. Anything unexpected (an
unknown key, condition or action, a duplicate id, a reference to a phase,
warning, reason, situation or step that does not exist, a step that waits for
a later step) is a :class:`ProcedureFileError` naming the step, the field and
the line.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from types import MappingProxyType

import yaml

from locator.model.cases import EventKind
from locator.model.paths import RESOURCES_DIR
from locator.model.yamlstrict import (
    StrictMap,
    StrictYamlError,
    compose,
    line_of,
    read_data_file,
    scalar_text,
)
from locator.procedure.model import (
    BUILTIN_REASONS,
    CLOSED_SITUATION,
    EDIT_FIELD,
    EDITABLE_FIELDS,
    FIXED_ACTIONS,
    Caution,
    ChecklistItem,
    Phase,
    Procedure,
    ProcedureFileError,
    Source,
    Step,
    Urgency,
)
from locator.procedure.rules import (
    After,
    AllOf,
    AnyOf,
    Condition,
    Not,
    SituationRef,
    parse_condition,
)

PROCEDURE_FILE = RESOURCES_DIR / "procedure.yaml"
FORMAT = 1
_KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_SNAKE = re.compile(r"^[a-z0-9]+(_[a-z0-9]+)*$")


def load_procedure(path: Path | None = None) -> Procedure:
    """Load a procedure file; ``None`` means the shipped one (read once, then cached).

    Raises:
        ProcedureFileError: if the file cannot be read or breaks the format.
    """
    return read_data_file(
        path, _shipped, lambda text, name: parse_procedure(text, file=name),
        lambda p, error: ProcedureFileError(f"cannot read the file ({error})", file=p.name))


@functools.cache
def _shipped() -> Procedure:
    return load_procedure(PROCEDURE_FILE)


def parse_procedure(text: str, file: str = "procedure.yaml") -> Procedure:
    """Read procedure YAML text (``file`` is only used in messages)."""
    return _Parser(file).procedure(text)


class _Parser:
    def __init__(self, file: str) -> None:
        self.file = file
        self.cautions: dict[str, Caution] = {}
        self.reasons: dict[str, str] = {}
        self.situations: dict[str, Condition] = {}
        self.phases: dict[str, Phase] = {}
        self.steps: list[Step] = []
        self.used: set[str] = {CLOSED_SITUATION}  # warnings, reasons, situations referred to

    def fail(self, error: StrictYamlError, step: str | None = None) -> ProcedureFileError:
        return ProcedureFileError(error.problem, file=self.file, line=error.line, step=step,
                                  field=error.path or None)

    def procedure(self, text: str) -> Procedure:
        try:
            root = StrictMap(compose(text))
            fmt = root.integer("format")
            if fmt != FORMAT:
                raise root.error("format", f"this app reads format {FORMAT}, not {fmt}")
            source = self.source(root.mapping("source"))
            hours = root.integer("waiting_period_hours")
            if not 1 <= hours <= 96:
                raise root.error("waiting_period_hours", "must be between 1 and 96")
            self.table(root, "phases")
            self.table(root, "warnings")
            self.table(root, "reasons")
            self.table(root, "situations")
            step_items = root.sequence("steps", required=True)
            root.done()
        except StrictYamlError as error:
            raise self.fail(error) from None
        for path, node in step_items:
            self.step(path, node)
        try:  # the engine reads "closed" after every step
            self.check_refs(self.situations[CLOSED_SITUATION], "", set())
        except StrictYamlError as error:
            raise self.fail(error) from None
        self.check_unused(root)
        return Procedure(fmt, source, hours, tuple(self.phases.values()),
                         tuple(self.cautions.values()), MappingProxyType(dict(self.reasons)),
                         MappingProxyType(dict(self.situations)), tuple(self.steps))

    def source(self, m: StrictMap) -> Source:
        checked = m.raw("checked")
        try:
            day = date.fromisoformat(checked)
        except ValueError:
            raise m.error("checked", "write the date as YYYY-MM-DD") from None
        out = Source(m.text("title"), m.text("publisher"), m.text("republished_by"),
                     m.text("web"), m.text("restated_in"), day)
        m.done()
        return out

    def table(self, root: StrictMap, key: str) -> None:
        """phases (a list), warnings / reasons (id: text), situations (name: condition)."""
        if key == "phases":
            for number, phase in enumerate(root.mappings(key, required=True)):
                pid = _ident(phase, "id", _KEBAB)
                if pid in self.phases:
                    raise phase.error("id", f'the phase id "{pid}" is used twice')
                self.phases[pid] = Phase(pid, number, phase.text("title"), phase.text("summary"))
                phase.done()
            return
        table = root.mapping(key)
        for name in table.keys():
            pattern = _KEBAB if key == "warnings" else _SNAKE
            if not pattern.match(name):
                raise table.error(name, f'"{name}" is not a valid id here')
            if key == "warnings":
                self.cautions[name] = Caution(name, table.text(name))
            elif key == "reasons":
                self.reasons[name] = table.text(name)
            else:
                self.situation(table, name)
        if key == "reasons":
            missing = [r for r in BUILTIN_REASONS if r not in self.reasons]
            if missing:
                raise root.error(key, "the engine needs these reasons: " + ", ".join(missing))
        if key == "situations" and CLOSED_SITUATION not in self.situations:
            raise root.error(key, f'the engine needs the situation "{CLOSED_SITUATION}"')

    def situation(self, table: StrictMap, name: str) -> None:
        cond = parse_condition(table.mapping(name))
        for ref in references(cond)[1]:
            if ref.name not in self.situations:
                raise StrictYamlError(f'no earlier situation is called "{ref.name}"',
                                      path=ref.path, line=ref.line)
        self.situations[name] = cond

    def step(self, path: str, node: yaml.Node) -> None:
        label = path
        try:
            m = StrictMap(node, "")
            label = _ident(m, "id", _KEBAB)
            if any(s.id == label for s in self.steps):
                raise m.error("id", f'the step id "{label}" is used twice')
            self.steps.append(self.step_body(m, label))
        except StrictYamlError as error:
            raise self.fail(error, step=label) from None

    def step_body(self, m: StrictMap, step_id: str) -> Step:
        phase = m.text("phase")
        if phase not in self.phases:
            raise m.error("phase", f'no phase is called "{phase}"')
        if self.steps and self.phase_number(self.steps[-1].phase) > self.phases[phase].number:
            raise m.error("phase", "steps must be listed in phase order")
        anytime = m.boolean("anytime", default=False)
        when = self.condition(m, "when", step_id)
        done_when = self.condition(m, "done_when", step_id) if m.has("done_when") else None
        urgent = self.urgency(m, step_id)
        if anytime and urgent is not None:
            raise m.error("urgent", "an anytime step is never the step to do now")
        reason = self.reason_ref(m, "reason") if m.has("reason") or not anytime else None
        step = Step(
            step_id, phase, m.text("title"), m.text("do"), m.text("why"),
            self.caution_refs(m), self.checklist(m), when, done_when, urgent, reason,
            self.actions(m), anytime, self.resets_on(m), m.line)
        m.done()
        return step

    def urgency(self, step: StrictMap, step_id: str) -> Urgency | None:
        m = step.opt_mapping("urgent")
        if m is None:
            return None
        when = self.condition(m, "when", step_id)
        reason = self.reason_ref(m, "reason")
        level = m.integer("level")
        if not 1 <= level <= 9:
            raise m.error("level", "must be between 1 and 9")
        m.done()
        return Urgency(when, reason, level)

    def phase_number(self, phase_id: str) -> int:
        return self.phases[phase_id].number

    def condition(self, m: StrictMap, key: str, step_id: str) -> Condition:
        cond = parse_condition(m.mapping(key))
        self.check_refs(cond, step_id, set())
        return cond

    def check_refs(self, cond: Condition, step_id: str, seen: set[str]) -> None:
        """Situations must exist; ``after`` may only name earlier steps (no cycles)."""
        afters, sits = references(cond)
        earlier = {s.id for s in self.steps}
        for after in afters:
            self.check_after(after, step_id, earlier)
        for ref in sits:
            if ref.name not in self.situations:
                raise StrictYamlError(f'no situation is called "{ref.name}"', path=ref.path,
                                      line=ref.line)
            self.used.add(ref.name)
            if ref.name not in seen:
                seen.add(ref.name)
                self.check_refs(self.situations[ref.name], step_id, seen)

    @staticmethod
    def check_after(after: After, step_id: str, earlier: set[str]) -> None:
        for name in after.steps:
            if name == step_id:
                raise StrictYamlError("a step cannot wait for itself", path=after.path,
                                      line=after.line)
            if name not in earlier:
                raise StrictYamlError(f'"{name}" is not a step listed before this one',
                                      path=after.path, line=after.line)

    def reason_ref(self, m: StrictMap, key: str) -> str:
        value = m.text(key)
        if value not in self.reasons:
            raise m.error(key, f'no reason is called "{value}"')
        self.used.add(value)
        return value

    def caution_refs(self, m: StrictMap) -> tuple[Caution, ...]:
        found: list[Caution] = []
        for path, node in m.sequence("warnings"):
            name = scalar_text(node, path)
            if name not in self.cautions:
                raise StrictYamlError(f'no warning is called "{name}"', path=path,
                                      line=line_of(node))
            if self.cautions[name] in found:
                raise StrictYamlError(f'the warning "{name}" is given twice', path=path,
                                      line=line_of(node))
            self.used.add(name)
            found.append(self.cautions[name])
        return tuple(found)

    def checklist(self, m: StrictMap) -> tuple[ChecklistItem, ...]:
        items: list[ChecklistItem] = []
        for item in m.mappings("checklist"):
            cid = _ident(item, "id", _KEBAB)
            if any(i.id == cid for i in items):
                raise item.error("id", f'the checklist id "{cid}" is used twice')
            items.append(ChecklistItem(cid, item.text("text")))
            item.done()
        return tuple(items)

    def actions(self, m: StrictMap) -> tuple[str, ...]:
        found: list[str] = []
        for path, node in m.sequence("actions", required=True):
            action = scalar_text(node, path)
            field = action.removeprefix(EDIT_FIELD)
            ok = action in FIXED_ACTIONS or (action.startswith(EDIT_FIELD)
                                             and field in EDITABLE_FIELDS)
            if not ok:
                problem = (f'"{field}" is not a case field' if action.startswith(EDIT_FIELD)
                           else f'unknown action "{action}" (known actions: '
                           + ", ".join(sorted(FIXED_ACTIONS)) + ", edit_field:<field>)")
                raise StrictYamlError(problem, path=path, line=line_of(node))
            if action in found:
                raise StrictYamlError(f'the action "{action}" is given twice', path=path,
                                      line=line_of(node))
            found.append(action)
        return tuple(found)

    def resets_on(self, m: StrictMap) -> frozenset[EventKind]:
        kinds: set[EventKind] = set()
        for path, node in m.sequence("resets_on"):
            text = scalar_text(node, path)
            try:
                kind = EventKind(text)
            except ValueError:
                kind = EventKind.STEP
            if kind is EventKind.STEP:
                raise StrictYamlError(f'"{text}" is not an event kind that can reset a step',
                                      path=path, line=line_of(node))
            kinds.add(kind)
        return frozenset(kinds)

    def check_unused(self, root: StrictMap) -> None:
        tables: dict[str, Mapping[str, object]] = {
            "warnings": self.cautions, "reasons": self.reasons, "situations": self.situations}
        for key, table in tables.items():
            for name in table:
                if name not in self.used and name not in BUILTIN_REASONS:
                    error = root.mapping(key).error(name, f'"{name}" is defined but not used')
                    raise self.fail(error) from None


def references(cond: Condition) -> tuple[list[After], list[SituationRef]]:
    """The step and situation references inside a condition (not through situations)."""
    if isinstance(cond, After):
        return [cond], []
    if isinstance(cond, SituationRef):
        return [], [cond]
    children: tuple[Condition, ...] = ()
    if isinstance(cond, AnyOf):
        children = cond.options
    elif isinstance(cond, AllOf):
        children = cond.parts
    elif isinstance(cond, Not):
        children = (cond.inner,)
    afters: list[After] = []
    sits: list[SituationRef] = []
    for child in children:
        a, s = references(child)
        afters += a
        sits += s
    return afters, sits


def _ident(m: StrictMap, key: str, pattern: re.Pattern[str]) -> str:
    value = m.text(key)
    if not pattern.match(value):
        style = "kebab-case (a-z, 0-9, -)" if pattern is _KEBAB else "snake_case (a-z, 0-9, _)"
        raise m.error(key, f'"{value}" must be {style}')
    return value
