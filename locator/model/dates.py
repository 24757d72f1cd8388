"""Dates and times: partial dates, ISO parsing, UTC storage.

Times are stored in UTC and shown in local time. A time typed without a zone
is Belgian local time (Europe/Brussels), where the procedure happens.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from locator.model.errors import FieldError

BRUSSELS = ZoneInfo("Europe/Brussels")
#: no date a case holds is older (a birth, a decision): year 1 cannot even be moved to UTC
EARLIEST_YEAR = 1900

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$")


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date that may be known only to the year or the month (``1990``, ``1990-05``)."""

    year: int
    month: int | None = None
    day: int | None = None

    def __str__(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def earliest(self) -> date:
        """The first day this partial date could mean."""
        return date(self.year, self.month or 1, self.day or 1)

    @classmethod
    def parse(cls, text: str, field: str) -> PartialDate:
        m = _PARTIAL.match(text.strip())
        if not m:
            raise FieldError(field, "write the date as YYYY, YYYY-MM or YYYY-MM-DD")
        year, month, day = int(m[1]), _opt_int(m[2]), _opt_int(m[3])
        if year < EARLIEST_YEAR:
            raise FieldError(field, "the year must be 1900 or later")
        if month is not None and not 1 <= month <= 12:
            raise FieldError(field, "the month must be between 01 and 12")
        if day is not None:
            try:
                date(year, month or 1, day)
            except ValueError:
                raise FieldError(field, "this day does not exist in that month") from None
        return cls(year, month, day)


def _opt_int(text: str | None) -> int | None:
    return int(text) if text else None


def parse_date(text: str, field: str) -> date:
    """A full calendar date, ``YYYY-MM-DD``."""
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()):
            raise ValueError
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise FieldError(field, "write the date as YYYY-MM-DD (a day that exists)") from None
    if day.year < EARLIEST_YEAR:
        raise FieldError(field, "the year must be 1900 or later") from None
    return day


def parse_datetime(text: str, field: str) -> datetime:
    """A date-time; no zone means Belgian local time. Returns an aware UTC datetime.

    A bare date is accepted and means the start of that day in Belgium.
    """
    raw = text.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
            local = datetime.combine(date.fromisoformat(raw), time(0, 0))
        elif _DATETIME.match(raw):
            local = datetime.fromisoformat(raw.replace(" ", "T"))
        else:
            raise ValueError
    except ValueError:
        raise FieldError(field, "write the date and time as YYYY-MM-DDTHH:MM") from None
    if local.year < EARLIEST_YEAR:
        raise FieldError(field, "the year must be 1900 or later") from None
    return to_utc(local)


def to_utc(moment: datetime) -> datetime:
    """Naive datetimes are Europe/Brussels local time."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=BRUSSELS)
    return moment.astimezone(UTC)


def utc_now() -> datetime:
    return datetime.now(UTC)


def today_brussels(now: datetime | None = None) -> date:
    return (now or utc_now()).astimezone(BRUSSELS).date()


def start_of_day_brussels(day: date) -> datetime:
    """00:00 Europe/Brussels on ``day`` (midnight always exists there: clocks change at 2-3h)."""
    return datetime.combine(day, time(0), tzinfo=BRUSSELS)


def brussels_minute(moment: datetime) -> str:
    """Display form of an aware moment: Belgian local time, ``2026-11-22 14:05``."""
    return moment.astimezone(BRUSSELS).strftime("%Y-%m-%d %H:%M")


def format_utc(moment: datetime) -> str:
    """Storage form: ``2026-11-22T13:05:00Z``."""
    return to_utc(moment).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_utc(text: str) -> datetime:
    """Read back what :func:`format_utc` wrote (fast: it runs once per row of long lists)."""
    if not text.endswith("Z"):
        raise ValueError("not a UTC time stamp")
    return datetime.fromisoformat(text[:-1]).replace(tzinfo=UTC)


def format_local(moment: datetime) -> str:
    """JSON/CLI form: Belgian local time with its offset, ``2026-11-22T14:05:00+01:00``."""
    return moment.astimezone(BRUSSELS).isoformat(timespec="seconds")


def not_in_future(value: date, field: str, now: datetime | None = None) -> None:
    # One day of slack: a person in another time zone may already be "tomorrow".
    if value > today_brussels(now) + timedelta(days=1):
        raise FieldError(field, "this date is in the future")
