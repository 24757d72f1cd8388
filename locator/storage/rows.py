"""Case <-> database rows. Column names are the case field names (the lawyer's are
``lawyer_<name>``, :data:`locator.model.cases.LAWYER_COLUMNS`); each value is read back by the
converter of its field's kind."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from locator.model.cases import (
    CASE_FIELDS,
    KEPT_FIELDS,
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
    Lawyer,
    NotificationMethod,
    Tristate,
)
from locator.model.dates import PartialDate, format_utc, parse_utc
from locator.model.fieldinfo import FieldInfo, Kind, require_every_kind


def to_db(value: Any) -> Any:
    """Python value → column text ('' for unknown)."""
    if value is None:
        return ""
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, datetime):
        return format_utc(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, PartialDate):
        return str(value)
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    return value


def _partial(text: str) -> PartialDate | None:
    if not text:
        return None
    parts = [int(p) for p in text.split("-")]
    return PartialDate(*parts)


def _enum(info: FieldInfo, text: str) -> StrEnum:
    assert info.enum is not None  # FieldInfo checks it
    return info.enum(text) if text else next(iter(info.enum))


def _as_is(_info: FieldInfo, text: str) -> str:
    return text


#: column text → field value, one converter per kind ('' is unknown)
_FROM_DB: dict[Kind, Callable[[FieldInfo, str], Any]] = {
    Kind.TEXT: _as_is, Kind.LONG_TEXT: _as_is, Kind.REFERENCE: _as_is, Kind.COUNTRY: _as_is,
    Kind.CENTRE: _as_is, Kind.PHONE: _as_is, Kind.EMAIL: _as_is,
    Kind.TEXT_LIST: lambda _info, text: json.loads(text) if text else [],
    Kind.ENUM: _enum,
    Kind.DATE: lambda _info, text: date.fromisoformat(text) if text else None,
    Kind.PARTIAL_DATE: lambda _info, text: _partial(text),
    Kind.DATETIME: lambda _info, text: parse_utc(text) if text else None,
}
require_every_kind(_FROM_DB, "locator.storage.rows (reading columns)")


def field_from_db(info: FieldInfo, text: str) -> Any:
    """The value of one declared field from its column's text."""
    return _FROM_DB[info.kind](info, text)


def scalar_from_db(name: str, text: str) -> Any:
    """The value of the case field ``name`` from its column's text."""
    return field_from_db(CASE_FIELDS[name], text)


def case_row(case: Case) -> dict[str, Any]:
    """The columns a save writes: the facts, the lawyer's as ``lawyer_<name>`` (the vault
    writes the fields it keeps itself)."""
    row = {name: to_db(getattr(case, name)) for name in SCALAR_FIELDS}
    for name, column in LAWYER_COLUMNS.items():
        row[column] = to_db(getattr(case.lawyer, name))
    return row


def case_from_row(row: Any) -> Case:
    keys = row.keys()
    case = Case(**{name: scalar_from_db(name, row[name]) for name in SCALAR_FIELDS})
    case.lawyer = Lawyer(**{name: field_from_db(LAWYER_INFO[name], row[column])
                            for name, column in LAWYER_COLUMNS.items()})
    case.id = row["id"]
    for name in KEPT_FIELDS:
        if name in keys:
            setattr(case, name, scalar_from_db(name, row[name]))
    return case


def contact_from_row(row: Any) -> Contact:
    return Contact(name=row["name"], role=ContactRole(row["role"]),
                   phones=json.loads(row["phones"]), email=row["email"], id=row["id"])


def decision_from_row(row: Any) -> Decision:
    return Decision(
        kind=DecisionKind(row["kind"]), notified_at=parse_utc(row["notified_at"]),
        annexe=row["annexe"], notification_method=NotificationMethod(row["notification_method"]),
        earlier_removal=Tristate(row["earlier_removal"]),
        # a column of schema v5: absent while an older vault is migrated (v2's data step)
        subsequent_asylum_in_detention=Tristate(
            row["subsequent_asylum_in_detention"]
            if "subsequent_asylum_in_detention" in row.keys() else Tristate.UNKNOWN),
        # schema v6; decisions recorded before kept the time they were given
        notified_time_known=bool(row["notified_time_known"])
        if "notified_time_known" in row.keys() else True,
        attachment_id=row["attachment_id"],
        note=row["note"], id=row["id"],
    )


def attempt_from_row(row: Any) -> DeportationAttempt:
    return DeportationAttempt(
        date=date.fromisoformat(row["date"]) if row["date"] else None, flight=row["flight"],
        destination=row["destination"], outcome=AttemptOutcome(row["outcome"]),
        note=row["note"], id=row["id"],
    )
