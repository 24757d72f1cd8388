"""Gather what the brief needs from the vault: the case, its open deadlines, its timeline.

The deadline rules' words (title, condition, legal basis) are English in
``resources/deadline_rules.yaml``; their French and Dutch are in the app's translation
catalogues (context ``deadline_rules``), which only the UI can read (Qt). So the caller
passes :data:`RuleWords`, the one way to those catalogues: a brief in French gets the rules'
French titles, with no second copy of them in Python or YAML. Without it (the command
line), the rules' words stay in English.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from locator.brief.content import (
    Brief,
    BriefDeadline,
    Writer,
    brief_language,
    build_brief,
    ends_text,
)
from locator.brief.labels import label
from locator.deadlines.rules import DueKind
from locator.deadlines.timers import Deadline

#: ``(English text of a deadline rule, language) → the text in that language`` (the text
#: itself when it has no translation)
RuleWords = Callable[[str, str], str]


def _english(text: str, _lang: str) -> str:
    return text


def brief_deadline(deadline: Deadline, lang: str = "en",
                   rule_words: RuleWords | None = None) -> BriefDeadline:
    """The brief's line of a deadline, its rule's words in ``lang``."""
    words = rule_words or _english
    rule = deadline.rule_info
    title = words(rule.title, lang)
    if deadline.conditional:
        condition = (words(rule.condition, lang) if rule.condition
                     else label("possible_only", lang))
        title += f" — {condition[0].lower()}{condition[1:].rstrip('.')}"
    return BriefDeadline(title, deadline.due, ends_text(deadline.due, deadline.ends_at),
                         words(rule.legal_basis, lang) if rule.legal_basis else "",
                         rule.source_url)


def centre_name(centre_id: str, lang: str) -> str:
    from locator.centres.load import load_centres

    try:
        return load_centres().get(centre_id).display_name(lang)
    except LookupError:
        return centre_id


def brief_for_case(vault: Any, case_id: int, *, writer: Writer | None = None,
                   lang: str | None = None, default_lang: str = "en",
                   rule_words: RuleWords | None = None,
                   now: datetime | None = None) -> Brief:
    """The lawyer brief of one case, with its open legal deadlines (not indicative ones).

    ``lang`` None: the case's language, else ``default_lang`` (the app's language, in the
    app); ``rule_words`` puts the deadline rules' words in that language.
    """
    case = vault.get_case(case_id)
    lang = lang or brief_language(case, default_lang)
    deadlines = [brief_deadline(d, lang, rule_words)
                 for d in vault.deadlines(case_id, open_only=True)
                 if d.kind is DueKind.DEADLINE]
    return build_brief(case, deadlines=deadlines, events=vault.events(case_id), writer=writer,
                       centre_name=centre_name, lang=lang, now=now)
