"""Case <-> database rows. Column names are the case field names."""

from __future__ import annotations

import json
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from locator.cases import (
    LIST_FIELDS,
    SCALAR_FIELDS,
    AttemptOutcome,
    Case,
    CaseLanguage,
    Consent,
    Contact,
    ContactRole,
    Decision,
    DecisionKind,
    DeportationAttempt,
    Lawyer,
    NotificationMethod,
    Status,
    Tristate,
)
from locator.dates import PartialDate, format_utc, parse_utc

_ENUMS: dict[str, type[StrEnum]] = {
    "case_language": CaseLanguage,
    "status": Status,
    "consent_lawyer": Consent,
    "consent_share_gvo": Consent,
    "consent_share_lawyer": Consent,
    "consent_share_referents": Consent,
}
_DATES = {"arrest_date", "centre_since", "consent_lawyer_asked_on", "consent_share_gvo_asked_on",
          "consent_share_lawyer_asked_on", "consent_share_referents_asked_on"}


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


def scalar_from_db(name: str, text: str) -> Any:
    if name in LIST_FIELDS:
        return json.loads(text) if text else []
    if name in _ENUMS:
        return _ENUMS[name](text) if text else next(iter(_ENUMS[name]))
    if name in _DATES:
        return date.fromisoformat(text) if text else None
    if name.startswith("birth_date_"):
        return _partial(text)
    if name == "last_contact_at":
        return parse_utc(text) if text else None
    return text


def case_row(case: Case) -> dict[str, Any]:
    row = {name: to_db(getattr(case, name)) for name in SCALAR_FIELDS}
    for name in ("name", "bar", "phone", "email", "brief_sent_on"):
        row[f"lawyer_{name}"] = to_db(getattr(case.lawyer, name))
    return row


def case_from_row(row: Any) -> Case:
    keys = row.keys()
    case = Case(**{name: scalar_from_db(name, row[name]) for name in SCALAR_FIELDS})
    case.lawyer = Lawyer(
        name=row["lawyer_name"], bar=row["lawyer_bar"], phone=row["lawyer_phone"],
        email=row["lawyer_email"],
        brief_sent_on=date.fromisoformat(row["lawyer_brief_sent_on"])
        if row["lawyer_brief_sent_on"] else None,
    )
    case.id = row["id"]
    if "created_at" in keys:
        case.created_at = parse_utc(row["created_at"])
        case.updated_at = parse_utc(row["updated_at"])
    return case


def contact_from_row(row: Any) -> Contact:
    return Contact(name=row["name"], role=ContactRole(row["role"]),
                   phones=json.loads(row["phones"]), email=row["email"], id=row["id"])


def decision_from_row(row: Any) -> Decision:
    return Decision(
        kind=DecisionKind(row["kind"]), notified_at=parse_utc(row["notified_at"]),
        annexe=row["annexe"], notification_method=NotificationMethod(row["notification_method"]),
        earlier_removal=Tristate(row["earlier_removal"]), attachment_id=row["attachment_id"],
        note=row["note"], id=row["id"],
    )


def attempt_from_row(row: Any) -> DeportationAttempt:
    return DeportationAttempt(
        date=date.fromisoformat(row["date"]) if row["date"] else None, flight=row["flight"],
        destination=row["destination"], outcome=AttemptOutcome(row["outcome"]),
        note=row["note"], id=row["id"],
    )
