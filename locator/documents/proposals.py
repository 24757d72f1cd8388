"""What reading a document proposes: one :class:`Proposal` per field, named by the case
field's one name (``registered_last_name`` …) or, for what a case does not keep as a
field, by one of :data:`DOCUMENT_FIELDS` (recorded on the timeline only)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from locator.model.errors import N_


class Source(StrEnum):
    """Where a proposal was read."""

    MRZ = "mrz"  # the machine-readable zone of a passport, card or visa
    FORM = "form"  # the printed labels of a Belgian order or decision


#: fields read from a document that a case does not hold as a field: kept in the
#: timeline entry of the reading, or (the decision's) in a new decision
DOCUMENT_FIELDS: dict[str, str] = {
    "document_kind": N_("Kind of document"),
    "document_number": N_("Document number"),
    "document_expiry": N_("Valid until"),
    "document_country": N_("Issued by"),
    "decision_annexe": N_("Annexe"),
    "decision_notified_on": N_("Date of notification"),
    "decision_notification_method": N_("How it was notified"),
}

#: why a proposal is not certain (shown beside it)
UNCERTAIN_CHECK = N_("could not be read with certainty: a check digit does not match")
UNCERTAIN_CUT = N_("may be cut short: the name fills the whole zone")
UNCERTAIN_LOW = N_("could not be read with certainty: the text is faint or unclear")
UNCERTAIN_GUESS = N_("could not be read with certainty: look-alike characters (O and 0, I "
                     "and 1 …) were guessed until the check digit matched")
UNCERTAIN_VALUE = N_("could not be read with certainty: not a value Locator knows")


@dataclass(frozen=True)
class Proposal:
    """One value read from a document, for the user to accept, correct or reject.

    ``value`` is the case field's stored text form (ISO dates, alpha-2 country codes, enum
    values); ``read`` the characters as they were read. ``confidence`` is 0 … 100 (the
    OCR's, lowered when a check fails); ``certain`` False means "could not be read with
    certainty" (``reason`` says why) and is never accepted without the user looking.
    """

    field: str
    value: str
    confidence: float
    certain: bool
    source: Source
    read: str = ""
    reason: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"field": self.field, "value": self.value,
                "confidence": round(self.confidence, 1), "certain": self.certain,
                "source": self.source.value, "read": self.read, "reason": self.reason}


@dataclass(frozen=True)
class Reading:
    """All a document gave: the proposals, weakest first, and what kind of paper it was."""

    proposals: tuple[Proposal, ...] = ()
    kind: str = ""  # "td1", "td3", "mrva", "mrvb", "form" or "" (nothing found)
    notes: tuple[str, ...] = field(default_factory=tuple)

    def get(self, name: str) -> Proposal | None:
        return next((p for p in self.proposals if p.field == name), None)

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "proposals": [p.to_json() for p in self.proposals]}


def weakest_first(proposals: list[Proposal]) -> tuple[Proposal, ...]:
    """Uncertain ones first, then by rising confidence."""
    return tuple(sorted(proposals, key=lambda p: (p.certain, p.confidence)))
