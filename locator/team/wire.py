"""A case as the change files carry it: field by field, under the case fields' one names.

Each fact is the text its column holds (``locator.storage.rows``), the lawyer's facts are
``lawyer.<name>``, each list of records (``contacts``, ``decisions``,
``deportation_attempts``) is one value — a list of objects under the records' own field
names, without this vault's row ids — and ``closed`` says whether the case is closed.
Attachments are not carried (a decision's ``attachment_id`` stays this vault's own).
"""

from __future__ import annotations

import copy
import json
from dataclasses import fields
from typing import Any

from locator.model.cases import (
    LAWYER_COLUMNS,
    LAWYER_INFO,
    SCALAR_FIELDS,
    AttemptOutcome,
    Case,
    Contact,
    ContactRole,
    Decision,
    DecisionKind,
    DeportationAttempt,
    NotificationMethod,
    Tristate,
)
from locator.storage.rows import case_row, field_from_db, scalar_from_db, to_db

RECORD_FIELDS = ("contacts", "decisions", "deportation_attempts")
CLOSED = "closed"
#: every name a change file may carry for a case, in a fixed order
WIRE_FIELDS: tuple[str, ...] = (*SCALAR_FIELDS, *(f"lawyer.{n}" for n in LAWYER_COLUMNS),
                                *RECORD_FIELDS, CLOSED)
_LOCAL = {"id", "attachment_id"}


def _record(item: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in fields(item):
        if f.name in _LOCAL:
            continue
        value = getattr(item, f.name)
        out[f.name] = value if isinstance(value, bool) else (
            list(value) if isinstance(value, list) else to_db(value))
    return out


def wire_fields(case: Case, closed: bool) -> dict[str, Any]:
    row = case_row(case)
    out: dict[str, Any] = {name: row[name] for name in SCALAR_FIELDS}
    for name, column in LAWYER_COLUMNS.items():
        out[f"lawyer.{name}"] = row[column]
    for name in RECORD_FIELDS:
        out[name] = [_record(item) for item in getattr(case, name)]
    out[CLOSED] = closed
    return out


def _text(data: dict[str, Any], key: str) -> str:
    value = data.get(key, "")
    if not isinstance(value, str):
        raise ValueError(key)
    return value


def _contact(data: dict[str, Any]) -> Contact:
    phones = data.get("phones", [])
    if not isinstance(phones, list) or not all(isinstance(p, str) for p in phones):
        raise ValueError("phones")
    return Contact(name=_text(data, "name"), role=ContactRole(_text(data, "role") or "other"),
                   phones=list(phones), email=_text(data, "email"))


def _decision(data: dict[str, Any]) -> Decision:
    from locator.model.dates import parse_utc

    notified = _text(data, "notified_at")
    return Decision(
        kind=DecisionKind(_text(data, "kind")),
        notified_at=parse_utc(notified) if notified else None,
        notified_time_known=bool(data.get("notified_time_known", True)),
        annexe=_text(data, "annexe"),
        notification_method=NotificationMethod(_text(data, "notification_method")),
        earlier_removal=Tristate(_text(data, "earlier_removal")),
        subsequent_asylum_in_detention=Tristate(_text(data, "subsequent_asylum_in_detention")),
        note=_text(data, "note"))


def _attempt(data: dict[str, Any]) -> DeportationAttempt:
    from datetime import date

    day = _text(data, "date")
    return DeportationAttempt(date=date.fromisoformat(day) if day else None,
                              flight=_text(data, "flight"),
                              destination=_text(data, "destination"),
                              outcome=AttemptOutcome(_text(data, "outcome")),
                              note=_text(data, "note"))


_READERS: dict[str, Any] = {
    "contacts": _contact, "decisions": _decision, "deportation_attempts": _attempt}


def check(name: str, value: Any) -> None:
    """Raises ValueError (or a subclass) unless ``value`` is one this vault can hold."""
    apply_field(Case(), name, value)


def apply_field(case: Case, name: str, value: Any) -> None:
    """Set one field of ``case`` from its change-file form. Records keep the row ids of
    those already at the same place (a decision keeps its deadlines, a photo link)."""
    if name in SCALAR_FIELDS:
        if not isinstance(value, str):
            raise ValueError(name)
        setattr(case, name, scalar_from_db(name, value))
    elif name.startswith("lawyer.") and name[7:] in LAWYER_INFO:
        if not isinstance(value, str):
            raise ValueError(name)
        setattr(case.lawyer, name[7:], field_from_db(LAWYER_INFO[name[7:]], value))
    elif name in _READERS:
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise ValueError(name)
        old = getattr(case, name)
        items: list[Any] = [_READERS[name](item) for item in value]
        for index, item in enumerate(items):
            if index < len(old):
                item.id = old[index].id
                if isinstance(item, Decision):
                    item.attachment_id = old[index].attachment_id
        setattr(case, name, items)
    elif name == CLOSED:
        if not isinstance(value, bool):
            raise ValueError(name)
    else:
        raise ValueError(name)


def same(a: Any, b: Any) -> bool:
    return json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)


def copy_case(case: Case) -> Case:
    return copy.deepcopy(case)
