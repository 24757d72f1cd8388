"""Words and colours for deadlines, shared by the case header, the Deadlines view and
the timeline. Everything goes through Qt translation; dates use the app's QLocale."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, QLocale

from locator.deadlines.alerts import Urgency, span
from locator.deadlines.rules import Counting, DueKind, Rule
from locator.deadlines.timers import DECISION_CHANGED, RULES_CHANGED, Deadline
from locator.model.dates import BRUSSELS
from ui.common.i18n import translate

CONTEXT = "Deadlines"
#: Date patterns for QLocale, which gives the day and month names of the app's language.
#: English, French and Dutch write them in the same order, so they are not translated.
LONG_DATE = "dddd d MMMM yyyy"  # Monday 18 August 2025 · lundi 18 août 2025
SHORT_DATE = "dddd d MMMM"  # Saturday 16 August
PLAIN_DATE = "d MMMM yyyy"  # 27 November 2025
COMPACT_DATE = "ddd d MMM yyyy"  # Mon 18 Aug 2025


def confirm_line() -> str:
    return translate("Deadlines", "Confirm with a lawyer today — a late appeal is lost.")


def conditional_line(deadline: Deadline | None = None) -> str:
    """What a conditional timer depends on: its rule's condition (deadline_rules.yaml)."""
    condition = None if deadline is None else deadline.rule_info.condition
    if condition:
        return translate("deadline_rules", condition)
    return translate("Deadlines",
                     "Only if this is the first removal measure — the lawyer decides.")


def conditional_short(deadline: Deadline | None = None) -> str:
    if deadline is not None and deadline.rule != "be-udn-first":
        return translate("Deadlines", "Only a possibility — lawyer decides")
    return translate("Deadlines", "Only if first removal measure — lawyer decides")


@dataclass(frozen=True)
class Style:
    """How one urgency band looks: a word on a badge, never colour alone."""

    badge: str
    background: str  # badge
    foreground: str  # badge text; contrast ≥ 4.5:1 with background
    tint: str  # row background, light (dark in the dark scheme)
    border: str  # row's left edge
    alert: str | None  # the time left, when it must shout (≥ 4.5:1 on the tint)


def badge_word(band: Urgency) -> str:
    words = {
        Urgency.OVERDUE: translate("Deadlines", "OVERDUE"),
        Urgency.HOURS_24: translate("Deadlines", "LESS THAN 24 HOURS"),
        Urgency.HOURS_48: translate("Deadlines", "LESS THAN 48 HOURS"),
        Urgency.TARGET: translate("Deadlines", "AIM DATE REACHED"),
        Urgency.LATER: translate("Deadlines", "TIMER RUNNING"),
        Urgency.INFO: translate("Deadlines", "FOR INFORMATION"),
    }
    return words[band]


# (badge, badge text, row tint, row edge, time-left text) per band, light and dark
# (``ui.common.theme`` says which; ``tests/test_gui_theme.py`` checks the contrasts)
URGENCY_COLOURS = {
    False: {
        Urgency.OVERDUE: ("#7a0000", "#ffffff", "#f8dcdc", "#7a0000", "#7a0000"),
        Urgency.HOURS_24: ("#c00000", "#ffffff", "#fde4e4", "#c00000", "#c00000"),
        Urgency.HOURS_48: ("#f0a000", "#000000", "#fff2d4", "#f0a000", None),
        Urgency.TARGET: ("#ffe066", "#000000", "#fffbe3", "#d4b000", None),
        Urgency.LATER: ("#1f5fa8", "#ffffff", "#eef4fb", "#1f5fa8", None),
        Urgency.INFO: ("#e4e4e4", "#222222", "#f7f7f7", "#9e9e9e", None),
    },
    True: {
        Urgency.OVERDUE: ("#b71c1c", "#ffffff", "#3a1414", "#ff8a80", "#ff8a80"),
        Urgency.HOURS_24: ("#d32f2f", "#ffffff", "#3b1a1a", "#ff8a80", "#ff8a80"),
        Urgency.HOURS_48: ("#f0a000", "#000000", "#3a2c10", "#f0a000", None),
        Urgency.TARGET: ("#ffe066", "#000000", "#36301a", "#d4b000", None),
        Urgency.LATER: ("#4a8fdb", "#000000", "#182536", "#5b9bd5", None),
        Urgency.INFO: ("#4a4f56", "#f0f0f0", "#23262a", "#8a9099", None),
    },
}


def style(band: Urgency, dark: bool | None = None) -> Style:
    """The band's look in the app's colour scheme (``dark`` to choose)."""
    from ui.common.theme import is_dark

    colours = URGENCY_COLOURS[is_dark() if dark is None else dark]
    return Style(badge_word(band), *colours[band])


def rule_title(deadline: Deadline | Rule) -> str:
    rule = deadline if isinstance(deadline, Rule) else deadline.rule_info
    return translate("deadline_rules", rule.title)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def long_date(day: date) -> str:
    """"Monday 18 August 2025", in the app's language."""
    return QLocale().toString(_qdate(day), LONG_DATE)


def short_date(day: date) -> str:
    """"Saturday 16 August"."""
    return QLocale().toString(_qdate(day), SHORT_DATE)


def plain_date(day: date) -> str:
    """"27 November 2025"."""
    return QLocale().toString(_qdate(day), PLAIN_DATE)


def compact_date(day: date) -> str:
    """"Mon 18 Aug 2025", for tables."""
    return QLocale().toString(_qdate(day), COMPACT_DATE)


