"""The person's agreement to share, as recorded: one check for every way out of the app.

Whatever leaves the vault — the lawyer brief saved as PDF, copied or emailed, an email
of the procedure, an encrypted copy handed to another referent — is checked here
against the case as stored (:func:`share_check`): which consent field applies to which
recipient is :data:`RECIPIENT_CONSENT`, and who each way out reaches is
:data:`BRIEF_RECIPIENTS` / :data:`COPY_RECIPIENTS` (an email reaches its own recipient).
The UI asks the same question for every check that is not :attr:`ShareCheck.clear`
(:mod:`ui.common.consent`), and every output states what is recorded, never more
(:func:`consent_line`: the brief's footer on every page, the end of its text and of
every email).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType

from locator.brief.labels import label
from locator.model.cases import Case, Consent
from locator.model.events import Recipient

__all__ = ["BRIEF_RECIPIENTS", "COPY_RECIPIENTS", "RECIPIENT_CONSENT", "Agreement",
           "ShareCheck", "agreement_words", "consent_line", "share_check"]

#: recipient → the case's consent field that must say "yes" before anything goes to them
RECIPIENT_CONSENT: MappingProxyType[Recipient, str] = MappingProxyType({
    Recipient.GVO: "consent_share_gvo",
    Recipient.LAWYER: "consent_share_lawyer",
    Recipient.REFERENT: "consent_share_referents",
})
#: the lawyer brief is for GVO, to pass on to a lawyer: both must be agreed
BRIEF_RECIPIENTS: tuple[Recipient, ...] = (Recipient.GVO, Recipient.LAWYER)
#: an encrypted copy of the vault goes to another referent
COPY_RECIPIENTS: tuple[Recipient, ...] = (Recipient.REFERENT,)


@dataclass(frozen=True)
class Agreement:
    """One recorded answer: may their details go to ``recipient``?"""

    recipient: Recipient
    field: str  # the case field holding the answer
    answer: Consent
    asked_on: date | None


@dataclass(frozen=True)
class ShareCheck:
    """The recorded answers for one case and one way out."""

    case_id: int | None
    name: str  # the case's display name ("" when it has none)
    agreements: tuple[Agreement, ...]

    @property
    def clear(self) -> bool:
        """Every recipient is agreed ("yes"): nothing to ask."""
        return all(a.answer is Consent.YES for a in self.agreements)

    @property
    def open(self) -> tuple[Agreement, ...]:
        """The answers that are not "yes" (refused or not asked yet)."""
        return tuple(a for a in self.agreements if a.answer is not Consent.YES)


def share_check(case: Case, recipients: Iterable[Recipient]) -> ShareCheck:
    """What ``case`` records about sharing with each of ``recipients`` (in that order; a
    recipient without a consent field — a visitor — is not checked here)."""
    agreements = []
    for recipient in dict.fromkeys(recipients):
        field = RECIPIENT_CONSENT.get(recipient)
        if field is None:
            continue
        agreements.append(Agreement(recipient, field, getattr(case, field),
                                    getattr(case, f"{field}_asked_on")))
    return ShareCheck(case.id, case.display_name(), tuple(agreements))


def agreement_words(check: ShareCheck, lang: str) -> str:
    """Each recorded answer of ``check`` in ``lang``: "GVO: yes; lawyer: not asked yet"."""
    sep = label("sep", lang)
    return label("consent_join", lang).join(
        f"{label(f'consent_who.{a.recipient.value}', lang)}{sep}"
        f"{label(f'consent.{a.answer.value}', lang)}" for a in check.agreements)


def consent_line(case: Case, recipients: Iterable[Recipient], lang: str) -> str:
    """The closing line of an output, in its language: the agreement as recorded for each
    recipient ("GVO: yes; lawyer: not asked yet"), never claimed when it is not there."""
    check = share_check(case, recipients)
    return label("consent_footer.agreed" if check.clear else "consent_footer.recorded", lang,
                 answers=agreement_words(check, lang))
