"""The case file: one missing or detained person.

Field names here are the project's one vocabulary (``shared/domain/case-fields.md``):
the same name is the database column, the JSON key, the CLI key and the Qt
``objectName`` of the widget that edits it. Each field is declared here once, with its
kind, label, editor section, search column and place in the brief
(:mod:`locator.model.fieldinfo`); everything else derives from the declaration.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from locator.model.dates import PartialDate
from locator.model.errors import N_
from locator.model.fieldinfo import (
    BriefPlace,
    BriefSection,
    FieldInfo,
    Kind,
    Search,
    Section,
    declare,
    declared,
)


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
    """What a decision is; with its annexe it decides which timers start
    (resources/decision_timers.yaml)."""

    OQT = "oqt"  # order to leave the territory (annexe 13, 13septies …)
    DETENTION = "detention"
    REMOVAL = "removal"  # removal measure with imminent execution
    DUBLIN_TRANSFER = "dublin_transfer"  # annexe 26quater
    ASYLUM_REFUSAL = "asylum_refusal"
    ENTRY_REFUSAL = "entry_refusal"  # annexe 11, 11ter
    # the first extension (2 months), counted to 4 months after the detention decision
    DETENTION_EXTENSION = "detention_extension"
    # the second extension (1 month, by the minister): 5 months after the detention decision
    DETENTION_EXTENSION_SECOND = "detention_extension_second"
    # beyond 5 months, month by month, for public order or national security: 8 at most
    DETENTION_EXTENSION_PUBLIC_ORDER = "detention_extension_public_order"
    DUBLIN_DETENTION = "dublin_detention"  # held while the responsible country is asked
    # the other country accepted the Dublin request (date written in the annexe 26quater)
    DUBLIN_ACCEPTANCE = "dublin_acceptance"
    ENTRY_BAN = "entry_ban"  # annexe 13sexies
    CHAMBER_ORDER = "chamber_order"  # the council chamber keeps the detention (art. 72)
    INDICTMENT_CHAMBER = "indictment_chamber"  # the chamber of indictment keeps it, on appeal
    CCE_JUDGMENT = "cce_judgment"  # a judgment of the CCE/RvV against the person
    FR_OQTF_CRA = "fr_oqtf_cra"  # France: order to leave notified in a detention centre
    # France: an order to leave notified earlier, its appeal period still running when the
    # person was placed in a CRA: the 48 hours run from the placement
    FR_OQTF_CRA_PLACEMENT = "fr_oqtf_cra_placement"
    FR_DUBLIN_TRANSFER_CRA = "fr_dublin_transfer_cra"  # France: Dublin transfer, in a CRA
    FR_OQTF_HOUSE_ARREST_PRISON = "fr_oqtf_house_arrest_prison"  # France: house arrest, prison
    FR_RETENTION_PLACEMENT = "fr_retention_placement"  # France: placement in a CRA
    FR_JUDGE_ORDER = "fr_judge_order"  # France: the judge's order that keeps the rétention
    OTHER = "other"


class NotificationMethod(StrEnum):
    """How a decision was notified: it decides the first day of a Belgian period
    (art. 39/57 §2, loi du 15 décembre 1980; locator.deadlines.counting).

    Stored values are never renamed. "hand" and "registered" (always a registered
    letter *with* acknowledgment) mean what they meant in the first version; "post"
    meant a letter without acknowledgment and is read as ordinary post, which is
    counted exactly like a registered letter without acknowledgment.
    """

    HAND = "hand"  # handed over, or refused (the normal case in a centre): the day after
    REGISTERED_ACK = "registered"  # registered with acknowledgment: the day after first presented
    REGISTERED_NO_ACK = "registered_no_ack"  # the 3rd working day after handed to the post
    ORDINARY_POST = "post"  # the 3rd working day after handed to the post

    @property
    def by_post(self) -> bool:
        """True when the period starts on the 3rd working day after the letter was posted."""
        return self in {NotificationMethod.REGISTERED_NO_ACK, NotificationMethod.ORDINARY_POST}


class Tristate(StrEnum):
    UNKNOWN = "unknown"
    YES = "yes"
    NO = "no"


class Sex(StrEnum):
    """Men and women are held in different centres (centres.yaml ``holds``)."""

    UNKNOWN = "unknown"
    MALE = "male"
    FEMALE = "female"


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
    DOCUMENT_READ = "document_read"  # values accepted from a photo or scan (locator.documents)


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
    notified_at: datetime | None = None  # aware, UTC; 00:00 Brussels when the time is unknown
    # False: only the day is known ("time not known"): never printed with a time, and a
    # period counted in hours runs from the start of that day (the shorter deadline)
    notified_time_known: bool = True
    annexe: str = ""  # e.g. "13septies", "26quater"
    notification_method: NotificationMethod = NotificationMethod.HAND
    earlier_removal: Tristate = Tristate.UNKNOWN
    # a refused asylum application: was it a new (subsequent) one made in detention?
    subsequent_asylum_in_detention: Tristate = Tristate.UNKNOWN
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
    """The chosen lawyer. Stored in the case's row as ``lawyer_<name>`` columns, edited by
    widgets of the same names (:data:`LAWYER_COLUMNS`), ``lawyer.<name>`` in JSON."""

    name: str = declare(Kind.TEXT, N_("Name"), Section.LAWYER,
                        brief=BriefPlace(BriefSection.LAWYER))
    bar: str = declare(Kind.TEXT, N_("Bar"), Section.LAWYER,
                       brief=BriefPlace(BriefSection.LAWYER))
    phone: str = declare(Kind.PHONE, N_("Phone"), Section.LAWYER,
                         brief=BriefPlace(BriefSection.LAWYER))
    email: str = declare(Kind.EMAIL, N_("Email"), Section.LAWYER,
                         brief=BriefPlace(BriefSection.LAWYER))
    brief_sent_on: date | None = declare(Kind.DATE, N_("Brief sent on"), Section.LAWYER,
                                         brief=BriefPlace(BriefSection.LAWYER))


_ID, _ARREST, _CONSENT = Section.IDENTITY, Section.ARREST, Section.CONSENT
_KEY, _REAL = BriefSection.KEY, BriefSection.REAL


def _asked_on(consent: str) -> Any:
    return declare(Kind.DATE, N_("asked on"), _CONSENT,
                   brief=BriefPlace(BriefSection.CONSENT, "asked_on", after=consent))


def _consent(label: str) -> Any:
    return declare(Kind.ENUM, label, _CONSENT, enum=Consent,
                   brief=BriefPlace(BriefSection.CONSENT))


@dataclass
class Case:
    """Everything known about one person. Empty string / None means unknown.

    Each field but ``id`` and the nested records is declared with its kind, label, editor
    section, search column and place in the brief (:mod:`locator.model.fieldinfo`).
    """

    # Identity
    alias: str = declare(Kind.TEXT, N_("Alias (what friends call them)"), _ID,
                         search=Search.NAMES)
    registered_last_name: str = declare(
        Kind.TEXT, N_("Registered LAST NAME"), _ID, hint=N_("as on the order to leave (OQT)"),
        search=Search.NAMES, brief=BriefPlace(_KEY, "key.registered_name", 1))
    registered_first_name: str = declare(Kind.TEXT, N_("Registered first name"), _ID,
                                         search=Search.NAMES)
    real_name: str = declare(Kind.TEXT, N_("Real name"), _ID, search=Search.NAMES,
                             brief=BriefPlace(_REAL, "real_name", 1))
    other_spellings: list[str] = declare(Kind.TEXT_LIST, N_("Other spellings"), _ID,
                                         search=Search.NAMES)
    nationality_recorded: str = declare(
        Kind.COUNTRY, N_("Nationality (as recorded)"), _ID, search=Search.NATIONALITY,
        brief=BriefPlace(_KEY, "key.nationality", 2))
    nationality_real: str = declare(Kind.COUNTRY, N_("Real nationality"), _ID,
                                    search=Search.NATIONALITY,
                                    brief=BriefPlace(_REAL, "real_nationality", 2))
    birth_date_recorded: PartialDate | None = declare(
        Kind.PARTIAL_DATE, N_("Date of birth (as recorded)"), _ID,
        brief=BriefPlace(_KEY, "key.birth_date", 5))
    birth_date_real: PartialDate | None = declare(
        Kind.PARTIAL_DATE, N_("Real date of birth"), _ID,
        brief=BriefPlace(_REAL, "real_birth_date", 3))
    sex: Sex = declare(Kind.ENUM, N_("Man or woman"), _ID, enum=Sex,
                       help=N_("Men and women are held in different centres: the calling "
                               "round then shows the centres that hold them first."))
    oe_number: str = declare(Kind.REFERENCE, N_("OE / IBZ / SP number"), _ID,
                             hint=N_("on their badge"), search=Search.NAMES,
                             brief=BriefPlace(_KEY, "key.oe_number", 4))
    languages: list[str] = declare(
        Kind.TEXT_LIST, N_("Languages spoken"), _ID,
        help=N_("The languages they speak and understand, best first: the lawyer asks for "
                "an interpreter in one of them."),
        brief=BriefPlace(_KEY, "key.languages", 9))
    case_language: CaseLanguage = declare(
        Kind.ENUM, N_("Language of the case"), _ID, enum=CaseLanguage,
        help=N_("The language of the procedure, French or Dutch: the language of the papers "
                "they received (the order to leave, the detention decision). The lawyer brief "
                "and the emails are written in it."),
        brief=BriefPlace(_KEY, "key.case_language", 8))
    # Arrest and detention
    status: Status = declare(Kind.ENUM, N_("Status"), _ARREST, enum=Status)
    last_contact_at: datetime | None = declare(Kind.DATETIME, N_("Last contact"), _ARREST)
    arrest_date: date | None = declare(Kind.DATE, N_("Date of arrest"), _ARREST,
                                       brief=BriefPlace(_KEY, "key.arrest_date", 6))
    arrest_place: str = declare(Kind.TEXT, N_("Place of arrest"), _ARREST,
                                hint=N_("police station, city"), search=Search.NOTES,
                                brief=BriefPlace(_KEY, "key.arrest_place", 7))
    with_children: Tristate = declare(
        Kind.ENUM, N_("Detained with their children under 18"), _ARREST, enum=Tristate,
        help=N_("Families with children under 18 are held in family units, not in the "
                "closed centres: the calling round then shows those first."))
    centre: str = declare(Kind.CENTRE, N_("Centre"), _ARREST, search=Search.CENTRE,
                          brief=BriefPlace(_KEY, "key.centre", 3))
    # the day they were found there, not the start of their detention (the brief takes that
    # from the detention decision or the arrest)
    centre_since: date | None = declare(Kind.DATE, N_("Found there on"), _ARREST,
                                        brief=BriefPlace(_KEY, "found_on", after="centre"))
    phone_in_centre: str = declare(Kind.PHONE, N_("Phone that reaches them"), _ARREST,
                                   brief=BriefPlace(BriefSection.REACH))
    # Consent, each with the date it was asked
    consent_lawyer: Consent = _consent(N_("Wants a lawyer"))
    consent_lawyer_asked_on: date | None = _asked_on("consent_lawyer")
    consent_share_gvo: Consent = _consent(N_("Agrees to share with GVO"))
    consent_share_gvo_asked_on: date | None = _asked_on("consent_share_gvo")
    consent_share_lawyer: Consent = _consent(N_("Agrees to share with a lawyer"))
    consent_share_lawyer_asked_on: date | None = _asked_on("consent_share_lawyer")
    consent_share_referents: Consent = _consent(N_("Agrees to share with referents"))
    consent_share_referents_asked_on: date | None = _asked_on("consent_share_referents")
    notes: str = declare(Kind.LONG_TEXT, N_("Notes"), _ARREST, search=Search.NOTES)
    # Nested
    lawyer: Lawyer = field(default_factory=Lawyer)
    contacts: list[Contact] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    deportation_attempts: list[DeportationAttempt] = field(default_factory=list)
    # Kept by the vault
    id: int | None = None
    created_at: datetime | None = declare(Kind.DATETIME, kept=True)
    updated_at: datetime | None = declare(Kind.DATETIME, kept=True)
    closed_at: datetime | None = declare(Kind.DATETIME, kept=True)  # None: open

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


#: name → declaration of every declared field of a case, in the editor's order
CASE_FIELDS: Mapping[str, FieldInfo] = declared(Case)
#: the nested records of a case (each with its own converters)
NESTED_FIELDS: tuple[str, ...] = ("lawyer", "contacts", "decisions", "deportation_attempts")
#: the facts people give (JSON keys, columns and widgets of the same names)
SCALAR_FIELDS: tuple[str, ...] = tuple(n for n, info in CASE_FIELDS.items() if not info.kept)
#: kept by the vault beside the facts: never typed, never read from JSON
KEPT_FIELDS: tuple[str, ...] = tuple(n for n, info in CASE_FIELDS.items() if info.kept)
LIST_FIELDS: tuple[str, ...] = tuple(
    n for n, info in CASE_FIELDS.items() if info.kind is Kind.TEXT_LIST)
LAWYER_INFO: Mapping[str, FieldInfo] = declared(Lawyer)
LAWYER_FIELDS: tuple[str, ...] = tuple(LAWYER_INFO)
#: the lawyer's JSON key (``lawyer.<name>``) → its column and widget: the one place this
#: bridge is made
LAWYER_COLUMNS: Mapping[str, str] = MappingProxyType(
    {name: f"lawyer_{name}" for name in LAWYER_FIELDS})
CONSENT_FIELDS: tuple[str, ...] = tuple(
    n for n, info in CASE_FIELDS.items() if info.enum is Consent)


def flat_name(path: str) -> str:
    """The column / widget name of a field's path: ``lawyer.email`` → ``lawyer_email``."""
    record, _, name = path.partition(".")
    return LAWYER_COLUMNS.get(name, path) if record == "lawyer" else path


def field_info(name: str) -> FieldInfo | None:
    """The declaration of a case field by name, path (``lawyer.email``) or column
    (``lawyer_email``); None for a name that is not a declared field."""
    if name in CASE_FIELDS:
        return CASE_FIELDS[name]
    record, _, rest = name.partition(".")
    if record == "lawyer":
        return LAWYER_INFO.get(rest)
    by_column = {column: key for key, column in LAWYER_COLUMNS.items()}
    return LAWYER_INFO.get(by_column.get(name, ""))


def _check_declarations() -> None:
    undeclared = [f.name for f in fields(Case)
                  if f.name not in CASE_FIELDS and f.name not in {"id", *NESTED_FIELDS}]
    if undeclared:
        raise TypeError(f"Case fields without a declaration: {', '.join(undeclared)}")
    for name, info in CASE_FIELDS.items():
        after = info.brief.after if info.brief else ""
        if after and (after not in CASE_FIELDS or CASE_FIELDS[after].brief is None):
            raise TypeError(f"{name} is shown after {after}, which the brief does not show")


_check_declarations()
