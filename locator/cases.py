"""The case file: one missing or detained person.

Field names here are the project's one vocabulary (``shared/domain/case-fields.md``):
the same name is the database column, the JSON key, the CLI key and the Qt
``objectName`` of the widget that edits it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from locator.dates import PartialDate


class Status(StrEnum):
    MISSING = "missing"
    AT_POLICE_STATION = "at_police_station"
    DETAINED = "detained"
    RELEASED = "released"
    DEPORTED = "deported"
    TRANSFERRED = "transferred"
    UNKNOWN = "unknown"


class Consent(StrEnum):
    NOT_ASKED = "not_asked"
    YES = "yes"
    NO = "no"


class CaseLanguage(StrEnum):
    UNKNOWN = "unknown"
    FRENCH = "fr"
    DUTCH = "nl"


class DecisionKind(StrEnum):
    OQT = "oqt"  # order to leave the territory (annexe 13, 13septies …)
    DETENTION = "detention"
    REMOVAL = "removal"  # removal measure with imminent execution
    DUBLIN_TRANSFER = "dublin_transfer"
    ASYLUM_REFUSAL = "asylum_refusal"
    ENTRY_REFUSAL = "entry_refusal"
    DETENTION_EXTENSION = "detention_extension"
    OTHER = "other"


class NotificationMethod(StrEnum):
    HAND = "hand"  # handed over (the normal case in a centre)
    REGISTERED = "registered"  # registered letter with acknowledgment
    POST = "post"  # post without acknowledgment


class Tristate(StrEnum):
    UNKNOWN = "unknown"
    YES = "yes"
    NO = "no"


class AttemptOutcome(StrEnum):
    UNKNOWN = "unknown"
    REFUSED_BOARDING = "refused_boarding"
    BROUGHT_BACK = "brought_back"
    DEPORTED = "deported"


class ContactRole(StrEnum):
    OTHER = "other"
    HOST = "host"
    FRIEND = "friend"
    FAMILY = "family"
    REFERENT = "referent"
    LAWYER = "lawyer"
    FELLOW_DETAINEE = "fellow_detainee"
    VISITOR = "visitor"


class EventKind(StrEnum):
    CREATED = "created"
    CALL = "call"
    VISIT = "visit"
    EMAIL = "email"
    MESSAGE = "message"
    STATUS_CHANGE = "status_change"
    DECISION = "decision"
    DEPORTATION_ATTEMPT = "deportation_attempt"
    NOTE = "note"
    CORRECTION = "correction"
    ATTACHMENT = "attachment"
    BRIEF_SENT = "brief_sent"
    STEP = "step"  # a procedure step marked done or skipped by the user
    DEADLINE = "deadline"  # a legal deadline started, recomputed, filed or set aside


@dataclass
class Contact:
    name: str = ""
    role: ContactRole = ContactRole.OTHER
    phones: list[str] = field(default_factory=list)  # E.164
    email: str = ""
    id: int | None = None


@dataclass
class Decision:
    kind: DecisionKind = DecisionKind.OQT
    notified_at: datetime | None = None  # aware, UTC
    annexe: str = ""  # e.g. "13septies", "26quater"
    notification_method: NotificationMethod = NotificationMethod.HAND
    earlier_removal: Tristate = Tristate.UNKNOWN
    attachment_id: int | None = None
    note: str = ""
    id: int | None = None


@dataclass
class DeportationAttempt:
    date: date | None = None
    flight: str = ""
    destination: str = ""
    outcome: AttemptOutcome = AttemptOutcome.UNKNOWN
    note: str = ""
    id: int | None = None


@dataclass
class Lawyer:
    name: str = ""
    bar: str = ""
    phone: str = ""  # E.164
    email: str = ""
    brief_sent_on: date | None = None


@dataclass
class Case:
    """Everything known about one person. Empty string / None means unknown."""

    # Identity
    alias: str = ""
    registered_last_name: str = ""
    registered_first_name: str = ""
    real_name: str = ""
    other_spellings: list[str] = field(default_factory=list)
    nationality_recorded: str = ""  # ISO 3166 alpha-2, "" = unknown
    nationality_real: str = ""
    birth_date_recorded: PartialDate | None = None
    birth_date_real: PartialDate | None = None
    oe_number: str = ""
    languages: list[str] = field(default_factory=list)
    case_language: CaseLanguage = CaseLanguage.UNKNOWN
    # Arrest and detention
    status: Status = Status.MISSING
    last_contact_at: datetime | None = None
    arrest_date: date | None = None
    arrest_place: str = ""
    centre: str = ""  # an id from centres.yaml, "" = unknown
    centre_since: date | None = None
    phone_in_centre: str = ""  # E.164
    # Consent, each with the date it was asked
    consent_lawyer: Consent = Consent.NOT_ASKED
    consent_lawyer_asked_on: date | None = None
    consent_share_gvo: Consent = Consent.NOT_ASKED
    consent_share_gvo_asked_on: date | None = None
    consent_share_lawyer: Consent = Consent.NOT_ASKED
    consent_share_lawyer_asked_on: date | None = None
    consent_share_referents: Consent = Consent.NOT_ASKED
    consent_share_referents_asked_on: date | None = None
    notes: str = ""
    # Nested
    lawyer: Lawyer = field(default_factory=Lawyer)
    contacts: list[Contact] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    deportation_attempts: list[DeportationAttempt] = field(default_factory=list)
    # Kept by the vault
    id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def display_name(self) -> str:
        """The name people use for this case, best known first."""
        registered = " ".join(
            p for p in (self.registered_last_name.upper(), self.registered_first_name) if p
        )
        return self.alias or registered or self.real_name or ""


@dataclass
class Event:
    """One entry of the append-only timeline."""

    kind: EventKind
    at: datetime  # aware, UTC
    summary: str = ""
    recorded_by: str = ""
    data: dict[str, Any] = field(default_factory=dict)
    corrects: int | None = None  # id of the event this one corrects
    case_id: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    case_id: int
    filename: str
    mime: str
    size: int
    added_at: datetime
    description: str = ""


@dataclass(frozen=True)
class CaseSummary:
    """One row of the case list."""

    id: int
    display_name: str
    registered_name: str
    nationality_recorded: str
    status: Status
    centre: str
    updated_at: datetime
    closed: bool = False


@dataclass(frozen=True)
class CaseNames:
    """The names one case is known by, as stored (for name search)."""

    id: int
    alias: str
    registered_last_name: str
    registered_first_name: str
    real_name: str
    other_spellings: list[str]


SCALAR_FIELDS: tuple[str, ...] = tuple(
    f.name
    for f in fields(Case)
    if f.name not in {"lawyer", "contacts", "decisions", "deportation_attempts", "id",
                      "created_at", "updated_at"}
)
LIST_FIELDS: tuple[str, ...] = ("other_spellings", "languages")
LAWYER_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Lawyer))
CONSENT_FIELDS: tuple[str, ...] = (
    "consent_lawyer", "consent_share_gvo", "consent_share_lawyer", "consent_share_referents",
)
