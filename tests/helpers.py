"""Shared test data: cases whose every text field carries a unique marker.

The fields come from their declarations (locator.model.cases): a field added there is filled in
here with no edit (a typical value of its kind, see :data:`TYPICAL`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from locator.model.cases import CASE_FIELDS, LAWYER_INFO, SCALAR_FIELDS
from locator.model.fieldinfo import FieldInfo, Kind

#: a typical JSON value of each kind of field, given the marker; free text carries it
TYPICAL: dict[Kind, Callable[[FieldInfo, str], Any]] = {
    Kind.TEXT: lambda _info, marker: f"{marker} text",
    Kind.LONG_TEXT: lambda _info, marker: f"{marker} first line\nsecond line",
    Kind.TEXT_LIST: lambda _info, marker: [f"{marker} one", "two"],
    Kind.REFERENCE: lambda _info, _marker: "8.123.456",
    Kind.DATE: lambda _info, _marker: "2025-08-02",
    Kind.PARTIAL_DATE: lambda _info, _marker: "1994-05",
    Kind.DATETIME: lambda _info, _marker: "2025-08-01T18:30",
    Kind.ENUM: lambda info, _marker: list(info.enum or ())[-1].value,  # not the default
    Kind.COUNTRY: lambda _info, _marker: "ER",
    Kind.CENTRE: lambda _info, _marker: "merksplas",
    Kind.PHONE: lambda _info, _marker: "+32 470 12 34 56",
    Kind.EMAIL: lambda _info, _marker: "someone@example.org",
}
#: the kinds whose values are free text (where a leak of case data would show)
FREE_TEXT = frozenset({Kind.TEXT, Kind.LONG_TEXT, Kind.TEXT_LIST})


def typical_case(marker: str) -> dict[str, Any]:
    """Every declared field of a case and of its lawyer with a typical value of its kind."""
    data: dict[str, Any] = {name: TYPICAL[CASE_FIELDS[name].kind](CASE_FIELDS[name], marker)
                            for name in SCALAR_FIELDS}
    data["lawyer"] = {name: TYPICAL[info.kind](info, marker) for name, info in LAWYER_INFO.items()}
    return data


HOSTILE = "<Home Office> & Co <font color=white>x</font> <img src=/etc/passwd> \"q\" 'a'"


def marker_case(marker: str) -> dict[str, Any]:
    """A full case as JSON; every free-text field contains ``marker``.

    The values below are what tests look for; a declared free-text field they do not
    name gets a typical value with the marker.
    """
    data = _marked(marker)
    for name in SCALAR_FIELDS:
        info = CASE_FIELDS[name]
        if name not in data and info.kind in FREE_TEXT:
            data[name] = TYPICAL[info.kind](info, marker)
    for name, info in LAWYER_INFO.items():
        if name not in data["lawyer"] and info.kind in FREE_TEXT:
            data["lawyer"][name] = TYPICAL[info.kind](info, marker)
    return data


def _marked(marker: str) -> dict[str, Any]:
    return {
        "alias": f"{marker} Sami 🙂",
        "registered_last_name": f"{marker}-Tesfaye",
        "registered_first_name": "Amanuel ተስፋይ",
        "real_name": f"{marker} محمد",
        "other_spellings": [f"{marker}-Mohamed", "Muhammad"],
        "nationality_recorded": "ER",
        "nationality_real": "ET",
        "birth_date_recorded": "1994-05",
        "birth_date_real": "1995",
        "oe_number": "8.123.456",
        "languages": ["Tigrinya", "Arabic"],
        "case_language": "fr",
        "status": "detained",
        "last_contact_at": "2025-08-01T18:30",
        "arrest_date": "2025-08-02",
        "arrest_place": f"{marker} Gare du Nord {HOSTILE}",
        "centre": "",
        "centre_since": "2025-08-03",
        "phone_in_centre": "0470 12 34 56",
        "consent_lawyer": "yes",
        "consent_lawyer_asked_on": "2025-08-05",
        "consent_share_gvo": "yes",
        "notes": f"{marker} notes: Élodie visited; café crème. {HOSTILE}",
        "lawyer": {"name": f"{marker} Maître Dupont", "bar": "Bruxelles",
                   "phone": "+32 2 511 11 11", "email": "dupont@example.org"},
        "contacts": [{"name": f"{marker} host", "role": "host",
                      "phones": ["+32 470 98 76 54"], "email": "host@example.org"}],
        "decisions": [{"kind": "removal", "annexe": "13septies",
                       "notified_at": "2025-08-10T11:00", "notification_method": "hand",
                       "earlier_removal": "unknown", "note": f"{marker} handed in centre"}],
        "deportation_attempts": [{"date": "2025-08-20", "flight": "SN123",
                                  "destination": "Addis Ababa", "outcome": "refused_boarding"}],
    }


def files_containing(root: Path, needle: str) -> list[Path]:
    """Every file under ``root`` whose bytes contain ``needle`` (UTF-8 or UTF-16)."""
    patterns = [needle.encode("utf-8"), needle.encode("utf-16-le")]
    found = []
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink():
            try:
                data = path.read_bytes()
            except OSError:
                continue
            if any(p in data for p in patterns):
                found.append(path)
    return found


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
