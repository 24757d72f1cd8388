"""One description of every timeline event (:func:`describe`), from its typed payload.

The texts are English templates marked with :func:`N_`; a :class:`Words` translates and
fills them (the UI's goes through Qt, context ``errors``), so the core never imports Qt
and the timeline, the procedure and the deadlines describe an event the same way.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Protocol

from locator.deadlines.timers import DECISION_CHANGED, RULES_CHANGED
from locator.model.cases import AttemptOutcome, DecisionKind, Event, Status
from locator.model.errors import N_
from locator.model.events import (
    AttemptRecorded,
    BriefRecorded,
    CallMade,
    Correction,
    DeadlineAction,
    DeadlineChanged,
    DecisionRecorded,
    Delivered,
    Delivery,
    DocumentRead,
    EmailPurpose,
    EmailRecorded,
    Handover,
    Mark,
    NoteAdded,
    Payload,
    Recipient,
    StatusChanged,
    StepMarked,
    VisitMade,
    document_read_text,
    import_note,
    typed,
)


class Words(Protocol):
    """What :func:`describe` needs of a language (the UI's goes through Qt)."""

    def text(self, template: str, **params: object) -> str:
        """``template`` (an :func:`N_` text of this module) translated, then filled in."""

    def word(self, value: StrEnum) -> str:
        """The label of a status, decision kind, attempt outcome or call answer."""

    def centre(self, centre_id: str) -> str:
        """The centre's name ("?" or the id when unknown)."""

    def step(self, step_id: str) -> tuple[str, int] | None:
        """A procedure step's title and the length of its checklist; None if unknown."""

    def rule(self, rule_id: str) -> str:
        """A deadline rule's title (the id when unknown)."""

    def day(self, iso: str) -> str:
        """An ISO date as the reader writes dates ("" when it is not a date)."""


RECIPIENTS = {Recipient.GVO: N_("GVO"), Recipient.LAWYER: N_("the lawyer"),
              Recipient.REFERENT: N_("a centre referent"), Recipient.VISITOR: N_("a visitor"),
              Recipient.OTHER: N_("someone else")}
HANDOVERS = {Handover.COPIED: N_("text copied"), Handover.PDF: N_("saved as a PDF"),
             Handover.MAIL_PROGRAM: N_("handed to the mail program")}
#: an email or brief entry from before "prepared" and "sent" were told apart: the app
#: wrote it when the text was copied, saved or handed to a mail program
RECORDED_AS_SENT = N_("recorded as sent by an earlier version of Locator, which did not ask "
                      "— it may only have been prepared")
PURPOSES = {
    EmailPurpose.ALIAS_CROSS_REFERENCE: N_("asked to look for them"),
    EmailPurpose.DETAINED_AT: N_("told where they are held"),
    EmailPurpose.LAWYER_REQUEST: N_("asked for a lawyer"),
    EmailPurpose.OUTCOME: N_("told what happened"),
    EmailPurpose.FLIGHT: N_("told about the flight"),
    EmailPurpose.FLIGHT_SUPPORT: N_("asked for support at the flight")}
#: what a conditional timer depends on, by rule (resources/decision_timers.yaml starts
#: these conditionally; the lawyer decides)
CONDITIONS = {
    "be-udn-first": N_("(only if this is the first removal measure)"),
    "be-asylum-detained": N_("(only if the refused application was not a new one made in "
                             "detention)"),
}
MARKS = {Mark.DONE: N_("done"), Mark.SKIPPED: N_("skipped"), Mark.UNDONE: N_("opened again")}


def describe(event: Event, words: Words) -> str:
    """One line for the timeline, from the event's kind and typed payload."""
    payload = typed(event)
    line = _describe(event, payload, words)
    return event.summary if line is None else line


def _describe(event: Event, p: Payload, words: Words) -> str | None:  # noqa: C901, PLR0911 - one branch per kind
    if isinstance(p, CallMade):
        return words.text(N_("{centre}: {answer}"), centre=words.centre(p.centre),
                          answer="?" if p.answer is None else words.word(p.answer))
    if isinstance(p, VisitMade):
        text = words.text(N_("{centre}, {day}: {visitor}"), centre=words.centre(p.centre),
                          day=p.day, visitor=p.visitor or "?")
        if p.phone_delivered:
            text += " · " + words.text(N_("phone handed over"))
        return text
    if isinstance(p, EmailRecorded):
        return _describe_email(p, words)
    if isinstance(p, BriefRecorded):
        return _describe_brief(p, words)
    if isinstance(p, StatusChanged):
        text = words.text(N_("{old} → {new}"), old=words.word(_status(p.old)),
                          new=words.word(_status(p.new)))
        if p.centre_to and p.centre_to != p.centre_from:
            text += words.text(N_(" (centre: {centre})"), centre=words.centre(p.centre_to))
        return text
    if isinstance(p, DecisionRecorded):
        return " ".join(part for part in (words.word(p.decision or DecisionKind.OTHER),
                                          p.annexe) if part)
    if isinstance(p, AttemptRecorded):
        return words.word(p.outcome or AttemptOutcome.UNKNOWN)
    if isinstance(p, Correction):
        return words.text(N_("Correction: {text}"), text=event.summary)
    if isinstance(p, NoteAdded):
        note = import_note(event.summary, event.data)
        return None if note is None else words.text(note[0], **note[1])
    if isinstance(p, StepMarked):
        return _describe_step(p, words)
    if isinstance(p, DeadlineChanged):
        return _describe_deadline(p, words)
    if isinstance(p, DocumentRead):
        return describe_document_read(p, words)
    return None


def describe_document_read(p: DocumentRead, words: Words) -> str:
    """"Taken from the document (passport, attachment 3): Registered LAST NAME, …"."""
    return document_read_text(p, words.text)


def _recipient(to: Recipient | None, words: Words) -> str:
    return "?" if to is None else words.text(RECIPIENTS[to])


def delivery(p: Delivered, words: Words) -> str:
    """Prepared (how), sent (the day, by whom) or recorded as sent before the app asked."""
    if p.state is Delivery.SENT:
        day = words.day(p.on) or "?"
        when = day if not p.time else words.text(N_("{day} at {time}"), day=day, time=p.time)
        if p.by:
            return words.text(N_("sent on {when} by {by}"), when=when, by=p.by)
        return words.text(N_("sent on {when}"), when=when)
    if p.state is Delivery.PREPARED:
        if p.how is None:
            return words.text(N_("prepared, not sent yet"))
        return words.text(N_("prepared ({how}), not sent yet"),
                          how=words.text(HANDOVERS[p.how]))
    return words.text(RECORDED_AS_SENT)


def _describe_email(p: EmailRecorded, words: Words) -> str | None:
    if p.purpose is None:
        return None if p.state is None else words.text(N_("Email: {state}"),
                                                       state=delivery(p, words))
    what = words.text(N_("To {to}: {purpose}"), to=_recipient(p.to, words),
                      purpose=words.text(PURPOSES[p.purpose]))
    return f"{what} — {delivery(p, words)}"


def _describe_brief(p: BriefRecorded, words: Words) -> str:
    if p.to is None:
        return words.text(N_("Lawyer brief: {state}"), state=delivery(p, words))
    return words.text(N_("Lawyer brief for {to}: {state}"), to=_recipient(p.to, words),
                      state=delivery(p, words))


def _status(text: str) -> Status:
    try:
        return Status(text)
    except ValueError:
        return Status.UNKNOWN


def _describe_step(p: StepMarked, words: Words) -> str | None:
    step = words.step(p.step)
    if step is None:
        return None
    title, total = step
    if p.checked is not None:
        return words.text(N_("“{step}”: {n} of {total} ticked"), step=title, n=len(p.checked),
                          total=total)
    return words.text(N_("“{step}”: {state}"), step=title,
                      state="?" if p.state is None else words.text(MARKS[p.state]))


def _describe_deadline(p: DeadlineChanged, words: Words) -> str:
    title = words.rule(p.rule)
    if p.action is DeadlineAction.STARTED:
        text = words.text(N_("{title}: started, last day {due}"), title=title,
                          due=words.day(p.due))
        if p.conditional:
            text += " " + words.text(CONDITIONS.get(p.rule, N_("(only as a possibility)")))
        return text
    if p.action is DeadlineAction.RECOMPUTED:
        return words.text(N_("{title}: last day moved from {old} to {due}"), title=title,
                          old=words.day(p.old_due), due=words.day(p.due))
    if p.action is DeadlineAction.DONE:
        return words.text(N_("{title}: filed on {on} by {by}"), title=title,
                          on=words.day(p.done_on), by=p.done_by)
    if p.action is DeadlineAction.NOT_APPLICABLE:
        reason = words.text(p.reason) if p.reason in {DECISION_CHANGED, RULES_CHANGED} \
            else p.reason
        return words.text(N_("{title}: set aside as not applicable — {reason}"), title=title,
                          reason=reason)
    return title
