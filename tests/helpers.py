"""Shared test data: cases whose every text field carries a unique marker."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

HOSTILE = "<Home Office> & Co <font color=white>x</font> <img src=/etc/passwd> \"q\" 'a'"


def marker_case(marker: str) -> dict[str, Any]:
    """A full case as JSON; every free-text field contains ``marker``."""
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
