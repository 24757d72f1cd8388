"""The home screen's sentences about one deadline or step (through Qt translation)."""

from __future__ import annotations

from datetime import datetime, timedelta

from locator.deadlines.alerts import Urgency, urgency
from locator.deadlines.rules import DueKind
from locator.deadlines.timers import Deadline
from locator.model.dates import BRUSSELS
from ui.common.i18n import translate
from ui.deadlines.text import long_date, short_date

CONTEXT = "Today"


def clock_name(deadline: Deadline) -> str:
    """Whose clock the end is on (French rules on the French clock)."""
    if deadline.rule_info.country == "FR":
        return translate("Today", "French time")
    return translate("Today", "Belgian time")


def last_day_text(deadline: Deadline) -> str:
    """"Last day: Monday 7 December 2026, until 24:00 (Belgian time)"; an end within the
    day says its hour; information-only dates say what they are."""
    rule = deadline.rule_info
    if rule.kind is DueKind.NEXT_FILING:
        return translate("Today", "A new request can be filed from {date}").format(
            date=long_date(deadline.due))
    if rule.kind is DueKind.INDICATIVE:
        return translate("Today", "Reaches its maximum on {date}").format(
            date=long_date(deadline.due))
    ends = deadline.ends_at
    if ends is None:
        return translate("Today", "Last day: {date}").format(date=long_date(deadline.due))
    local = ends.astimezone(BRUSSELS)
    if local.date() == deadline.due + timedelta(days=1) and (local.hour, local.minute) == (0, 0):
        return translate("Today", "Last day: {date}, until 24:00 ({clock})").format(
            date=long_date(deadline.due), clock=clock_name(deadline))
    return translate("Today", "Ends {date} at {time} ({clock})").format(
        date=long_date(local.date()), time=f"{local.hour:02d}:{local.minute:02d}",
        clock=clock_name(deadline))


def todo_text(deadline: Deadline, now: datetime) -> str:
    """What to do now about it, by how near it is."""
    if deadline.rule_info.kind is not DueKind.DEADLINE:
        return translate("Today", "For information: nothing to file by this date.")
    band = urgency(deadline, now)
    if band is Urgency.OVERDUE:
        return translate("Today", "Talk to the lawyer now: ask whether anything can still "
                         "be done.")
    if band in (Urgency.HOURS_24, Urgency.HOURS_48, Urgency.TARGET):
        return translate("Today", "Call the lawyer today: the appeal must be filed by "
                         "then.")
    return translate("Today", "Send everything to the lawyer by {date}, and confirm the "
                     "deadline with them.").format(date=short_date(deadline.internal_target))
