"""Plain English for the command line's text output: a field's label instead of its key,
a status or a centre in words, a timeline entry described as the app describes it.

JSON output keeps the vocabulary of the contract (shared/design/cli.md: the keys are the
field names); only what a person reads is put into words here.
"""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum
from functools import cache

from locator.brief.labels import enum_word
from locator.centres.load import load_centres
from locator.centres.model import CentreDirectory
from locator.deadlines.rules import load_rules
from locator.model.cases import field_info
from locator.model.errors import FieldError, ValidationFailed
from locator.procedure.file import load_procedure
from locator.procedure.model import Procedure

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
#: the nested records, as a person names one of them ("decisions[0]" → "decision 1")
_RECORDS = {"contacts": "contact", "decisions": "decision",
            "deportation_attempts": "deportation attempt", "lawyer": "lawyer"}
_INDEXED = re.compile(r"^(?P<record>[a-z_]+)\[(?P<index>\d+)\]$")


def day_in_words(value: date) -> str:
    """"Friday 11 December 2026"."""
    return f"{_DAYS[value.weekday()]} {value.day} {_MONTHS[value.month - 1]} {value.year}"


def _humane(key: str) -> str:
    return key.replace("_", " ")


def field_label(path: str) -> str:
    """A field's label from its declaration ("Registered last name"); a nested value
    is named by its record and number ("Decision 1, notified at"). Never the bare key
    when a label is declared."""
    info = field_info(path)
    if info is not None and info.label:
        if path.startswith("lawyer"):
            return f"Lawyer's {info.label[:1].lower()}{info.label[1:]}"
        return info.label
    parts: list[str] = []
    for part in path.split("."):
        match = _INDEXED.match(part)
        if match:
            record = _RECORDS.get(match["record"], _humane(match["record"]))
            parts.append(f"{record} {int(match['index']) + 1}")
        elif part in _RECORDS:
            parts.append(_RECORDS[part])
        else:
            parts.append(_humane(part))
    text = ", ".join(parts)
    return text[:1].upper() + text[1:]


def field_problem(error: FieldError) -> str:
    """One field's problem for someone writing JSON: its label, then the key they wrote
    (the JSON vocabulary), then what is wrong: 'Status ("status"): choose one of: …'."""
    return f'{field_label(error.field)} ("{error.field}"): {error.detail}'


def problems_text(failed: ValidationFailed) -> str:
    return "; ".join(field_problem(e) for e in failed.errors)


def value_word(value: StrEnum) -> str:
    """A status, consent, language… in English words ("at a police station")."""
    return enum_word(value, "en") or _humane(value.value)


@cache
def _directory() -> CentreDirectory:
    return load_centres()


@cache
def _procedure() -> Procedure:
    return load_procedure()


def centre_name(centre_id: str) -> str:
    """The centre's name in English; "" for none, the id itself for one not in the list."""
    if not centre_id:
        return ""
    try:
        return _directory().get(centre_id).display_name("en")
    except LookupError:
        return centre_id


class CliWords:
    """:class:`locator.timeline.describe.Words` in English, for the text output."""

    def text(self, template: str, **params: object) -> str:
        return template.format(**params) if params else template

    def word(self, value: StrEnum) -> str:
        return value_word(value)

    def centre(self, centre_id: str) -> str:
        return centre_name(centre_id) or "?"

    def step(self, step_id: str) -> tuple[str, int] | None:
        try:
            step = _procedure().step(step_id)
        except KeyError:
            return None
        return step.title, len(step.checklist)

    def rule(self, rule_id: str) -> str:
        rule = load_rules().get(rule_id)
        return rule.title if rule is not None else rule_id

    def day(self, iso: str) -> str:
        try:
            return day_in_words(date.fromisoformat(iso))
        except ValueError:
            return ""
