"""Gather what the brief needs from the vault: the case, its open deadlines, its timeline."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from locator.brief.content import Brief, BriefDeadline, Writer, build_brief, ends_text
from locator.deadlines.rules import DueKind
from locator.deadlines.timers import Deadline


def brief_deadline(deadline: Deadline) -> BriefDeadline:
    rule = deadline.rule_info
    title = rule.title
    if deadline.conditional:
        condition = rule.condition or "Only as a possibility — the lawyer decides."
        title += f" — {condition[0].lower()}{condition[1:].rstrip('.')}"
    return BriefDeadline(title, deadline.due, ends_text(deadline.due, deadline.ends_at),
                         rule.legal_basis, rule.source_url)


def centre_name(centre_id: str, lang: str) -> str:
    from locator.centres.load import load_centres

    try:
        return load_centres().get(centre_id).display_name(lang)
    except LookupError:
        return centre_id


def brief_for_case(vault: Any, case_id: int, *, writer: Writer | None = None,
                   lang: str | None = None, now: datetime | None = None) -> Brief:
    """The lawyer brief of one case, with its open legal deadlines (not indicative ones)."""
    case = vault.get_case(case_id)
    deadlines = [brief_deadline(d) for d in vault.deadlines(case_id, open_only=True)
                 if d.kind is DueKind.DEADLINE]
    return build_brief(case, deadlines=deadlines, events=vault.events(case_id), writer=writer,
                       centre_name=centre_name, lang=lang, now=now)