def due_cell(deadline: Deadline) -> str:
    """The end in a table cell: "Mon 18 Aug 2025, 24:00"; "from …" / "max. …" for
    information-only kinds."""
    rule = deadline.rule_info
    if rule.kind is DueKind.NEXT_FILING:
        return translate("Deadlines", "from {date}").format(date=compact_date(deadline.due))
    if rule.kind is DueKind.INDICATIVE:
        return translate("Deadlines", "max. {date}").format(date=compact_date(deadline.due))
    if rule.counting is Counting.HOURS and deadline.ends_at is not None:
        local = deadline.ends_at.astimezone(BRUSSELS)
        return f"{compact_date(local.date())}, {local.hour:02d}:{local.minute:02d}"
    return translate("Deadlines", "{date}, 24:00").format(date=compact_date(deadline.due))


def ends_text(deadline: Deadline) -> str:
    """"Ends Monday 18 August 2025, 24:00" (day rules end at midnight, Brussels time)."""
    rule = deadline.rule_info
    if rule.counting is Counting.AT_ONCE:
        return translate("Deadlines", "Can be filed at once (from {date})").format(
            date=long_date(deadline.due))
    if rule.kind is DueKind.NEXT_FILING:
        return translate("Deadlines", "A new request can be filed from {date}").format(
            date=long_date(deadline.due))
    if rule.kind is DueKind.INDICATIVE:
        return translate("Deadlines", "Reaches its maximum on {date}").format(
            date=long_date(deadline.due))
    if rule.counting is Counting.HOURS and deadline.ends_at is not None:
        local = deadline.ends_at.astimezone(BRUSSELS)
        clock = f"{local.hour:02d}:{local.minute:02d}"
        return translate("Deadlines", "Ends {date}, {time}").format(
            date=long_date(local.date()), time=clock)
    return translate("Deadlines", "Ends {date}, 24:00").format(date=long_date(deadline.due))


def _amount(days: int, hours: int, minutes: int) -> str:
    # One literal per form, so the translation tools find them. Only "1" is singular:
    # the other numbers shown here (0 minutes aside) take the plural in all three languages.
    parts = []
    if days:
        parts.append(translate("Deadlines", "1 day") if days == 1
                     else translate("Deadlines", "{n} days").format(n=days))
    if hours and days < 7:
        parts.append(translate("Deadlines", "1 hour") if hours == 1
                     else translate("Deadlines", "{n} hours").format(n=hours))
    if not days and (minutes or not hours):
        parts.append(translate("Deadlines", "1 minute") if minutes == 1
                     else translate("Deadlines", "{n} minutes").format(n=minutes))
    return " ".join(parts)


def time_left_text(deadline: Deadline, now: datetime) -> str:
    """"3 days 4 hours left" / "Ended 2 days ago — talk to the lawyer now"."""
    left = deadline.time_left(now)
    if deadline.rule_info.kind is not DueKind.DEADLINE or left is None:
        return translate("Deadlines", "For information, not a deadline")
    gap = span(left)
    amount = _amount(gap.days, gap.hours, gap.minutes)
    if gap.past or left.total_seconds() == 0:
        return translate("Deadlines", "Ended {amount} ago — talk to the lawyer now").format(
            amount=amount)
    return translate("Deadlines", "{amount} left").format(amount=amount)


def aim_text(deadline: Deadline) -> str:
    return translate("Deadlines", "Aim to send everything to the lawyer by {date}.").format(
        date=short_date(deadline.internal_target))


def confidence_word(rule: Rule) -> str:
    words = {"high": translate("Deadlines", "high"),
             "medium": translate("Deadlines", "medium"),
             "low": translate("Deadlines", "low")}
    return words.get(rule.confidence.value, rule.confidence.value)


def basis_html(rule: Rule) -> str:
    """Legal basis, source link, confidence and last check (rules data, escaped)."""
    e = html.escape
    return translate(
        "Deadlines", "Legal basis: {basis} · <a href=\"{url}\">source</a> · confidence: "
        "{confidence} · last checked {checked}").format(
        basis=e(translate("deadline_rules", rule.legal_basis)),
        url=e(rule.source_url, quote=True),
        confidence=e(confidence_word(rule)), checked=e(plain_date(rule.last_verified))
    ) + ("" if rule.law_text_checked else "<br>" + e(unchecked_text()))


def unchecked_text() -> str:
    """Said beside every rule whose period was not read in the law's own text."""
    return translate("Deadlines", "The law's own text was not read for this rule: the "
                     "period is as the source explains it. Ask a lawyer to confirm it.")


def basis_plain(rule: Rule) -> str:
    return translate(
        "Deadlines", "Legal basis: {basis} — {url} (confidence: {confidence}, last checked "
        "{checked})").format(basis=translate("deadline_rules", rule.legal_basis),
                             url=rule.source_url, confidence=confidence_word(rule),
                             checked=plain_date(rule.last_verified)) + (
        "" if rule.law_text_checked else " " + unchecked_text())


def set_aside_reason(data: dict[str, Any]) -> str:
    """Why a deadline was set aside: as typed, or Locator's own reason in the app's words."""
    reason = str(data.get("reason", ""))
    return translate("errors", reason) if reason in {DECISION_CHANGED, RULES_CHANGED} else reason


def time_note(deadline: Deadline) -> str:
    """Said on a deadline in hours whose decision has no known time: it is counted from
    the start of that day, the shorter deadline ("" otherwise)."""
    if not deadline.counted_from_start_of_day:
        return ""
    return translate("Deadlines", "The time it was handed over is not known: counted from "
                     "the start of that day (00:00), the shorter deadline.")
