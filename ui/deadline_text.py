"""Words and colours for deadlines, shared by the case header, the Deadlines view and
the timeline. Everything goes through Qt translation; dates use the app's QLocale."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from locator.alerts import Urgency, span
from locator.case_deadlines import Deadline
from locator.dates import BRUSSELS
from locator.deadline_rules import Counting, DueKind, Rule, load_rules

CONTEXT = "Deadlines"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def confirm_line() -> str:
    return tr("Confirm with a lawyer today — a late appeal is lost.")


def conditional_line() -> str:
    return tr("Only if this is the first removal measure — the lawyer decides.")


def conditional_short() -> str:
    return tr("Only if first removal measure — lawyer decides")


@dataclass(frozen=True)
class Style:
    """How one urgency band looks: a word on a badge, never colour alone."""

    badge: str
    background: str  # badge
    foreground: str  # badge text; contrast ≥ 4.5:1 with background
    tint: str  # row background, light
    border: str  # row's left edge


def style(band: Urgency) -> Style:
    styles = {
        Urgency.OVERDUE: Style(tr("OVERDUE"), "#7a0000", "#ffffff", "#f8dcdc", "#7a0000"),
        Urgency.HOURS_24: Style(tr("LESS THAN 24 HOURS"), "#c00000", "#ffffff", "#fde4e4",
                                "#c00000"),
        Urgency.HOURS_48: Style(tr("LESS THAN 48 HOURS"), "#f0a000", "#000000", "#fff2d4",
                                "#f0a000"),
        Urgency.TARGET: Style(tr("AIM DATE REACHED"), "#ffe066", "#000000", "#fffbe3",
                              "#d4b000"),
        Urgency.LATER: Style(tr("TIMER RUNNING"), "#1f5fa8", "#ffffff", "#eef4fb", "#1f5fa8"),
        Urgency.INFO: Style(tr("FOR INFORMATION"), "#e4e4e4", "#222222", "#f7f7f7", "#9e9e9e"),
    }
    return styles[band]


def rule_title(deadline: Deadline | Rule) -> str:
    rule = deadline if isinstance(deadline, Rule) else deadline.rule_info
    return QCoreApplication.translate("deadline_rules", rule.title)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def long_date(day: date) -> str:
    """"Monday 18 August 2025", in the app's language."""
    return QLocale().toString(_qdate(day), tr("dddd d MMMM yyyy"))


def short_date(day: date) -> str:
    """"Saturday 16 August"."""
    return QLocale().toString(_qdate(day), tr("dddd d MMMM"))


def plain_date(day: date) -> str:
    """"27 November 2025"."""
    return QLocale().toString(_qdate(day), tr("d MMMM yyyy"))


def compact_date(day: date) -> str:
    """"Mon 18 Aug 2025", for tables."""
    return QLocale().toString(_qdate(day), tr("ddd d MMM yyyy"))


def due_cell(deadline: Deadline) -> str:
    """The end in a table cell: "Mon 18 Aug 2025, 24:00"; "from …" / "max. …" for
    information-only kinds."""
    rule = deadline.rule_info
    if rule.kind is DueKind.NEXT_FILING:
        return tr("from {date}").format(date=compact_date(deadline.due))
    if rule.kind is DueKind.INDICATIVE:
        return tr("max. {date}").format(date=compact_date(deadline.due))
    if rule.counting is Counting.HOURS and deadline.ends_at is not None:
        local = deadline.ends_at.astimezone(BRUSSELS)
        return f"{compact_date(local.date())}, {local.hour:02d}:{local.minute:02d}"
    return tr("{date}, 24:00").format(date=compact_date(deadline.due))


