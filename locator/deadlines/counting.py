"""Legal deadlines: rules loaded strictly from ``resources/deadline_rules.yaml``, and due dates.

Every result is a :class:`Due`. Its ``kind`` says how a screen must present it:

* ``DueKind.DEADLINE``: the legal last moment to file; a late appeal is lost.
  Day rules (``be-calendar-days``) end at 24:00 Europe/Brussels on ``due``;
  hour rules (``hours``) end at the exact instant ``ends_at``.
* ``DueKind.NEXT_FILING``: there is no deadline (``be-release-request``);
  ``due`` is the first day a (new) request can be filed and ``ends_at`` is None.
* ``DueKind.INDICATIVE``: a legal maximum shown for information only
  (``be-detention-max``); ``due`` is its last day, never moved for weekends.

Timers are an alarm, not legal advice: a lawyer confirms every deadline.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from dateutil.relativedelta import relativedelta

from locator.deadlines.holidays import HolidayCalendar, load_holiday_calendar
from locator.deadlines.rules import (
    RULES_FILE,
    Confidence,
    Counting,
    DueKind,
    Rule,
    RulesFileError,
    Unit,
    load_rules,
    parse_rules,
)
from locator.model.cases import NotificationMethod
from locator.model.dates import BRUSSELS, format_local, start_of_day_brussels, to_utc
from locator.model.errors import N_, FieldError

__all__ = ["RULES_FILE", "Confidence", "Counting", "DueKind", "NotificationMethod", "Rule",
           "RulesFileError", "Unit", "load_rules", "parse_rules"]
Rolled = tuple[tuple[date, str], ...]  # days skipped by a roll-forward, each with its reason


#: what the notification date means for each method: the words a form asks it with
NOTIFIED_ON: Mapping[NotificationMethod, str] = {
    NotificationMethod.HAND: N_("The day it was handed over (or refused)"),
    NotificationMethod.REGISTERED_ACK: N_(
        "The day the letter was first presented at the address (not the day it was "
        "signed for or collected)"),
    NotificationMethod.REGISTERED_NO_ACK: N_("The day it was posted — the date of the postmark"),
    NotificationMethod.ORDINARY_POST: N_("The day it was posted — the date of the postmark"),
}

_FIELD_LABELS = {"rule": "Deadline rule", "notified_at": "Notification date",
                 "method": "Notification method"}


class DeadlineInputError(FieldError, ValueError):
    """Something the user entered cannot be used; ``field`` names it (e.g. ``notified_at``).

    A :class:`~locator.model.errors.FieldError`: ``template`` and ``params`` stay
    translatable, ``detail`` is the sentence without the field, and ``message``
    starts with the field's plain name, e.g. "Notification date: 2027-01-03 is
    in the future."
    """

    @property
    def message(self) -> str:
        return f"{_FIELD_LABELS.get(self.field, self.field)}: {self.detail}"


@dataclass(frozen=True)
class Due:
    """The result of :func:`compute_due` (see the module docstring for ``kind``).

    Attributes:
        notified: The notification (or decision) instant, in Europe/Brussels.
        start: The first counted day.
        naive_last_day: The last day before any weekend/holiday roll-forward.
        due: The legal last day (DEADLINE), first filing day (NEXT_FILING) or
            last day of the maximum (INDICATIVE).
        ends_at: When the deadline ends: 24:00 Brussels on ``due`` for day rules,
            the exact instant for hour rules; None for NEXT_FILING.
        rolled_over: The days skipped by the roll-forward, each with its reason.
        hypothetical: True when the notification lies in the future (a plan, "what if";
            only :func:`compute_due` with ``allow_future=True`` gives one).
    """

    rule_id: str
    title: str
    kind: DueKind
    counting: Counting
    notified: datetime
    method: NotificationMethod
    start: date
    naive_last_day: date
    due: date
    ends_at: datetime | None
    rolled_over: Rolled
    basis: str
    source_url: str
    confidence: Confidence
    last_verified: date
    hypothetical: bool = False  # the notification is in the future: a "what if" only
    #: False when only the day was given (a date): an hour rule then counts from 00:00
    time_known: bool = True

    @property
    def counted_from_start_of_day(self) -> bool:
        """An hour rule counted from 00:00 because the time is unknown (the shorter one)."""
        return not self.time_known and self.counting is Counting.HOURS


def to_brussels(value: datetime | date) -> datetime:
    """An aware Brussels datetime: a date means 00:00 that day; naive means Brussels time."""
    if not isinstance(value, datetime):
        return start_of_day_brussels(value)
    return to_utc(value).astimezone(BRUSSELS)  # via UTC: the right offset even in a DST gap


def _third_working_day_after(day: date, calendar: HolidayCalendar) -> date:
    found = 0
    while found < 3:
        day += timedelta(days=1)
        found += calendar.is_working_day(day)
    return day


def _roll_forward(day: date, calendar: HolidayCalendar) -> tuple[date, Rolled]:
    skipped: list[tuple[date, str]] = []
    while (reason := calendar.non_working_reason(day)) is not None:
        skipped.append((day, reason))
        day += timedelta(days=1)
    return day, tuple(skipped)


def _check_moment(
    notified: datetime | date, instant: datetime, arrest_date: date | None, now: datetime | None,
    allow_future: bool,
) -> bool:
    """Refuse an impossible notification; True when it lies in the future (allowed)."""
    shown = instant.strftime("%Y-%m-%d %H:%M" if isinstance(notified, datetime) else "%Y-%m-%d")
    current = datetime.now(UTC) if now is None else to_brussels(now)
    future = instant.timestamp() > current.timestamp()
    if future and not allow_future:
        raise DeadlineInputError("notified_at", "{when} is in the future.", when=shown)
    if arrest_date is not None and instant.date() < arrest_date:
        raise DeadlineInputError("notified_at", "{when} is before the arrest date ({arrest}).",
                                 when=shown, arrest=arrest_date.isoformat())
    return future


# countings that start from the moment or the day the decision was handed over, never a letter
_HAND_ONLY = {Counting.HOURS, Counting.FR_DAYS_FROM_NOTIFICATION_DAY,
              Counting.FR_DAYS_NOT_EXTENDED}


def first_counted_day(notified: date, method: NotificationMethod,
                      calendar: HolidayCalendar | None = None) -> date:
    """The first day of a Belgian period (art. 39/57 §2, loi du 15 décembre 1980).

    ``notified`` is the date the user gives for ``method``: handed over (or refused),
    first presented at the address (registered letter with acknowledgment), or handed
    to the post (registered letter without acknowledgment, ordinary post).
    """
    if method.by_post:
        return _third_working_day_after(notified, calendar or load_holiday_calendar())
    return notified + timedelta(days=1)


def compute_due(
    rule_id: str,
    notified: datetime | date,
    method: NotificationMethod | str = NotificationMethod.HAND,
    *,
    arrest_date: date | None = None,
    now: datetime | None = None,
    rules: Mapping[str, Rule] | None = None,
    calendar: HolidayCalendar | None = None,
    allow_future: bool = False,
) -> Due:
    """Compute when a rule's period ends for one notification.

    Args:
        rule_id: A rule id of the rules file, e.g. ``"be-udn-subsequent"``.
        notified: When the decision was notified: handed over (``hand``), first
            presented at the address (``registered``), handed to the post
            (``registered_no_ack``, ``post``). A date means the time is not known:
            00:00 that day (an hour rule counts from there, the shorter deadline); a
            naive datetime is Brussels local time.
        method: How it was notified. Hour rules and French day rules accept only
            ``hand``; rules without a deadline and indicative rules do not depend on it.
        arrest_date: If given, a notification before this date is refused.
        now: The present moment (default: the clock); a later notification is refused
            unless ``allow_future``.
        rules: The rules to use (default: the shipped file).
        calendar: The legal holidays to use (default: the shipped file).
        allow_future: Accept a notification after ``now`` (the calculator's "what if");
            the result is marked ``hypothetical``. Recording a decision never sets it.

    Raises:
        DeadlineInputError: ``field`` is ``rule``, ``method`` or ``notified_at``.
    """
    table = load_rules() if rules is None else rules
    rule = table.get(rule_id)
    if rule is None:
        raise DeadlineInputError("rule", "there is no rule with this id. Known rules: {known}.",
                                 known=", ".join(sorted(table)))
    try:
        how = NotificationMethod(method)
    except ValueError:
        raise DeadlineInputError("method", "choose one of: {known}.",
                                 known=", ".join(NotificationMethod)) from None
    if rule.counting is Counting.HOURS and how is not NotificationMethod.HAND:
        raise DeadlineInputError("method", "this deadline counts in hours from the moment the "
                                 "decision was handed over. Choose hand delivery.")
    if rule.counting in _HAND_ONLY and how is not NotificationMethod.HAND:
        raise DeadlineInputError("method", "this deadline counts from the day the decision "
                                 "was handed over. Choose hand delivery.")
    instant = to_brussels(notified)
    hypothetical = _check_moment(notified, instant, arrest_date, now, allow_future)
    holidays = load_holiday_calendar() if calendar is None else calendar
    day = instant.date()
    start = naive = due = day
    ends_at: datetime | None = None
    rolled: Rolled = ()
    if rule.counting is Counting.BE_CALENDAR_DAYS:
        assert rule.period is not None  # the loader guarantees it
        start = first_counted_day(day, how, holidays)
        naive = start + timedelta(days=rule.period - 1)
        due, rolled = _roll_forward(naive, holidays)
        ends_at = start_of_day_brussels(due + timedelta(days=1))
    elif rule.counting in {Counting.BE_DAYS_NOT_EXTENDED, Counting.FR_DAYS_NOT_EXTENDED}:
        # Whether the last day moves past a weekend or holiday is not sure: it never
        # moves here (the shorter reading). The 3rd-working-day rule for letters is
        # the CCE's (art. 39/57 §2); it is not applied either.
        assert rule.period is not None
        start = day + timedelta(days=1)
        naive = due = start + timedelta(days=rule.period - 1)
        ends_at = start_of_day_brussels(due + timedelta(days=1))
    elif rule.counting is Counting.FR_DAYS_FROM_NOTIFICATION_DAY:
        # The day of notification is day 1; the period ends at 24:00 on day N, never
        # extended (Cour de cassation, avis 7 January 2025, n° 24-70.008). Paris and
        # Brussels keep the same clock, so 24:00 Brussels is 24:00 Paris.
        assert rule.period is not None
        naive = due = day + timedelta(days=rule.period - 1)
        ends_at = start_of_day_brussels(due + timedelta(days=1))
    elif rule.counting is Counting.HOURS:
        assert rule.period is not None
        hours = timedelta(hours=rule.period)
        # A time typed without a zone may not exist (spring forward) or exist twice (fall
        # back): count from its earliest reading, and by the clock as it was written.
        if isinstance(notified, datetime) and notified.tzinfo is None:
            wall = notified
            start_at = min((notified.replace(tzinfo=BRUSSELS, fold=f) for f in (0, 1)),
                           key=datetime.timestamp)
        else:
            wall, start_at = instant.replace(tzinfo=None), instant
        elapsed = (start_at.astimezone(UTC) + hours).astimezone(BRUSSELS)
        by_clock = to_brussels(wall + hours)
        # Across a clock change the two readings differ by an hour: the earlier one is safe.
        ends_at = min(elapsed, by_clock, key=datetime.timestamp)
        naive = due = (ends_at - timedelta(microseconds=1)).date()
    elif rule.counting is Counting.AT_ONCE:
        pass  # no deadline, and nothing to wait for: possible from the day of the decision
    elif rule.counting is Counting.MONTHLY:
        naive = due = day + relativedelta(months=rule.refile_after_months or 0)
    else:  # Counting.INDICATIVE: months to the same date, or days (six weeks: 42 days)
        length = (relativedelta(months=rule.period or 0) if rule.unit is Unit.MONTHS
                  else timedelta(days=rule.period or 0))
        naive = due = day + length
        ends_at = start_of_day_brussels(due + timedelta(days=1))
    return Due(
        rule_id=rule.id, title=rule.title, kind=rule.kind, counting=rule.counting,
        notified=instant, method=how, start=start, naive_last_day=naive, due=due,
        ends_at=ends_at, rolled_over=rolled, basis=rule.legal_basis,
        source_url=rule.source_url, confidence=rule.confidence,
        last_verified=rule.last_verified, hypothetical=hypothetical,
        time_known=isinstance(notified, datetime),
    )


_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATE_TIME = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})T([0-9]{2}):([0-9]{2})")


def parse_notified(text: str) -> datetime | date:
    """Read ``YYYY-MM-DD`` (a date) or ``YYYY-MM-DDTHH:MM`` (a naive Brussels datetime).

    Raises:
        DeadlineInputError: field ``notified_at``. The message repeats the text
            only when it is digits in the right shape (never a name typed by mistake).
    """
    value = text.strip()
    match = _DATE_TIME.fullmatch(value)
    try:
        if _DATE.fullmatch(value):
            return date.fromisoformat(value)
        if match:
            return datetime.combine(date.fromisoformat(match[1]),
                                    time(int(match[2]), int(match[3])))
    except ValueError:
        raise DeadlineInputError("notified_at", "{text} is not a real date.",
                                 text=value) from None
    raise DeadlineInputError("notified_at", "write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM, "
                             "for example 2025-08-10 or 2025-08-10T14:30.")


def due_to_json(due: Due) -> dict[str, Any]:
    """A JSON-ready dict of a :class:`Due`.

    Dates are ``YYYY-MM-DD``; instants are Brussels time with their offset
    (``2025-08-19T00:00:00+02:00``); ``ends_at`` is null for NEXT_FILING.
    """
    return {
        "rule": due.rule_id,
        "title": due.title,
        "kind": due.kind.value,
        "counting": due.counting.value,
        "notified": format_local(due.notified),
        "method": due.method.value,
        "start": due.start.isoformat(),
        "naive_last_day": due.naive_last_day.isoformat(),
        "due": due.due.isoformat(),
        "ends_at": None if due.ends_at is None else format_local(due.ends_at),
        "rolled_over": [{"date": d.isoformat(), "reason": why} for d, why in due.rolled_over],
        "basis": due.basis,
        "source_url": due.source_url,
        "confidence": due.confidence.value,
        "last_verified": due.last_verified.isoformat(),
        "hypothetical": due.hypothetical,
        "time_known": due.time_known,
    }


#: said beside an hour deadline whose notification time is not known
START_OF_DAY_NOTE = N_("The time it was handed over is not known: counted from the start "
                       "of that day (00:00), the shorter deadline.")
