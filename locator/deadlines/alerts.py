"""When a deadline needs attention: urgency levels and the alerts that are due.

Pure: no Qt, no clock (``now`` is always passed in), no storage. The UI shows
the :class:`Urgency` as a colour *and* words, and turns :class:`Alert` values
into desktop notifications that never name a person.

Thresholds of one open legal deadline (``DueKind.DEADLINE``), in order of
severity:

* ``internal_target``: 00:00 Brussels on the internal target day (due − 2 days),
  the day to have everything with the lawyer;
* ``48h`` and ``24h``: 48 and 24 real hours before the deadline ends (across a
  clock change too);
* ``last_day``: 00:00 Brussels on the legal last day;
* ``overdue``: the deadline has ended.

A deadline alerts once per stage: the most severe threshold it has reached.
After a gap (the app was closed, the laptop slept) only that stage alerts, not
every threshold passed meanwhile. At start-up nothing has been sent yet, so
anything overdue, due within 48 hours or past its internal target alerts once.
For the Belgian day rules ``24h`` and ``last_day`` fall together (except on
the days the clocks change), so one alert covers both.

Filed (``done``) and set-aside (``not_applicable``) deadlines never alert;
neither do information-only ones (maximum detention, next possible filing).
A conditional deadline ("only if this is the first removal measure") alerts
too, and its :class:`Alert` says so.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from locator.deadlines.rules import DueKind
from locator.deadlines.timers import Deadline, DeadlineState
from locator.model.dates import start_of_day_brussels

__all__ = ["Alert", "Span", "Threshold", "Urgency", "alerts_due", "is_alarm", "most_urgent_first",
           "span", "stage", "threshold_times", "urgency"]

DAY = timedelta(hours=24)
TWO_DAYS = timedelta(hours=48)


class Threshold(StrEnum):
    """A moment at which a deadline alerts (in order of severity)."""

    INTERNAL_TARGET = "internal_target"
    HOURS_48 = "48h"
    HOURS_24 = "24h"
    LAST_DAY = "last_day"
    OVERDUE = "overdue"


_SEVERITY = {threshold: rank for rank, threshold in enumerate(Threshold)}


class Urgency(StrEnum):
    """How a screen colours a deadline (most urgent first)."""

    OVERDUE = "overdue"
    HOURS_24 = "24h"  # 24 hours or less left
    HOURS_48 = "48h"  # 48 hours or less left
    TARGET = "target"  # the internal target day has come
    LATER = "later"
    INFO = "info"  # information only (maximum detention, next filing): never an alarm


@dataclass(frozen=True)
class Alert:
    deadline_id: int
    case_id: int
    threshold: Threshold
    conditional: bool = False  # "only if this is the first removal measure"


@dataclass(frozen=True)
class Span:
    """A duration split for reading aloud: ``past`` is True when it lies behind us."""

    days: int
    hours: int
    minutes: int
    past: bool


def _ends(deadline: Deadline) -> datetime | None:
    """The end in UTC: arithmetic on aware datetimes sharing a zone ignores clock changes."""
    return None if deadline.ends_at is None else deadline.ends_at.astimezone(UTC)


def is_alarm(deadline: Deadline) -> bool:
    """True for an open legal deadline with an end; False for information-only kinds."""
    return (deadline.state is DeadlineState.OPEN and deadline.kind is DueKind.DEADLINE
            and deadline.ends_at is not None)


def threshold_times(deadline: Deadline) -> dict[Threshold, datetime]:
    """When each threshold is reached; empty when the deadline never alerts."""
    ends = _ends(deadline)
    if deadline.kind is not DueKind.DEADLINE or ends is None:
        return {}
    return {
        Threshold.INTERNAL_TARGET: start_of_day_brussels(deadline.internal_target).astimezone(UTC),
        Threshold.HOURS_48: ends - TWO_DAYS,
        Threshold.HOURS_24: ends - DAY,
        Threshold.LAST_DAY: start_of_day_brussels(deadline.due).astimezone(UTC),
        Threshold.OVERDUE: ends,
    }


def stage(deadline: Deadline, now: datetime) -> Threshold | None:
    """The most severe threshold reached at ``now`` (None: none yet, or never alerts)."""
    if not is_alarm(deadline):
        return None
    now = now.astimezone(UTC)
    reached = [t for t, at in threshold_times(deadline).items() if at <= now]
    return max(reached, key=_SEVERITY.__getitem__, default=None)


def urgency(deadline: Deadline, now: datetime) -> Urgency:
    """The colour band of a deadline at ``now``."""
    ends = _ends(deadline)
    if deadline.kind is not DueKind.DEADLINE or ends is None:
        return Urgency.INFO
    now = now.astimezone(UTC)
    left = ends - now
    if left <= timedelta(0):
        return Urgency.OVERDUE
    if left <= DAY:
        return Urgency.HOURS_24
    if left <= TWO_DAYS:
        return Urgency.HOURS_48
    if now >= start_of_day_brussels(deadline.internal_target).astimezone(UTC):
        return Urgency.TARGET
    return Urgency.LATER


def alerts_due(deadlines: Iterable[Deadline], now: datetime,
               already_sent: set[tuple[int, str]]) -> list[Alert]:
    """The alerts to show now, most urgent first; ``already_sent`` is not changed.

    The caller adds ``(alert.deadline_id, alert.threshold)`` of each alert it
    showed to ``already_sent`` (kept in memory only).
    """
    alerts: list[tuple[datetime, Alert]] = []
    seen: set[int] = set()
    for deadline in deadlines:
        if deadline.id in seen:
            continue
        seen.add(deadline.id)
        reached = stage(deadline, now)
        if reached is None or (deadline.id, reached.value) in already_sent:
            continue
        ends = _ends(deadline)
        assert ends is not None  # stage() is None otherwise
        alerts.append((ends, Alert(deadline.id, deadline.case_id, reached,
                                               deadline.conditional)))
    alerts.sort(key=lambda pair: (pair[0], pair[1].conditional, pair[1].deadline_id))
    return [alert for _, alert in alerts]


def _order_key(deadline: Deadline) -> tuple[bool, datetime, bool, int]:
    moment = _ends(deadline) or start_of_day_brussels(deadline.due).astimezone(UTC)
    return (not is_alarm(deadline), moment, deadline.conditional, deadline.id)


def most_urgent_first(deadlines: Sequence[Deadline]) -> list[Deadline]:
    """Legal deadlines by the moment they end (conditional ones after the others on
    the same moment), then information-only items."""
    return sorted(deadlines, key=_order_key)


def span(delta: timedelta) -> Span:
    """Whole days, hours and minutes of ``delta`` (rounded down), and its direction."""
    past = delta < timedelta(0)
    minutes = int(abs(delta).total_seconds() // 60)
    hours, minutes = divmod(minutes, 60)
    days, hours = divmod(hours, 24)
    return Span(days, hours, minutes, past)
