"""The emails of the procedure: to GVO (and to the lawyer about a flight), as plain text.

One email per email action of ``resources/procedure.yaml``. The text is built
from the case as stored, in English, French or Dutch (the case's language by
default, like the lawyer brief), and keeps every character as stored: markup
is just text here, Arabic and emoji stay as they are. Field labels come from
:mod:`locator.brief.labels`, so the brief and the emails say the same thing.

Nothing leaves without the person's agreement: :func:`blocker` says why an
email must not be sent yet (consent to share not "yes", no address for the
lawyer). The caller records an ``email`` event ``{"to", "purpose", "state"}``:
*prepared* when a mail program was started with the email or its text was copied
(:meth:`Email.prepared`), *sent* only when the user says so (:meth:`Email.sent`). The
last line of every email states the agreement to share as recorded
(:func:`locator.brief.consent.consent_line`).

The subject says what the email is for and nothing about the person (no name,
centre or date): it is the one part of the email that travels in the
``mailto:`` link, and subjects show in inbox lists and notifications. Who it is
about is in the body, which only ever goes through the clipboard.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from locator import GVO_EMAIL
from locator.brief.consent import RECIPIENT_CONSENT, consent_line
from locator.brief.content import Brief, brief_language, build_brief
from locator.brief.labels import LANGUAGES, label
from locator.brief.text import brief_text, mailto_url
from locator.model.cases import Case, Consent, DeportationAttempt, Event, EventKind, Status
from locator.model.dates import BRUSSELS, brussels_minute
from locator.model.events import (
    Answer,
    Delivery,
    EmailPurpose,
    EmailRecorded,
    Handover,
    Recipient,
)
from locator.model.phones import display_phone
from locator.procedure.events import effective_events

__all__ = ["ACTIONS", "CONSENT_FIELD", "GVO_EMAIL", "Blocker", "Email", "blocker", "compose",
           "email_language"]

#: email action of the procedure → (to whom, what for)
ACTIONS: MappingProxyType[str, tuple[Recipient, EmailPurpose]] = MappingProxyType({
    "email_gvo_alias": (Recipient.GVO, EmailPurpose.ALIAS_CROSS_REFERENCE),
    "email_gvo_detained": (Recipient.GVO, EmailPurpose.DETAINED_AT),
    "email_gvo_lawyer": (Recipient.GVO, EmailPurpose.LAWYER_REQUEST),
    "email_gvo_outcome": (Recipient.GVO, EmailPurpose.OUTCOME),
    "email_gvo_flight_support": (Recipient.GVO, EmailPurpose.FLIGHT_SUPPORT),
    "email_lawyer_flight": (Recipient.LAWYER, EmailPurpose.FLIGHT),
})
#: the consent that must be "yes" before anything goes to this recipient (one table for
#: every way out: :data:`locator.brief.consent.RECIPIENT_CONSENT`)
CONSENT_FIELD = RECIPIENT_CONSENT

_T: dict[str, tuple[str, str, str]] = {
    "hello_gvo": ("Hello GVO,", "Bonjour GVO,", "Hallo GVO,"),
    "hello_lawyer": ("Dear {name},", "Maître {name},", "Geachte {name},"),
    "hello": ("Hello,", "Bonjour,", "Hallo,"),
    "thanks": ("Thank you.", "Merci.", "Dank u."),
    "fill_in": ("(please fill in)", "(à compléter)", "(in te vullen)"),
    "subject.alias_cross_reference": (
        "Looking for someone: can you cross-reference?", "Recherche d’une personne : "
        "pouvez-vous recouper ?", "Op zoek naar iemand: kunnen jullie dit nagaan?"),
    "intro.alias_cross_reference": (
        "We are looking for a friend who has disappeared. We do not know where they are "
        "held. Could you compare what we know with the calls you receive?",
        "Nous cherchons une personne proche qui a disparu. Nous ne savons pas où elle est "
        "détenue. Pouvez-vous recouper ces informations avec les appels que vous recevez ?",
        "We zoeken een vriend(in) die verdwenen is. We weten niet waar die persoon wordt "
        "vastgehouden. Kunnen jullie dit vergelijken met de oproepen die jullie krijgen?"),
    "alias": ("Name friends use", "Nom utilisé par les proches", "Naam die vrienden gebruiken"),
    "other_spellings": ("Other spellings", "Autres orthographes", "Andere schrijfwijzen"),
    "languages": ("Languages spoken", "Langues parlées", "Gesproken talen"),
    "last_contact": ("Last contact (Brussels time)", "Dernier contact (heure de Bruxelles)",
                     "Laatste contact (Brusselse tijd)"),
    "looks": ("What they look like", "Description physique", "Uiterlijk"),
    "last_seen": ("Where they were last seen", "Lieu où la personne a été vue pour la "
                  "dernière fois", "Waar ze het laatst gezien werden"),
    "calls": ("Our calls to the centres", "Nos appels aux centres", "Onze oproepen naar de "
              "centra"),
    "reach_me": ("How to reach me", "Comment me joindre", "Hoe u mij bereikt"),
    "subject.detained_at": ("We know where someone is held",
                            "Nous savons où une personne est détenue",
                            "We weten waar iemand wordt vastgehouden"),
    "subject.lawyer_request": ("Request for a lawyer", "Demande d’avocat·e",
                               "Vraag naar een advocaat"),
    "intro.detained_at": (
        "We found where they are held. Could you put us in touch with a visitor or the "
        "centre's referent?",
        "Nous avons trouvé où la personne est détenue. Pouvez-vous nous mettre en contact "
        "avec un·e visiteur·se ou le/la référent·e du centre ?",
        "We weten waar de persoon wordt vastgehouden. Kunnen jullie ons in contact brengen "
        "met een bezoeker of de referent van het centrum?"),
    "subject.outcome": ("News about someone we wrote to you about",
                        "Nouvelles d’une personne dont nous vous avons parlé",
                        "Nieuws over iemand over wie we jullie schreven"),
    "intro.outcome": ("For your overview, here is what happened.",
                      "Pour votre suivi, voici ce qui s’est passé.",
                      "Voor jullie overzicht: dit is er gebeurd."),
    "status": ("Situation", "Situation", "Situatie"),
    "status_since": ("{status} (on {date})", "{status} (le {date})", "{status} (op {date})"),
    "attempts": ("Flights and deportation attempts", "Vols et tentatives d’expulsion",
                 "Vluchten en uitzettingspogingen"),
    "subject.flight": ("URGENT: flight / deportation attempt",
                       "URGENT : vol / tentative d’expulsion",
                       "DRINGEND: vlucht / uitzettingspoging"),
    "intro.flight": (
        "There is a flight ticket or a deportation attempt. Could you act at once? An "
        "appeal may still be possible.",
        "Il y a un billet d’avion ou une tentative d’expulsion. Pouvez-vous agir tout de "
        "suite ? Un recours est peut-être encore possible.",
        "Er is een vliegtuigticket of een uitzettingspoging. Kunt u meteen optreden? Een "
        "beroep is misschien nog mogelijk."),
    "subject.flight_support": ("Support wanted at a flight",
                               "Demande de soutien au moment d’un vol",
                               "Steun gevraagd bij een vlucht"),
    "intro.flight_support": (
        "They want support at the flight. Could you and the CRER ask people to talk to the "
        "passengers?",
        "La personne souhaite un soutien au moment du vol. Pouvez-vous, avec la CRER, "
        "mobiliser des personnes pour parler aux passagers ?",
        "De persoon wil steun bij de vlucht. Kunnen jullie samen met de CRER mensen vragen "
        "om met de passagiers te praten?"),
    "attempt": ("{date}: flight {flight} to {destination}: {outcome}",
                "{date} : vol {flight} vers {destination} : {outcome}",
                "{date}: vlucht {flight} naar {destination}: {outcome}"),
}
_TEXTS = {lang: {k: v[i] for k, v in _T.items()} for i, lang in enumerate(LANGUAGES)}


def _t(key: str, lang: str, **params: object) -> str:
    text = _TEXTS.get(lang, _TEXTS["en"])[key]
    return text.format(**params) if params else text


@dataclass(frozen=True)
class Email:
    """One email ready to send: plain text, every value as stored."""

    recipient: Recipient
    purpose: EmailPurpose
    to: str  # an email address
    subject: str
    body: str
    lang: str

    @property
    def mailto(self) -> str:
        """A ``mailto:`` URL with the address and the subject only, never the body: the
        body goes through the clipboard (see :func:`locator.brief.text.mailto_url`)."""
        return mailto_url(self.to, self.subject)

    @property
    def text(self) -> str:
        """Subject and body, for the clipboard."""
        return f"{self.subject}\n\n{self.body}"

    def prepared(self, how: Handover) -> EmailRecorded:
        """The timeline's entry once it left the app (copied, or handed to a mail
        program): prepared, not sent (:func:`locator.model.events.record`)."""
        return EmailRecorded(to=self.recipient, purpose=self.purpose, state=Delivery.PREPARED,
                             how=how)

    def sent(self, *, by: str, on: str, time: str = "",
             prepared: int | None = None) -> EmailRecorded:
        """The entry once the user said it was sent (by whom, the ISO day, "HH:MM" or "")."""
        return EmailRecorded(to=self.recipient, purpose=self.purpose, state=Delivery.SENT,
                             by=by, on=on, time=time, prepared=prepared)


@dataclass(frozen=True)
class Blocker:
    """Why an email must not leave yet.

    Attributes:
        reason: ``consent`` (the consent in ``field`` is not "yes") or
            ``no_address`` (no email address for the lawyer: ``field`` is ``lawyer_email``).
        field: the case field to fill in to lift the block.
        answer: for ``consent``: the recorded answer (``no`` or ``not_asked``).
        soft: the email may still go after the user confirms: asking GVO to look
            for someone who is missing and cannot be asked (their consent is only
            "not asked yet", never "no").
    """

    reason: str
    field: str
    answer: str = ""
    soft: bool = False


def blocker(case: Case, recipient: Recipient,
            purpose: EmailPurpose | None = None) -> Blocker | None:
    """Why nothing may go to ``recipient`` for this case, or None when it may."""
    field = CONSENT_FIELD.get(recipient)
    if field is not None:
        answer: Consent = getattr(case, field)
        if answer is not Consent.YES:
            soft = (answer is Consent.NOT_ASKED and case.status is Status.MISSING
                    and purpose is EmailPurpose.ALIAS_CROSS_REFERENCE)
            return Blocker("consent", field, answer.value, soft=soft)
    if recipient is Recipient.LAWYER and not case.lawyer.email.strip():
        return Blocker("no_address", "lawyer_email")
    return None


def email_language(case: Case, default: str = "en") -> str:
    """The case's language when French or Dutch, else ``default`` (the app's language in
    the app), as for the brief."""
    return brief_language(case, default)


def compose(action: str, case: Case, *, events: Sequence[Event] = (), lang: str | None = None,
            centre_name: Callable[[str, str], str] | None = None,
            brief: Brief | None = None, default_lang: str = "en") -> Email:
    """The email for one email action of the procedure (see :data:`ACTIONS`).

    Args:
        events: the case's timeline (calls made, the date of a status change).
        lang: ``en``, ``fr`` or ``nl``; None means :func:`email_language` (with
            ``default_lang`` when the case's language is not known).
        centre_name: ``(centre id, lang) → name`` (default: the id itself).
        brief: for ``email_gvo_lawyer``, the lawyer brief to send (with its open
            deadlines); built from the case alone when None.
    Raises:
        KeyError: for an action that is not an email action.
    """
    recipient, purpose = ACTIONS[action]
    lang = lang or email_language(case, default_lang)
    if lang not in LANGUAGES:
        raise ValueError(f"emails exist in {', '.join(LANGUAGES)}, not {lang!r}")
    names = centre_name or (lambda centre_id, _lang: centre_id)
    subject = _t(f"subject.{purpose.value}", lang)
    if purpose is EmailPurpose.LAWYER_REQUEST:
        brief = brief or build_brief(case, events=events, centre_name=names, lang=lang)
        return Email(recipient, purpose, GVO_EMAIL, subject, brief_text(brief), lang)
    facts = build_brief(case, centre_name=names, lang=lang)
    lines = _body(purpose, case, facts, effective_events(events), names, lang)
    if recipient is Recipient.LAWYER:
        to = case.lawyer.email.strip()
        hello = (_t("hello_lawyer", lang, name=case.lawyer.name.strip())
                 if case.lawyer.name.strip() else _t("hello", lang))
    else:
        to, hello = GVO_EMAIL, _t("hello_gvo", lang)
    body = [hello, "", _t(f"intro.{purpose.value}", lang), "", *lines, "", _t("thanks", lang),
            "", "-- ", consent_line(case, (recipient,), lang)]
    return Email(recipient, purpose, to, subject, "\n".join(body) + "\n", lang)


def _line(label_text: str, value: str, lang: str) -> str:
    sep = label("sep", lang)
    return f"{label_text}{sep}{value}"


def _body(purpose: EmailPurpose, case: Case, facts: Brief, timeline: Sequence[Event],
          names: Callable[[str, str], str], lang: str) -> list[str]:
    key = {item.field: item for item in facts.key_items}
    out: list[str] = []

    real_known = bool(case.real_name or case.nationality_real or case.birth_date_real)

    def item(field: str, always: bool = False) -> None:
        entry = key[field]
        if entry.known or always:
            out.append(_line(entry.label, entry.lines[0], lang))
            # the item's further lines (when the detention began, the day found there); the
            # nationality's, the real identity, only when some of it is known
            if real_known or field != "nationality_recorded":
                out.extend("   " + more for more in entry.lines[1:])

    if purpose is EmailPurpose.ALIAS_CROSS_REFERENCE:
        if case.alias:
            out.append(_line(_t("alias", lang), case.alias, lang))
        item("registered_last_name")
        item("nationality_recorded")
        if case.other_spellings:
            out.append(_line(_t("other_spellings", lang), ", ".join(case.other_spellings),
                             lang))
        item("birth_date_recorded")
        if case.languages:
            out.append(_line(_t("languages", lang), ", ".join(case.languages), lang))
        if case.last_contact_at is not None:
            out.append(_line(_t("last_contact", lang), brussels_minute(case.last_contact_at), lang))
        item("arrest_date")
        item("arrest_place")
        fill = _t("fill_in", lang)
        out += [_line(_t("looks", lang), fill, lang), _line(_t("last_seen", lang), fill, lang)]
        calls = [e for e in timeline if e.kind is EventKind.CALL]
        if calls:
            out += ["", _t("calls", lang) + label("sep", lang).rstrip()]
            out += [f"- {_call_line(e, names, lang)}" for e in calls]
        out += ["", _line(_t("reach_me", lang), fill, lang)]
        return out
    item("registered_last_name", always=True)
    item("nationality_recorded", always=True)
    item("centre", always=True)
    item("oe_number")
    if purpose is EmailPurpose.DETAINED_AT and case.phone_in_centre:
        out.append(_line(label("phone_in_centre", lang), display_phone(case.phone_in_centre),
                         lang))
    if purpose is EmailPurpose.OUTCOME:
        out.append(_line(_t("status", lang), _status_line(case, timeline, lang), lang))
    if purpose in (EmailPurpose.OUTCOME, EmailPurpose.FLIGHT, EmailPurpose.FLIGHT_SUPPORT):
        attempts = [_attempt_line(a, lang) for a in _attempts(case)]
        if attempts:
            out += ["", _t("attempts", lang) + label("sep", lang).rstrip()]
            out += [f"- {line}" for line in attempts]
    return out


def _status_line(case: Case, timeline: Sequence[Event], lang: str) -> str:
    status = label(f"status.{case.status.value}", lang)
    changes = [e for e in timeline if e.kind is EventKind.STATUS_CHANGE
               and isinstance(e.data, dict) and e.data.get("to") == case.status.value]
    if not changes:
        return status
    when = changes[-1].at.astimezone(BRUSSELS).date().isoformat()
    return _t("status_since", lang, status=status, date=when)


def _attempts(case: Case) -> list[DeportationAttempt]:
    return sorted(case.deportation_attempts, key=lambda a: (a.date is None, a.date))


def _attempt_line(attempt: DeportationAttempt, lang: str) -> str:
    unknown = label("unknown", lang).split(" — ")[0]
    return _t("attempt", lang, date=attempt.date.isoformat() if attempt.date else unknown,
              flight=attempt.flight or unknown, destination=attempt.destination or unknown,
              outcome=label(f"outcome.{attempt.outcome.value}", lang))


def _call_line(event: Event, names: Callable[[str, str], str], lang: str) -> str:
    data = event.data if isinstance(event.data, dict) else {}
    centre = data.get("centre")
    where = names(centre, lang) if isinstance(centre, str) and centre else "?"
    answer = data.get("answer")
    said = (label(f"answer.{answer}", lang) if answer in {a.value for a in Answer}
            else label("unknown", lang).split(" — ")[0])
    return f"{where}, {brussels_minute(event.at)}{label('sep', lang)}{said}"
