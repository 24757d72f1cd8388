"""Typed timeline events: one frozen payload class per :class:`EventKind`, recorded by
:func:`record`, read back by :func:`typed`, described by
:func:`locator.timeline.describe.describe`. The values payloads hold (:class:`Answer`,
:class:`Recipient`, :class:`EmailPurpose`, :class:`Delivery`, :class:`Handover`,
:class:`Mark`) and the notes an import writes
(:func:`import_note`) are declared here too.

The stored form is unchanged: an event's ``data`` column is the JSON of
:meth:`Payload.to_data` (the keys each kind has always had). Reading is lenient, as it
always was: a missing or odd value becomes its default (an unknown enum value: None),
so old vaults and hand-edited entries still show. :data:`PAYLOADS` maps every kind to
its class (checked at import).

Descriptions are English templates marked with :func:`N_`; :func:`describe` fills them
through a :class:`~locator.timeline.describe.Words` (the UI's translates with Qt, context
``errors``), so the core never imports Qt and every screen describes an event the same
way (:func:`locator.timeline.describe.describe`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any, ClassVar, Protocol, TypeVar

from locator.model.cases import AttemptOutcome, DecisionKind, Event, EventKind
from locator.model.dates import utc_now
from locator.model.errors import N_

E = TypeVar("E", bound=StrEnum)
#: the key an import adds to every entry it writes or copies (the day, ISO)
IMPORT_MARK = "imported_on"


# -- the values events record -------------------------------------------------------------


class Answer(StrEnum):
    """What a centre said on the phone (``data["answer"]`` of a call event)."""

    FOUND = "found"
    NOT_FOUND = "not_found"
    NO_ANSWER = "no_answer"
    REFUSED = "refused"
    CALL_BACK = "call_back"


class Recipient(StrEnum):
    """``data["to"]`` of an email event."""

    GVO = "gvo"
    LAWYER = "lawyer"
    REFERENT = "referent"
    VISITOR = "visitor"
    OTHER = "other"


class EmailPurpose(StrEnum):
    """``data["purpose"]`` of an email event."""

    ALIAS_CROSS_REFERENCE = "alias_cross_reference"
    DETAINED_AT = "detained_at"
    LAWYER_REQUEST = "lawyer_request"
    OUTCOME = "outcome"
    FLIGHT = "flight"  # to the lawyer: a ticket or a deportation attempt
    FLIGHT_SUPPORT = "flight_support"  # to GVO: ask for support at the flight


class Mark(StrEnum):
    """``data["state"]`` of a step event (the user's own mark; the latest wins)."""

    DONE = "done"
    SKIPPED = "skipped"
    UNDONE = "undone"


# -- lenient reading of stored values ---------------------------------------------------


def _text(data: Mapping[str, Any], key: str) -> str:
    value = data.get(key)
    return value if isinstance(value, str) else ""


def _int(data: Mapping[str, Any], key: str) -> int | None:
    value = data.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _enum(kind: type[E], value: Any) -> E | None:
    try:
        return kind(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _value(item: StrEnum | None) -> str:
    return "" if item is None else item.value


# -- the payloads -----------------------------------------------------------------------


@dataclass(frozen=True)
class Payload:
    """What one kind of event records (its ``data``)."""

    kind: ClassVar[EventKind]

    def to_data(self) -> dict[str, Any]:
        return {}

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Payload:
        return cls()


@dataclass(frozen=True)
class CaseCreated(Payload):
    kind: ClassVar[EventKind] = EventKind.CREATED


@dataclass(frozen=True)
class CallMade(Payload):
    """A call to a centre: which centre, which number, what they said."""

    kind: ClassVar[EventKind] = EventKind.CALL
    centre: str = ""
    number: str = ""  # E.164
    answer: Answer | None = None

    def to_data(self) -> dict[str, Any]:
        return {"centre": self.centre, "number": self.number, "answer": _value(self.answer)}

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> CallMade:
        return cls(_text(data, "centre"), _text(data, "number"),
                   _enum(Answer, data.get("answer")))


@dataclass(frozen=True)
class VisitMade(Payload):
    """A visit at a centre (:class:`locator.procedure.visits.Visit` is its reading)."""

    kind: ClassVar[EventKind] = EventKind.VISIT
    day: str = ""  # ISO date as typed
    centre: str = ""
    visitor: str = ""
    belongings: str = ""
    phone_delivered: bool = False
    notes: str = ""
    people: tuple[str, ...] = ()

    def to_data(self) -> dict[str, Any]:
        return {"date": self.day, "centre": self.centre, "visitor": self.visitor,
                "belongings": self.belongings, "phone_delivered": self.phone_delivered,
                "notes": self.notes, "people": [p for p in self.people if p.strip()]}

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> VisitMade:
        people = data.get("people")
        return cls(_text(data, "date"), _text(data, "centre"), _text(data, "visitor"),
                   _text(data, "belongings"), data.get("phone_delivered") is True,
                   _text(data, "notes"),
                   tuple(p for p in people if isinstance(p, str))
                   if isinstance(people, list) else ())


class Delivery(StrEnum):
    """``data["state"]`` of an email or brief event: made ready, or really sent.

    *Prepared* is what the app saw: the text copied, the PDF saved, a mail program asked
    for a new message. *Sent* is only ever what the user said ("I have sent it"), with
    by whom and the day. An entry without a state was written before the two were told
    apart: the app recorded "sent" when it was only prepared, so it is read as neither
    (:attr:`EmailRecorded.legacy`) and described as "recorded as sent"."""

    PREPARED = "prepared"
    SENT = "sent"


class Handover(StrEnum):
    """``data["how"]`` of a prepared email or brief: how it left the app."""

    COPIED = "copied"  # the text put on the clipboard
    PDF = "pdf"  # the brief saved as a PDF file
    MAIL_PROGRAM = "mail_program"  # a mail program asked for a new message


#: how entries from before :class:`Delivery` named the way out (``brief_sent``'s "how")
_OLD_HOW = {"copy": Handover.COPIED, "email": Handover.MAIL_PROGRAM, "pdf": Handover.PDF}


def _handover(value: Any) -> Handover | None:
    found = _enum(Handover, value)
    return found if found is not None else _OLD_HOW.get(value) if isinstance(value, str) \
        else None


@dataclass(frozen=True, kw_only=True)
class Delivered(Payload):
    """What email and brief events share: prepared (how) or sent (by whom, which day, at
    what time if given, and the prepared entry it confirms). Stored keys: ``state``,
    ``how``, ``by``, ``on`` (ISO day), ``time`` ("HH:MM", "" when not given),
    ``prepared`` (an event id)."""

    state: Delivery | None = None  # None: an entry from before prepared / sent
    how: Handover | None = None
    by: str = ""
    on: str = ""
    time: str = ""
    prepared: int | None = None

    @property
    def sent(self) -> bool:
        """The user said it was sent: the only entry that moves the procedure on."""
        return self.state is Delivery.SENT

    @property
    def legacy(self) -> bool:
        """Recorded as "sent" before the app asked; it may only have been prepared."""
        return self.state is None

    def _delivery_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.state is not None:
            data["state"] = self.state.value
        if self.how is not None:
            data["how"] = self.how.value
        for key, value in (("by", self.by), ("on", self.on), ("time", self.time)):
            if value:
                data[key] = value
        if self.prepared is not None:
            data["prepared"] = self.prepared
        return data

    @staticmethod
    def _delivery(data: Mapping[str, Any]) -> dict[str, Any]:
        return {"state": _enum(Delivery, data.get("state")), "how": _handover(data.get("how")),
                "by": _text(data, "by"), "on": _text(data, "on"), "time": _text(data, "time"),
                "prepared": _int(data, "prepared")}


@dataclass(frozen=True, kw_only=True)
class EmailRecorded(Delivered):
    """An email of the procedure prepared (copied, or handed to a mail program) or sent
    (the user said so). ``to`` and ``purpose`` name it; see :class:`Delivered`."""

    kind: ClassVar[EventKind] = EventKind.EMAIL
    to: Recipient | None = None
    purpose: EmailPurpose | None = None

    def to_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.to is not None:
            data["to"] = self.to.value
        if self.purpose is not None:
            data["purpose"] = self.purpose.value
        return data | self._delivery_data()

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> EmailRecorded:
        return cls(to=_enum(Recipient, data.get("to")),
                   purpose=_enum(EmailPurpose, data.get("purpose")), **cls._delivery(data))


@dataclass(frozen=True)
class MessageReceived(Payload):
    """A message from the person (its text is the event's summary)."""

    kind: ClassVar[EventKind] = EventKind.MESSAGE


@dataclass(frozen=True)
class StatusChanged(Payload):
    """The stored status or centre changed (column texts before and after)."""

    kind: ClassVar[EventKind] = EventKind.STATUS_CHANGE
    old: str = ""
    new: str = ""
    centre_from: str = ""
    centre_to: str = ""

    def to_data(self) -> dict[str, Any]:
        return {"from": self.old, "to": self.new, "centre_from": self.centre_from,
                "centre_to": self.centre_to}

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> StatusChanged:
        return cls(_text(data, "from"), _text(data, "to"), _text(data, "centre_from"),
                   _text(data, "centre_to"))


@dataclass(frozen=True)
class DecisionRecorded(Payload):
    kind: ClassVar[EventKind] = EventKind.DECISION
    decision_id: int | None = None
    decision: DecisionKind | None = None  # stored as "kind"
    annexe: str = ""
    notified_at: str = ""  # as stored (UTC text), "" when unknown
    time_known: bool = True  # False: only the day of notified_at is known

    def to_data(self) -> dict[str, Any]:
        return {"decision_id": self.decision_id, "kind": _value(self.decision),
                "annexe": self.annexe, "notified_at": self.notified_at,
                **({} if self.time_known else {"time_known": False})}

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> DecisionRecorded:
        return cls(_int(data, "decision_id"), _enum(DecisionKind, data.get("kind")),
                   _text(data, "annexe"), _text(data, "notified_at"),
                   data.get("time_known") is not False)


@dataclass(frozen=True)
class AttemptRecorded(Payload):
    kind: ClassVar[EventKind] = EventKind.DEPORTATION_ATTEMPT
    attempt_id: int | None = None
    day: str = ""  # ISO date, "" when unknown
    outcome: AttemptOutcome | None = None

    def to_data(self) -> dict[str, Any]:
        return {"attempt_id": self.attempt_id, "date": self.day, "outcome": _value(self.outcome)}

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> AttemptRecorded:
        return cls(_int(data, "attempt_id"), _text(data, "date"),
                   _enum(AttemptOutcome, data.get("outcome")))


@dataclass(frozen=True)
class NoteAdded(Payload):
    """A note (its text is the summary); ``closed`` when the case was closed or reopened,
    ``imported_on`` / ``duplicate_of`` when an import wrote it."""

    kind: ClassVar[EventKind] = EventKind.NOTE
    closed: bool | None = None
    imported_on: str = ""
    duplicate_of: int | None = None
    taken_from_copy: bool = False

    def to_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.closed is not None:
            data["closed"] = self.closed
        if self.duplicate_of is not None:
            data["duplicate_of"] = self.duplicate_of
        if self.taken_from_copy:
            data["taken_from_copy"] = True
        if self.imported_on:
            data[IMPORT_MARK] = self.imported_on
        return data

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> NoteAdded:
        closed = data.get("closed")
        return cls(closed if isinstance(closed, bool) else None, _text(data, IMPORT_MARK),
                   _int(data, "duplicate_of"), data.get("taken_from_copy") is True)


#: the notes an import writes (stored in English, shown in the app's language)
IMPORT_ADDED = N_("Imported from a copy on {day}.")
IMPORT_DUPLICATE = N_("Possible duplicate of case {duplicate_of}, imported from a copy on "
                      "{day}. Compare the two and keep what is right.")
IMPORT_TAKEN = N_("Updated from a copy on {day}: the copy's version of this case was taken. "
                  "Its decisions, deportation attempts, timeline and attachments were added to "
                  "ours; nothing of ours was removed from them.")


def import_note(summary: str, data: Mapping[str, Any]) -> tuple[str, dict[str, Any]] | None:
    """The template and values of a note an import wrote, None for any other entry (copied
    entries carry the import mark too): the stored summary is English; the UI shows it
    again in the app's language."""
    if not isinstance(data.get(IMPORT_MARK), str):
        return None
    values = {"day": data[IMPORT_MARK], "duplicate_of": data.get("duplicate_of", "")}
    for template in (IMPORT_ADDED, IMPORT_DUPLICATE, IMPORT_TAKEN):
        if template.format(**values) == summary:
            return template, values
    return None


@dataclass(frozen=True)
class Correction(Payload):
    """Corrects an earlier entry (the event's ``corrects``); the text is the summary."""

    kind: ClassVar[EventKind] = EventKind.CORRECTION


@dataclass(frozen=True)
class AttachmentAdded(Payload):
    kind: ClassVar[EventKind] = EventKind.ATTACHMENT
    attachment_id: int | None = None

    def to_data(self) -> dict[str, Any]:
        return {"attachment_id": self.attachment_id}

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> AttachmentAdded:
        return cls(_int(data, "attachment_id"))


@dataclass(frozen=True, kw_only=True)
class BriefRecorded(Delivered):
    """The lawyer brief prepared (saved as PDF, copied, handed to a mail program) or sent
    (the user said so, and to whom). ``to`` is None when nobody was named (a PDF saved or
    the text copied is for whoever the user gives it to); entries from before
    :class:`Delivery` stored "file" or "clipboard" there, read as None."""

    kind: ClassVar[EventKind] = EventKind.BRIEF_SENT
    to: Recipient | None = None

    def to_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {} if self.to is None else {"to": self.to.value}
        return data | self._delivery_data()

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> BriefRecorded:
        return cls(to=_enum(Recipient, data.get("to")), **cls._delivery(data))


@dataclass(frozen=True)
class StepMarked(Payload):
    """A procedure step marked (``state``) or its checklist ticked (``checked``: the whole
    list as it stands). A checklist event has no state, so it never marks the step."""

    kind: ClassVar[EventKind] = EventKind.STEP
    step: str = ""
    state: Mark | None = None
    checked: tuple[str, ...] | None = None

    def to_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {"step": self.step}
        if self.state is not None:
            data["state"] = self.state.value
        if self.checked is not None:
            data["checked"] = sorted(set(self.checked))
        return data

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> StepMarked:
        checked = data.get("checked")
        return cls(_text(data, "step"), _enum(Mark, data.get("state")),
                   tuple(c for c in checked if isinstance(c, str))
                   if isinstance(checked, list) else None)


class DeadlineAction(StrEnum):
    STARTED = "started"
    RECOMPUTED = "recomputed"
    OPEN = "open"
    DONE = "done"
    NOT_APPLICABLE = "not_applicable"


@dataclass(frozen=True)
class DeadlineChanged(Payload):
    """A legal deadline started, recomputed, filed or set aside (keys depend on ``action``)."""

    kind: ClassVar[EventKind] = EventKind.DEADLINE
    action: DeadlineAction | None = None
    deadline_id: int | None = None
    rule: str = ""
    due: str = ""  # ISO date
    conditional: bool = False  # started
    old_due: str = ""  # recomputed
    done_on: str = ""  # a state change
    done_by: str = ""
    reason: str = ""

    def to_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {"action": _value(self.action), "deadline_id": self.deadline_id,
                                "rule": self.rule}
        if self.action is DeadlineAction.STARTED:
            data.update(due=self.due, conditional=self.conditional)
        elif self.action is DeadlineAction.RECOMPUTED:
            data.update(old_due=self.old_due, due=self.due)
        else:
            data.update(due=self.due, done_on=self.done_on, done_by=self.done_by,
                        reason=self.reason)
        return data

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> DeadlineChanged:
        return cls(_enum(DeadlineAction, data.get("action")), _int(data, "deadline_id"),
                   _text(data, "rule"), _text(data, "due"), data.get("conditional") is True,
                   _text(data, "old_due"), _text(data, "done_on"), _text(data, "done_by"),
                   _text(data, "reason"))


@dataclass(frozen=True)
class DocumentRead(Payload):
    """Values a person accepted (or corrected) from a photo or scan the app read: which
    attachment, what kind of paper, and each field with the value saved and whether it was
    taken as read or corrected (``fields``: name → value; ``corrected``: the names typed
    over)."""

    kind: ClassVar[EventKind] = EventKind.DOCUMENT_READ
    attachment_id: int | None = None
    document: str = ""  # td1, td3, mrva, mrvb, td2, form
    fields: tuple[tuple[str, str], ...] = ()
    corrected: tuple[str, ...] = ()

    def to_data(self) -> dict[str, Any]:
        return {"attachment_id": self.attachment_id, "document": self.document,
                "fields": dict(self.fields), "corrected": sorted(self.corrected)}

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> DocumentRead:
        fields = data.get("fields")
        corrected = data.get("corrected")
        return cls(_int(data, "attachment_id"), _text(data, "document"),
                   tuple((k, v) for k, v in fields.items()
                         if isinstance(k, str) and isinstance(v, str))
                   if isinstance(fields, dict) else (),
                   tuple(c for c in corrected if isinstance(c, str))
                   if isinstance(corrected, list) else ())


#: what a document gives that a case holds elsewhere than in a field of its own
DOCUMENT_WORDS = {"document_number": N_("document number"),
                  "document_expiry": N_("valid until"), "document_country": N_("issued by"),
                  "document_kind": N_("kind of document"), "decision_annexe": N_("annexe"),
                  "decision_notified_on": N_("date of notification"),
                  "decision_notification_method": N_("how it was notified")}
DOCUMENT_KINDS = {"td1": N_("identity or residence card"), "td2": N_("identity card"),
                  "td3": N_("passport"), "mrva": N_("visa"), "mrvb": N_("visa"),
                  "form": N_("order or decision")}
DOCUMENT_TAKEN = N_("Taken from the document ({document}, attachment {n}): {fields}")
DOCUMENT_CORRECTED = N_("(corrected by hand: {fields})")


def document_read_text(p: DocumentRead, text: Callable[..., str]) -> str:
    """The one sentence of a :class:`DocumentRead`, ``text(template, **params)`` filling
    (and translating) each template: "Taken from the document (passport, attachment 3):
    Registered LAST NAME, Date of birth (as recorded) (corrected by hand: …)"."""
    from locator.model.cases import CASE_FIELDS

    def name(field: str) -> str:
        info = CASE_FIELDS.get(field)
        return text(info.label if info is not None and info.label
                    else DOCUMENT_WORDS.get(field, field))

    line = text(DOCUMENT_TAKEN, document=text(DOCUMENT_KINDS.get(p.document,
                                                                 N_("photo or scan"))),
                n=p.attachment_id if p.attachment_id is not None else "?",
                fields=", ".join(name(f) for f, _ in p.fields) or "—")
    if p.corrected:
        line += " " + text(DOCUMENT_CORRECTED, fields=", ".join(name(f) for f in p.corrected))
    return line


#: the payload class of every kind of event
PAYLOADS: dict[EventKind, type[Payload]] = {cls.kind: cls for cls in (
    CaseCreated, CallMade, VisitMade, EmailRecorded, MessageReceived, StatusChanged,
    DecisionRecorded, AttemptRecorded, NoteAdded, Correction, AttachmentAdded, BriefRecorded,
    StepMarked, DeadlineChanged, DocumentRead)}
_missing = set(EventKind) - set(PAYLOADS)
if _missing:  # pragma: no cover - a new kind without its payload fails every import
    raise RuntimeError(f"no payload class for event kinds {sorted(_missing)}")


# -- recording and reading --------------------------------------------------------------


class EventVault(Protocol):
    def add_event(self, case_id: int, event: Event) -> Event: ...


def event_of(payload: Payload, *, at: datetime | None = None, summary: str = "",
             recorded_by: str = "", corrects: int | None = None) -> Event:
    """The timeline entry for ``payload`` (not yet written)."""
    return Event(payload.kind, at or utc_now(), summary=summary, recorded_by=recorded_by,
                 data=payload.to_data(), corrects=corrects)


def record(vault: EventVault, case_id: int, payload: Payload, *, summary: str = "",
           recorded_by: str = "", corrects: int | None = None,
           at: datetime | None = None) -> Event:
    """Write ``payload`` on the case's timeline (one transaction); the stored event."""
    return vault.add_event(case_id, event_of(payload, at=at, summary=summary,
                                             recorded_by=recorded_by, corrects=corrects))


def typed(event: Event) -> Payload:
    """The payload an event records, read leniently from its stored ``data``."""
    data = event.data if isinstance(event.data, Mapping) else {}
    return PAYLOADS[event.kind].from_data(data)


def visit_day(p: VisitMade, fallback: date) -> date:
    """The visit's day, ``fallback`` when the stored text is not a date."""
    try:
        return date.fromisoformat(p.day)
    except ValueError:
        return fallback
