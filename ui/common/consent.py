"""One question before anything leaves the app: the person's agreement as recorded.

Every way out — the lawyer brief saved as PDF, copied or emailed, an email of the
procedure, an encrypted copy of the vault for another referent — checks the case as it
is stored *now* (:func:`locator.brief.consent.share_check`) and, unless every answer is
"yes", asks this same question, whose safe answer (Cancel) is the default. The words say
what is recorded for each recipient, never more: "not asked yet" is not "refused", and
neither is "agreed".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from locator.brief.consent import ShareCheck
from locator.brief.consent import agreement_words as core_agreement_words
from locator.model.cases import Consent
from ui.common.i18n import window_language
from ui.common.prompts import confirm

__all__ = ["agreement_words", "confirm_share"]

#: how many names an encrypted copy's question lists before "and n more"
NAMES_SHOWN = 8


def agreement_words(check: ShareCheck) -> str:
    """"GVO: yes; lawyer: not asked yet" — each recorded answer, in the window's language
    (the words of the brief's own consent line: one catalogue for both)."""
    return core_agreement_words(check, window_language())


def confirm_share(parent: QWidget | None, checks: Sequence[ShareCheck], action: str,
                  ask: Callable[..., bool] | None = None) -> bool:
    """True when everything may go: every answer recorded is "yes", or the user, told
    exactly what is recorded, chose ``action`` (the button's words, e.g. "Save PDF…").
    ``ask``: how the question is asked (default :func:`ui.common.prompts.confirm`)."""
    open_checks = [c for c in checks if not c.clear]
    if not open_checks:
        return True
    refused = any(a.answer is Consent.NO for c in open_checks for a in c.open)
    title = (QCoreApplication.translate("Consent", "They said no to sharing") if refused else
             QCoreApplication.translate("Consent", "Their agreement is not recorded"))
    if len(checks) == 1:
        text = QCoreApplication.translate(
            "Consent", "What this case records about sharing their details: {answers}."
        ).format(answers=agreement_words(open_checks[0]))
    else:
        names = [c.name or QCoreApplication.translate("Consent", "(no name yet)")
                 for c in open_checks[:NAMES_SHOWN]]
        more = len(open_checks) - len(names)
        listed = "\n".join(f"• {n} — {agreement_words(c)}"
                           for n, c in zip(names, open_checks, strict=False))
        if more:
            listed += "\n" + QCoreApplication.translate("Consent", "…and {n} more").format(
                n=more)
        text = QCoreApplication.translate(
            "Consent", "{n} of the {total} cases do not record a “yes” to sharing their "
            "details:\n{names}").format(n=len(open_checks), total=len(checks), names=listed)
    details = (QCoreApplication.translate(
        "Consent", "They said no. Sharing against their wish can put them in danger. Go on "
        "only if they have changed their mind — then record their new answer first.")
        if refused else QCoreApplication.translate(
        "Consent", "Ask them first if you can. Share their details only with their "
        "agreement, and only to help them. If they agreed, record it in their case."))
    return (ask or confirm)(parent, title, text, action, details)
