"""Deadline rules, loaded strictly from ``resources/deadline_rules.yaml``.

Each rule carries its period, counting method, legal basis, source and the
date it was last verified; :mod:`locator.deadlines.counting` turns a rule and a
notification into a due date.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType

from locator.model.paths import RESOURCES_DIR
from locator.model.yamlstrict import StrictMap, StrictYamlError, compose, peek_text, read_data_file

RULES_FILE = RESOURCES_DIR / "deadline_rules.yaml"

class Counting(StrEnum):
    """How a rule's period is counted (see the comment at the top of the rules file)."""

    BE_CALENDAR_DAYS = "be-calendar-days"
    BE_DAYS_NOT_EXTENDED = "be-days-not-extended"
    FR_DAYS_FROM_NOTIFICATION_DAY = "fr-days-from-notification-day"
    FR_DAYS_NOT_EXTENDED = "fr-days-not-extended"
    HOURS = "hours"
    AT_ONCE = "at-once"
    MONTHLY = "monthly"
    INDICATIVE = "indicative"


class Unit(StrEnum):
    DAYS = "days"
    HOURS = "hours"
    MONTHS = "months"


class Confidence(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class DueKind(StrEnum):
    DEADLINE = "deadline"
    NEXT_FILING = "next-filing"
    INDICATIVE = "indicative"


# counting -> (units allowed, whether a period is required, kind of result)
_SHAPES: dict[Counting, tuple[frozenset[Unit | None], bool, DueKind]] = {
    Counting.BE_CALENDAR_DAYS: (frozenset({Unit.DAYS}), True, DueKind.DEADLINE),
    Counting.BE_DAYS_NOT_EXTENDED: (frozenset({Unit.DAYS}), True, DueKind.DEADLINE),
    Counting.FR_DAYS_FROM_NOTIFICATION_DAY: (frozenset({Unit.DAYS}), True, DueKind.DEADLINE),
    Counting.FR_DAYS_NOT_EXTENDED: (frozenset({Unit.DAYS}), True, DueKind.DEADLINE),
    Counting.HOURS: (frozenset({Unit.HOURS}), True, DueKind.DEADLINE),
    Counting.AT_ONCE: (frozenset({None}), False, DueKind.NEXT_FILING),
    Counting.MONTHLY: (frozenset({None}), False, DueKind.NEXT_FILING),
    Counting.INDICATIVE: (frozenset({Unit.MONTHS, Unit.DAYS}), True, DueKind.INDICATIVE),
}
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class RulesFileError(ValueError):
    """The rules file is malformed.

    ``rule_id``, ``field`` and the 1-based ``line`` say where (None if not known).
    """

    def __init__(self, rule_id: str | None, field: str | None, problem: str, *,
                 line: int | None = None) -> None:
        where = f"rule '{rule_id}'" if rule_id else "file"
        where += f", field '{field}'" if field else ""
        where += f", line {line}" if line is not None else ""
        super().__init__(f"Deadline rules file, {where}: {problem}")
        self.rule_id = rule_id
        self.field = field
        self.line = line


@dataclass(frozen=True)
class Rule:
    """One legal period, as written in the rules file (field meanings: see that file)."""

    id: str
    country: str
    title: str
    description: str
    date_label: str
    period: int | None
    unit: Unit | None
    counting: Counting
    legal_basis: str
    source_url: str
    confidence: Confidence
    last_verified: date
    #: the period was read in the law's own text (not only in the source named)
    law_text_checked: bool
    note: str | None = None
    period_if_not_detained: int | None = None
    if_unsure_use: str | None = None
    refile_after_months: int | None = None
    condition: str | None = None  # shown when it runs only as a possibility (conditional)

    @property
    def kind(self) -> DueKind:
        return _SHAPES[self.counting][2]




def _count(m: StrictMap, key: str) -> int | None:
    value = m.opt_integer(key)
    if value is not None and value < 1:
        raise m.error(key, "must be a whole number of at least 1, or null.")
    return value


def _nullable(m: StrictMap, key: str) -> None:
    """A key that must be written, though it may be ``null``."""
    if not m.present(key):
        raise m.error(key, "is missing.")


def _verified(m: StrictMap, key: str) -> date:
    text = m.raw(key)
    try:
        if not _ISO_DATE.fullmatch(text):
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        raise m.error(key, "must be a date written YYYY-MM-DD.") from None


def _parse_rule(m: StrictMap) -> Rule:
    rule_id = m.text("id")
    if not re.fullmatch(r"[a-z]{2}(-[a-z0-9]+)+", rule_id):
        raise m.error("id", "must look like 'be-udn-first'.")
    country = m.text("country")
    if not re.fullmatch(r"[A-Z]{2}", country):
        raise m.error("country", "must be a two-letter country code.")
    source_url = m.text("source_url")
    if not source_url.startswith(("https://", "http://")):
        raise m.error("source_url", "must be a web address.")
    _nullable(m, "period")
    _nullable(m, "unit")
    rule = Rule(
        id=rule_id, country=country, title=m.text("title"), description=m.text("description"),
        date_label=m.text("date_label"), period=_count(m, "period"),
        unit=m.choice("unit", Unit) if m.has("unit") else None,
        counting=m.choice("counting", Counting), legal_basis=m.text("legal_basis"),
        source_url=source_url, confidence=m.choice("confidence", Confidence),
        last_verified=_verified(m, "last_verified"),
        law_text_checked=m.boolean("law_text_checked"), note=m.opt_text("note"),
        period_if_not_detained=_count(m, "period_if_not_detained"),
        if_unsure_use=m.opt_text("if_unsure_use"),
        refile_after_months=_count(m, "refile_after_months"),
        condition=m.opt_text("condition"),
    )
    m.done()
    units, needs_period, _ = _SHAPES[rule.counting]
    if rule.unit not in units:
        shown = ", ".join(sorted(str(unit) for unit in units))
        raise m.error("unit", f"must be {shown} for counting '{rule.counting}'.")
    if (rule.period is not None) != needs_period:
        need = "a whole number" if needs_period else "null"
        raise m.error("period", f"must be {need} for counting '{rule.counting}'.")
    if (rule.refile_after_months is not None) != (rule.counting is Counting.MONTHLY):
        raise m.error("refile_after_months", "is needed with counting 'monthly' and only then.")
    if rule.period_if_not_detained is not None and rule.counting is not Counting.BE_CALENDAR_DAYS:
        raise m.error("period_if_not_detained", "only fits a day rule.")
    return rule


def _fail(error: StrictYamlError, rule_id: str | None = None) -> RulesFileError:
    return RulesFileError(rule_id, error.path or None, error.problem, line=error.line)


def parse_rules(text: str, file: str = RULES_FILE.name) -> Mapping[str, Rule]:
    """Validate the text of a rules file; return the rules by id (read-only).

    The text is read by :mod:`locator.model.yamlstrict`, so errors carry a line number.
    ``file`` names the file in errors.

    Raises:
        RulesFileError: on invalid YAML, an unknown or duplicated key, a missing key or a
            bad value.
    """
    try:
        node = compose(text)
    except StrictYamlError as error:
        raise RulesFileError(None, None, f"cannot read {file}: {error.problem}",
                             line=error.line) from None
    try:
        root = StrictMap(node)
        entries = root.sequence("rules", required=True)
        root.done()
    except StrictYamlError as error:
        raise _fail(error) from None
    read: list[tuple[Rule, StrictMap]] = []
    for index, (_, entry) in enumerate(entries):
        # errors name the rule by its id, with fields relative to it
        rule_id = peek_text(entry, "id") or f"#{index + 1}"
        try:
            m = StrictMap(entry)
            read.append((_parse_rule(m), m))
        except StrictYamlError as error:
            raise _fail(error, rule_id) from None
    rules: dict[str, Rule] = {}
    first_line: dict[str, int] = {}
    for rule, m in read:
        if rule.id in rules:
            raise _fail(m.error("id", f"is used twice (first at line {first_line[rule.id]})."),
                        rule.id)
        rules[rule.id] = rule
        first_line[rule.id] = m.line_of("id")
    for rule, m in read:
        if rule.if_unsure_use is not None and rule.if_unsure_use not in rules.keys() - {rule.id}:
            raise _fail(m.error("if_unsure_use", "must name another rule."), rule.id)
    return MappingProxyType(rules)


def load_rules(path: Path | None = None) -> Mapping[str, Rule]:
    """Load a rules file; ``None`` means the shipped file (read once, then cached).

    Raises:
        RulesFileError: if the file cannot be read or is malformed.
    """
    return read_data_file(
        path, _shipped_rules, lambda text, name: parse_rules(text, file=name),
        lambda p, error: RulesFileError(None, None, f"cannot read {p.name}: {error}"))


@functools.cache
def _shipped_rules() -> Mapping[str, Rule]:
    return load_rules(RULES_FILE)
