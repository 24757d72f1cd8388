"""The lawyer brief: one content model, rendered as email text and as a PDF.

:func:`build_brief` turns a case into a :class:`Brief`: the key items a lawyer
needs, in the order of importance given by Getting the Voice Out, then the
sections (open deadlines, decisions, consent, how to reach the person, who is
writing, the lawyer, a short timeline). Every value is final display text in the
brief's language; ``brief_text`` and ``brief_pdf`` only lay it out, so the two
renderings cannot disagree.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from locator.brief.consent import BRIEF_RECIPIENTS, consent_line, share_check
from locator.brief.labels import LANGUAGES, enum_word, label
from locator.model.cases import (
    CASE_FIELDS,
    LAWYER_INFO,
    Case,
    CaseLanguage,
    ContactRole,
    DecisionKind,
    Event,
    Status,
)
from locator.model.countries import country_name
from locator.model.dates import BRUSSELS, brussels_minute, parse_utc, today_brussels, utc_now
from locator.model.events import (
    AttemptRecorded,
    BriefRecorded,
    CallMade,
    DeadlineChanged,
    DecisionRecorded,
    Delivered,
    Delivery,
    EmailRecorded,
    StatusChanged,
    StepMarked,
    VisitMade,
    typed,
)
from locator.model.fieldinfo import BriefSection, FieldInfo, Kind, require_every_kind
from locator.model.phones import display_phone
from locator.procedure.events import effective_events

if TYPE_CHECKING:
    from locator.deadlines.counting import Due


def _placed(declared: Mapping[str, FieldInfo], section: BriefSection) -> tuple[str, ...]:
    """The fields the brief shows in ``section`` in rows of their own, in its order."""
    found = [(info.brief.number, index, name)
             for index, (name, info) in enumerate(declared.items())
             if info.brief is not None and info.brief.section is section
             and not info.brief.after]
    return tuple(name for _, _, name in sorted(found))


# The key items: canonical case field of each, in the lawyer's order (declared on the
# fields, locator.model.cases).
KEY_FIELDS: tuple[str, ...] = _placed(CASE_FIELDS, BriefSection.KEY)
#: field → the fields shown after it: in the same row of a section (a consent's "asked
#: on"), on lines of their own under a key item (the day found in the centre)
AFTER: Mapping[str, tuple[str, ...]] = MappingProxyType({
    host: tuple(n for n, i in CASE_FIELDS.items() if i.brief and i.brief.after == host)
    for host in CASE_FIELDS})
TIMELINE_LENGTH = 10
MAX_VALUE_CHARS = 2000  # a brief is a summary; longer free text is cut, with a mark
#: decisions that start a detention: the notification of the first is "detained since"
DETENTION_DECISIONS = frozenset({DecisionKind.DETENTION, DecisionKind.FR_RETENTION_PLACEMENT,
                                 DecisionKind.DUBLIN_DETENTION})
# data["action"] of a deadline event (locator.storage.deadlines): "started", "recomputed",
# or the deadline's new state.
DEADLINE_ACTIONS = frozenset({"started", "recomputed", "open", "done", "not_applicable"})


def _values(kind: type[StrEnum]) -> frozenset[str]:
    return frozenset(member.value for member in kind)


@dataclass(frozen=True)
class BriefDeadline:
    """One open deadline, computed by the caller (see :mod:`locator.deadlines.counting`)."""

    title: str
    due: date
    ends_at: str = ""  # e.g. "2026-03-12 24:00"
    legal_basis: str = ""
    source: str = ""

    @classmethod
    def from_due(cls, due: Due) -> BriefDeadline:
        """A deadline line from a computed :class:`~locator.deadlines.counting.Due`.

        Meant for ``DueKind.DEADLINE`` results: a ``NEXT_FILING`` or
        ``INDICATIVE`` due has no legal last day, so the caller leaves it out
        of the brief's open deadlines (or words it itself).
        """
        return cls(due.title, due.due, ends_text(due.due, due.ends_at), due.basis,
                   due.source_url)


def ends_text(due: date, ends_at: datetime | None) -> str:
    """When a deadline ends, for the brief: ``2026-03-12 24:00`` for the end of its last
    day, else the Brussels minute; empty when there is no end instant."""
    if ends_at is None:
        return ""
    local = ends_at.astimezone(BRUSSELS)
    if local.hour == local.minute == 0 and local.date() == due + timedelta(days=1):
        return f"{due.isoformat()} 24:00"
    return brussels_minute(ends_at)


@dataclass(frozen=True)
class Writer:
    """The volunteer sending the brief (host, referent …)."""

    name: str = ""
    role: ContactRole = ContactRole.HOST
    phone: str = ""  # E.164
    email: str = ""


@dataclass(frozen=True)
class KeyItem:
    """One of the key items. ``field`` is the canonical case field name."""

    number: int
    field: str
    label: str
    lines: tuple[str, ...]
    known: bool


@dataclass(frozen=True)
class Section:
    """A titled block. Without ``columns`` each row is ``(label, value)``."""

    key: str
    title: str
    rows: tuple[tuple[str, ...], ...]
    columns: tuple[str, ...] = ()
    empty: str = ""
    note: str = ""


@dataclass(frozen=True)
class Brief:
    lang: str
    subject: str
    title: str
    subtitle: str
    generated: str
    key_heading: str
    key_items: tuple[KeyItem, ...]
    sections: tuple[Section, ...]
    confidentiality: str
    unknown: str  # the text printed for a missing value
    page_template: str  # "Page {page} of {pages}" in the brief's language
    consent_missing: tuple[str, ...]  # share-consent fields not answered "yes"

    @property
    def completeness(self) -> tuple[int, int, list[str]]:
        """(known key items, all key items, canonical field names of the missing ones)."""
        missing = [item.field for item in self.key_items if not item.known]
        return len(self.key_items) - len(missing), len(self.key_items), missing


def brief_language(case: Case, default: str = "en") -> str:
    """The case's language when French or Dutch, else ``default`` (the app's own language,
    for the app; English for the command line)."""
    if case.case_language != CaseLanguage.UNKNOWN:
        return case.case_language.value
    return default if default in LANGUAGES else "en"


def build_brief(
    case: Case,
    *,
    deadlines: Sequence[BriefDeadline] = (),
    events: Sequence[Event] = (),
    writer: Writer | None = None,
    centre_name: Callable[[str, str], str] | None = None,
    lang: str | None = None,
    default_lang: str = "en",
    now: datetime | None = None,
) -> Brief:
    """The brief for ``case``; ``lang`` None means :func:`brief_language` (``default_lang``
    when the case's language is not known)."""
    lang = lang or brief_language(case, default_lang)
    if lang not in LANGUAGES:
        raise ValueError(f"the brief exists in {', '.join(LANGUAGES)}, not {lang!r}")
    ctx = _Context(lang, centre_name or (lambda centre_id, _lang: centre_id))
    moment = now or utc_now()
    items = _key_items(case, ctx)
    name = items[0].lines[0] if items[0].known else (case.display_name() or ctx.unknown)
    centre = ctx.centre(case.centre) or ctx.unknown
    return Brief(
        lang=lang,
        subject=_one_line(label("subject", lang, name=name, centre=centre)),
        title=label("title", lang),
        subtitle=label("subtitle", lang),
        generated=label("generated", lang, when=brussels_minute(moment)),
        key_heading=label("key_heading", lang),
        key_items=items,
        sections=(
            _deadlines(deadlines, ctx), _decisions(case, ctx), _consent(case, ctx),
            _reach(case, ctx), _writer(writer, ctx), _lawyer(case, ctx),
            _timeline(events, ctx),
        ),
        confidentiality=consent_line(case, BRIEF_RECIPIENTS, lang),
        unknown=ctx.unknown,
        page_template=label("page", lang, page="{page}", pages="{pages}"),
        consent_missing=tuple(a.field for a in share_check(case, BRIEF_RECIPIENTS).open),
    )


@dataclass(frozen=True)
class _Context:
    lang: str
    centre_name: Callable[[str, str], str]

    @property
    def unknown(self) -> str:
        return label("unknown", self.lang)

    def t(self, key: str, **params: object) -> str:
        return label(key, self.lang, **params)

    def clip(self, text: str) -> str:
        if len(text) <= MAX_VALUE_CHARS:
            return text
        rest = len(text) - MAX_VALUE_CHARS
        return text[:MAX_VALUE_CHARS] + " " + self.t("truncated", count=rest)

    def centre(self, centre_id: str) -> str:
        return self.clip(self.centre_name(centre_id, self.lang)) if centre_id else ""

    def shown(self, info: FieldInfo, value: Any) -> str:
        """A field's value as the brief prints it ("" when unknown)."""
        return _SHOWN[info.kind](self, value)

    def label_key(self, name: str, info: FieldInfo) -> str:
        assert info.brief is not None
        return info.brief.label or name

    def after(self, case: Case, name: str) -> tuple[str, ...]:
        """The fields shown after ``name`` that are known, each in its words (``asked on
        2026-03-05``)."""
        return tuple(self.t(self.label_key(other, info), date=extra)
                     for other in AFTER[name]
                     if (extra := self.shown(info := CASE_FIELDS[other],
                                             getattr(case, other))))

    def row_value(self, case: Case, name: str) -> str:
        """The field's value, followed in brackets by those of the fields shown after it
        (when it has one): ``yes (asked on 2026-03-05)``."""
        value = self.shown(CASE_FIELDS[name], getattr(case, name))
        for words in self.after(case, name) if value else ():
            value = f"{value} ({words})"
        return value


def _text(ctx: _Context, value: Any) -> str:
    return ctx.clip(str(value or ""))


#: a field's value as printed, one converter per kind
_SHOWN: dict[Kind, Callable[[_Context, Any], str]] = {
    Kind.TEXT: _text, Kind.LONG_TEXT: _text, Kind.REFERENCE: _text, Kind.EMAIL: _text,
    Kind.TEXT_LIST: lambda ctx, items: ctx.clip(", ".join(items)),
    Kind.DATE: lambda _ctx, day: day.isoformat() if day else "",
    Kind.PARTIAL_DATE: lambda _ctx, partial: str(partial or ""),
    Kind.DATETIME: lambda _ctx, moment: brussels_minute(moment) if moment else "",
    Kind.ENUM: lambda ctx, value: enum_word(value, ctx.lang),
    Kind.COUNTRY: lambda ctx, code: country_name(code, ctx.lang),
    Kind.CENTRE: lambda ctx, centre_id: ctx.centre(centre_id),
    Kind.PHONE: lambda _ctx, e164: display_phone(e164),
}
require_every_kind(_SHOWN, "locator.brief.content (printing a value)")


def _key_items(case: Case, ctx: _Context) -> tuple[KeyItem, ...]:
    """Each key item: its value's lines, then a line per field shown after it."""
    items = []
    for number, name in enumerate(KEY_FIELDS, start=1):
        info = CASE_FIELDS[name]
        value, lines = _KEY_LINES.get(name, _key_lines)(
            case, ctx.shown(info, getattr(case, name)), ctx)
        items.append(KeyItem(number, name, ctx.t(ctx.label_key(name, info)),
                             lines + ctx.after(case, name), bool(value)))
    return tuple(items)


def _key_lines(_case: Case, value: str, ctx: _Context) -> tuple[str, tuple[str, ...]]:
    return value, (value or ctx.unknown,)


def _registered_name(case: Case, value: str, ctx: _Context) -> tuple[str, tuple[str, ...]]:
    last, first = value.upper(), ctx.shown(CASE_FIELDS["registered_first_name"],
                                           case.registered_first_name)
    if last:
        name = " ".join(p for p in (last, first) if p)
    elif first:
        name = f"{first} ({ctx.t('last_name')}{ctx.t('sep')}{ctx.unknown})"
    else:
        name = ctx.unknown
    return last, (name,)


def _nationality(case: Case, value: str, ctx: _Context) -> tuple[str, tuple[str, ...]]:
    real = [f"{ctx.t(ctx.label_key(name, CASE_FIELDS[name]))} {shown}"
            for name in _placed(CASE_FIELDS, BriefSection.REAL)
            if (shown := ctx.shown(CASE_FIELDS[name], getattr(case, name)))]
    real_line = (f"{ctx.t('real_identity')}{ctx.t('sep')}"
                 f"{' · '.join(real) if real else ctx.unknown}")
    return value, (value or ctx.unknown, real_line)


def detained_since(case: Case) -> tuple[str, date | None]:
    """When the detention began, and how it is known: ``("decision", day)`` the
    notification of the first detention decision; else ``("arrest", day)`` the arrest;
    else ``("unknown", None)``. Never the day they were found in a centre."""
    days = [today_brussels(d.notified_at) for d in case.decisions
            if d.kind in DETENTION_DECISIONS and d.notified_at is not None]
    if days:
        return "decision", min(days)
    if case.arrest_date is not None:
        return "arrest", case.arrest_date
    return "unknown", None


def _centre(case: Case, value: str, ctx: _Context) -> tuple[str, tuple[str, ...]]:
    how, day = detained_since(case)
    since = ctx.t(f"detained_since.{how}", date=day.isoformat() if day else "")
    return value, (value or ctx.unknown, since)


#: key items whose lines say more than their field's value: the first name beside the
#: registered last name; the real identity under the recorded nationality; when the
#: detention began under the centre
_KEY_LINES: dict[str, Callable[[Case, str, _Context], tuple[str, tuple[str, ...]]]] = {
    "registered_last_name": _registered_name, "nationality_recorded": _nationality,
    "centre": _centre,
}


def _deadlines(deadlines: Sequence[BriefDeadline], ctx: _Context) -> Section:
    rows = tuple((ctx.clip(d.title), d.due.isoformat(), d.ends_at, ctx.clip(d.legal_basis),
                  ctx.clip(d.source)) for d in sorted(deadlines, key=lambda d: d.due))
    return Section("deadlines", ctx.t("sec.deadlines"), rows,
                   columns=tuple(ctx.t(f"col.{c}") for c in
                                 ("deadline", "due", "ends_at", "basis", "source")),
                   empty=ctx.t("none.deadlines"), note=ctx.t("deadlines_note") if rows else "")


def _notified(moment: datetime, time_known: bool, ctx: _Context) -> str:
    """The Brussels minute, or the day only when its time is not known (never a time the
    user did not give)."""
    if time_known:
        return brussels_minute(moment)
    return ctx.t("day_time_unknown", day=moment.astimezone(BRUSSELS).date().isoformat())


def _decisions(case: Case, ctx: _Context) -> Section:
    ordered = sorted(case.decisions, key=lambda d: (d.notified_at is None, d.notified_at))
    rows = tuple((ctx.t(f"decision.{d.kind.value}"), ctx.clip(d.annexe),
                  _notified(d.notified_at, d.notified_time_known, ctx)
                  if d.notified_at else ctx.unknown,
                  ctx.t(f"notification.{d.notification_method.value}")) for d in ordered)
    return Section("decisions", ctx.t("sec.decisions"), rows,
                   columns=tuple(ctx.t(f"col.{c}") for c in
                                 ("decision", "annexe", "notified", "how")),
                   empty=ctx.t("none.decisions"))


def _consent(case: Case, ctx: _Context) -> Section:
    return Section("consent", ctx.t("sec.consent"), _rows(case, BriefSection.CONSENT, ctx))


def _reach(case: Case, ctx: _Context) -> Section:
    return Section("reach", ctx.t("sec.reach"), _rows(case, BriefSection.REACH, ctx))


def _rows(case: Case, section: BriefSection, ctx: _Context) -> tuple[tuple[str, str], ...]:
    """A row per field the brief shows in ``section``: its label, its value (or unknown)."""
    return tuple((ctx.t(ctx.label_key(name, CASE_FIELDS[name])),
                  ctx.row_value(case, name) or ctx.unknown)
                 for name in _placed(CASE_FIELDS, section))


def _writer(writer: Writer | None, ctx: _Context) -> Section:
    rows: tuple[tuple[str, str], ...] = ()
    if writer is not None:
        rows = tuple((ctx.t(key), value) for key, value in (
            ("name", ctx.clip(writer.name)), ("role", ctx.t(f"role.{writer.role.value}")),
            ("phone", display_phone(writer.phone)), ("email", ctx.clip(writer.email)),
        ) if value)
    return Section("writer", ctx.t("sec.writer"), rows, empty=ctx.t("none.writer"))


def _lawyer(case: Case, ctx: _Context) -> Section:
    lawyer = case.lawyer
    rows: tuple[tuple[str, str], ...] = ()
    if lawyer.name or lawyer.phone or lawyer.email:
        rows = tuple((ctx.t(ctx.label_key(name, LAWYER_INFO[name])), value)
                     for name in _placed(LAWYER_INFO, BriefSection.LAWYER)
                     if (value := ctx.shown(LAWYER_INFO[name], getattr(lawyer, name))))
    return Section("lawyer", ctx.t("sec.lawyer"), rows, empty=ctx.t("none.lawyer"))


def _timeline(events: Sequence[Event], ctx: _Context) -> Section:
    ordered = effective_events(events)  # corrected entries dropped, oldest first
    shown = ordered[-TIMELINE_LENGTH:]
    rows = tuple((brussels_minute(e.at), _event_line(e, ctx)) for e in shown)
    note = (ctx.t("timeline_note", shown=len(shown), total=len(ordered))
            if len(ordered) > len(shown) else "")
    return Section("timeline", ctx.t("sec.timeline"), rows,
                   columns=(ctx.t("col.when"), ctx.t("col.what")),
                   empty=ctx.t("none.timeline"), note=note)


def _event_line(event: Event, ctx: _Context) -> str:  # noqa: C901 - one branch per kind
    """One line from the event's kind and typed payload; free text is never used."""
    p = typed(event)
    details: list[str] = []

    def add_enum(prefix: str, value: StrEnum | None) -> None:
        if value is not None:
            details.append(ctx.t(f"{prefix}.{value.value}"))

    if isinstance(p, CallMade | VisitMade):
        if p.centre:
            details.append(ctx.centre(p.centre))
        if isinstance(p, CallMade):
            add_enum("answer", p.answer)
        elif p.phone_delivered:
            details.append(ctx.t("phone_delivered"))
    elif isinstance(p, EmailRecorded | BriefRecorded):  # prepared, sent, or old
        if p.to is not None:
            details.append(ctx.t("to", who=ctx.t(f"recipient.{p.to.value}")))
        if isinstance(p, EmailRecorded):
            add_enum("purpose", p.purpose)
        details.extend(_delivery_details(p, ctx))
    elif isinstance(p, StatusChanged):
        old, new = p.old, p.new
        if old in _values(Status) and new in _values(Status) and old != new:
            details.append(f"{ctx.t(f'status.{old}')} → {ctx.t(f'status.{new}')}")
        if p.centre_from != p.centre_to:
            details.append(ctx.t("centre_change", old=ctx.centre(p.centre_from) or ctx.t("none"),
                                 new=ctx.centre(p.centre_to) or ctx.t("none")))
    elif isinstance(p, DecisionRecorded):
        add_enum("decision", p.decision)
        if p.annexe:
            details.append(ctx.t("annexe", annexe=ctx.clip(p.annexe)))
        notified = _parse(p.notified_at, parse_utc)
        if notified is not None:
            details.append(f"{ctx.t('col.notified').lower()} "
                           f"{_notified(notified, p.time_known, ctx)}")
    elif isinstance(p, AttemptRecorded):
        day = _parse(p.day, date.fromisoformat)
        if day is not None:
            details.append(day.isoformat())
        add_enum("outcome", p.outcome)
    elif isinstance(p, StepMarked):
        add_enum("step", p.state)
    elif isinstance(p, DeadlineChanged):
        add_enum("deadline", p.action)
        due = _parse(p.due, date.fromisoformat)
        if due is not None:
            details.append(ctx.t("last_day", date=due.isoformat()))
    head = ctx.t(f"event.{event.kind.value}")
    if isinstance(p, Delivered) and not p.sent:  # prepared is not sent; old entries: say so
        head = ctx.t(f"event.{event.kind.value}.{'legacy' if p.legacy else 'prepared'}")
    return f"{head}{ctx.t('sep')}{', '.join(details)}" if details else head


def _delivery_details(p: Delivered, ctx: _Context) -> list[str]:
    """How it was prepared, or the day it was sent and by whom (as the user said)."""
    if p.state is Delivery.PREPARED:
        return [] if p.how is None else [ctx.t(f"how.{p.how.value}")]
    if p.state is not Delivery.SENT:
        return []
    out = []
    day = _parse(p.on, date.fromisoformat)
    if day is not None:
        out.append(ctx.t("sent_on", date=f"{day.isoformat()} {p.time}".strip()))
    if p.by:
        out.append(ctx.t("sent_by", who=ctx.clip(p.by)))
    return out


def _parse(value: Any, parse: Callable[[str], Any]) -> Any:
    if not isinstance(value, str) or not value:
        return None
    try:
        return parse(value)
    except ValueError:
        return None


def _one_line(text: str) -> str:
    """Subject lines: control characters and line breaks become single spaces."""
    cleaned = "".join(" " if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c for c in text)
    return " ".join(cleaned.split())
