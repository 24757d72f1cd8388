"""Deadline rules, loaded strictly from ``resources/deadline_rules.yaml``.

Each rule carries its period, counting method, legal basis, source and the
date it was last verified; :mod:`locator.deadlines` turns a rule and a
notification into a due date.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from locator.holidays_be import RESOURCES_DIR

RULES_FILE = RESOURCES_DIR / "deadline_rules.yaml"

class Counting(StrEnum):
    """How a rule's period is counted (see the comment at the top of the rules file)."""

    BE_CALENDAR_DAYS = "be-calendar-days"
    HOURS = "hours"
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
    Counting.HOURS: (frozenset({Unit.HOURS}), True, DueKind.DEADLINE),
    Counting.MONTHLY: (frozenset({None}), False, DueKind.NEXT_FILING),
    Counting.INDICATIVE: (frozenset({Unit.MONTHS}), True, DueKind.INDICATIVE),
}
_REQUIRED = frozenset({"id", "country", "title", "description", "date_label", "period", "unit",
                       "counting", "legal_basis", "source_url", "confidence", "last_verified"})
_OPTIONAL = frozenset({"note", "period_if_not_detained", "if_unsure_use", "refile_after_months"})


class RulesFileError(ValueError):
    """The rules file is malformed. ``rule_id`` and ``field`` say where (None if not known)."""

    def __init__(self, rule_id: str | None, field: str | None, problem: str) -> None:
        where = f"rule '{rule_id}'" if rule_id else "file"
        where += f", field '{field}'" if field else ""
        super().__init__(f"Deadline rules file, {where}: {problem}")
        self.rule_id = rule_id
        self.field = field


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
    note: str | None = None
    period_if_not_detained: int | None = None
    if_unsure_use: str | None = None
    refile_after_months: int | None = None

    @property
    def kind(self) -> DueKind:
        return _SHAPES[self.counting][2]


def _text(raw: dict[str, Any], rule_id: str, field: str, *, optional: bool = False) -> Any:
    value = raw.get(field)
    if optional and value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise RulesFileError(rule_id, field, "must be a non-empty text.")
    return value.strip()


def _count(raw: dict[str, Any], rule_id: str, field: str) -> int | None:
    value = raw.get(field)
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
        raise RulesFileError(rule_id, field, "must be a whole number of at least 1, or null.")
    return value


def _choice(raw: dict[str, Any], rule_id: str, field: str, enum: type[StrEnum]) -> Any:
    value: Any = raw.get(field)
    if value is None and field == "unit":
        return None
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(member.value for member in enum)
        raise RulesFileError(rule_id, field, f"must be one of: {allowed}.") from None


def _parse_rule(raw: Any, index: int) -> Rule:
    if not isinstance(raw, dict):
        raise RulesFileError(None, None, f"entry #{index + 1} must be a mapping.")
    ident = raw.get("id")
    rule_id = ident if isinstance(ident, str) else f"#{index + 1}"
    unknown = sorted(str(key) for key in raw if key not in _REQUIRED | _OPTIONAL)
    if unknown:
        raise RulesFileError(rule_id, unknown[0], "is not a known field.")
    missing = sorted(_REQUIRED - raw.keys())
    if missing:
        raise RulesFileError(rule_id, missing[0], "is missing.")
    if not re.fullmatch(r"[a-z]{2}(-[a-z0-9]+)+", rule_id):
        raise RulesFileError(rule_id, "id", "must look like 'be-udn-first'.")
    if not re.fullmatch(r"[A-Z]{2}", str(raw["country"])):
        raise RulesFileError(rule_id, "country", "must be a two-letter country code.")
    if not str(raw["source_url"]).startswith(("https://", "http://")):
        raise RulesFileError(rule_id, "source_url", "must be a web address.")
    verified = raw["last_verified"]
    if not isinstance(verified, date) or isinstance(verified, datetime):
        raise RulesFileError(rule_id, "last_verified", "must be a date written YYYY-MM-DD.")
    rule = Rule(
        id=rule_id, country=raw["country"], title=_text(raw, rule_id, "title"),
        description=_text(raw, rule_id, "description"),
        date_label=_text(raw, rule_id, "date_label"),
        period=_count(raw, rule_id, "period"), unit=_choice(raw, rule_id, "unit", Unit),
        counting=_choice(raw, rule_id, "counting", Counting),
        legal_basis=_text(raw, rule_id, "legal_basis"),
        source_url=_text(raw, rule_id, "source_url"),
        confidence=_choice(raw, rule_id, "confidence", Confidence), last_verified=verified,
        note=_text(raw, rule_id, "note", optional=True),
        period_if_not_detained=_count(raw, rule_id, "period_if_not_detained"),
        if_unsure_use=_text(raw, rule_id, "if_unsure_use", optional=True),
        refile_after_months=_count(raw, rule_id, "refile_after_months"),
    )
    units, needs_period, _ = _SHAPES[rule.counting]
    if rule.unit not in units:
        shown = ", ".join(sorted(str(unit) for unit in units))
        raise RulesFileError(rule_id, "unit", f"must be {shown} for counting '{rule.counting}'.")
    if (rule.period is not None) != needs_period:
        need = "a whole number" if needs_period else "null"
        raise RulesFileError(rule_id, "period", f"must be {need} for counting '{rule.counting}'.")
    if (rule.refile_after_months is not None) != (rule.counting is Counting.MONTHLY):
        raise RulesFileError(rule_id, "refile_after_months", "is needed with counting "
                             "'monthly' and only then.")
    if rule.period_if_not_detained is not None and rule.counting is not Counting.BE_CALENDAR_DAYS:
        raise RulesFileError(rule_id, "period_if_not_detained", "only fits a day rule.")
    return rule


def parse_rules(raw: Any) -> Mapping[str, Rule]:
    """Validate already-parsed YAML data; return the rules by id (read-only).

    Raises:
        RulesFileError: on an unknown key, a missing key or a bad value.
    """
    if not isinstance(raw, dict) or set(raw) != {"rules"}:
        raise RulesFileError(None, None, "must hold exactly one key, 'rules'.")
    if not isinstance(raw["rules"], list) or not raw["rules"]:
        raise RulesFileError(None, "rules", "must be a non-empty list.")
    rules: dict[str, Rule] = {}
    for index, entry in enumerate(raw["rules"]):
        rule = _parse_rule(entry, index)
        if rule.id in rules:
            raise RulesFileError(rule.id, "id", "is used twice.")
        rules[rule.id] = rule
    for rule in rules.values():
        if rule.if_unsure_use is not None and rule.if_unsure_use not in rules.keys() - {rule.id}:
            raise RulesFileError(rule.id, "if_unsure_use", "must name another rule.")
    return MappingProxyType(rules)


def load_rules(path: Path | None = None) -> Mapping[str, Rule]:
    """Load a rules file; ``None`` means the shipped file (read once, then cached).

    Raises:
        RulesFileError: if the file cannot be read or is malformed.
    """
    if path is None:
        return _shipped_rules()
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise RulesFileError(None, None, f"cannot read {path.name}: {error}") from error
    return parse_rules(raw)


@functools.cache
def _shipped_rules() -> Mapping[str, Rule]:
    return load_rules(RULES_FILE)