def ends_text(deadline: Deadline) -> str:
    """"Ends Monday 18 August 2025, 24:00" (day rules end at midnight, Brussels time)."""
    rule = deadline.rule_info
    if rule.kind is DueKind.NEXT_FILING:
        return tr("A new request can be filed from {date}").format(date=long_date(deadline.due))
    if rule.kind is DueKind.INDICATIVE:
        return tr("Reaches its maximum on {date}").format(date=long_date(deadline.due))
    if rule.counting is Counting.HOURS and deadline.ends_at is not None:
        local = deadline.ends_at.astimezone(BRUSSELS)
        clock = f"{local.hour:02d}:{local.minute:02d}"
        return tr("Ends {date}, {time}").format(date=long_date(local.date()), time=clock)
    return tr("Ends {date}, 24:00").format(date=long_date(deadline.due))


def _amount(days: int, hours: int, minutes: int) -> str:
    # Literal strings in each tr() call, so the translation tools find them.
    parts = []
    if days:
        parts.append(tr("1 day") if days == 1 else tr("{n} days").format(n=days))
    if hours and days < 7:
        parts.append(tr("1 hour") if hours == 1 else tr("{n} hours").format(n=hours))
    if not days and (minutes or not hours):
        parts.append(tr("1 minute") if minutes == 1 else tr("{n} minutes").format(n=minutes))
    return " ".join(parts)


def time_left_text(deadline: Deadline, now: datetime) -> str:
    """"3 days 4 hours left" / "Ended 2 days ago — talk to the lawyer now"."""
    left = deadline.time_left(now)
    if deadline.rule_info.kind is not DueKind.DEADLINE or left is None:
        return tr("For information, not a deadline")
    gap = span(left)
    amount = _amount(gap.days, gap.hours, gap.minutes)
    if gap.past or left.total_seconds() == 0:
        return tr("Ended {amount} ago — talk to the lawyer now").format(amount=amount)
    return tr("{amount} left").format(amount=amount)


def aim_text(deadline: Deadline) -> str:
    return tr("Aim to send everything to the lawyer by {date}.").format(
        date=short_date(deadline.internal_target))


def confidence_word(rule: Rule) -> str:
    words = {"high": tr("high"), "medium": tr("medium"), "low": tr("low")}
    return words.get(rule.confidence.value, rule.confidence.value)


def basis_html(rule: Rule) -> str:
    """Legal basis, source link, confidence and last check (rules data, escaped)."""
    e = html.escape
    return tr("Legal basis: {basis} · <a href=\"{url}\">source</a> · confidence: {confidence}"
              " · last checked {checked}").format(
        basis=e(rule.legal_basis), url=e(rule.source_url, quote=True),
        confidence=e(confidence_word(rule)), checked=e(plain_date(rule.last_verified)))


def basis_plain(rule: Rule) -> str:
    return tr("Legal basis: {basis} — {url} (confidence: {confidence}, last checked "
              "{checked})").format(basis=rule.legal_basis, url=rule.source_url,
                                   confidence=confidence_word(rule),
                                   checked=plain_date(rule.last_verified))


def describe_deadline_event(data: dict[str, Any]) -> str:
    """A timeline line for a deadline started / recomputed / filed / set aside."""
    rule = load_rules().get(str(data.get("rule", "")))
    title = rule_title(rule) if rule is not None else str(data.get("rule", ""))

    def day(key: str) -> str:
        try:
            return long_date(date.fromisoformat(str(data.get(key, ""))))
        except ValueError:
            return ""

    action = data.get("action")
    if action == "started":
        text = tr("{title}: started, last day {due}").format(title=title, due=day("due"))
        if data.get("conditional"):
            text += " " + tr("(only if this is the first removal measure)")
        return text
    if action == "recomputed":
        return tr("{title}: last day moved from {old} to {due}").format(
            title=title, old=day("old_due"), due=day("due"))
    if action == "done":
        return tr("{title}: filed on {on} by {by}").format(
            title=title, on=day("done_on"), by=str(data.get("done_by", "")))
    if action == "not_applicable":
        return tr("{title}: set aside as not applicable — {reason}").format(
            title=title, reason=str(data.get("reason", "")))
    return title
