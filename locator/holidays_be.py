"""Belgian legal public holidays, loaded strictly from ``resources/be_legal_holidays.yaml``.

Only the 10 days of the law of 4 January 1974 (arrêté royal of 18 April 1974)
count when a Belgian appeal period is extended; regional and community days and
26 December do not. The days live in a data file so that a change in the law is
an edit of that file, not of this code.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml
from dateutil.easter import EASTER_WESTERN, easter

RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"
HOLIDAYS_FILE = RESOURCES_DIR / "be_legal_holidays.yaml"

_TOP_KEYS = frozenset({"source", "holidays"})
_SOURCE_KEYS = frozenset({"title", "url", "last_verified"})
_HOLIDAY_KEYS = frozenset({"id", "name"})
_HOLIDAY_OPTIONAL = frozenset({"month", "day", "easter_offset", "from_year", "until_year"})
_NAME_KEYS = frozenset({"en", "fr", "nl"})
_WEEKEND = {5: "Saturday", 6: "Sunday"}


class HolidayFileError(ValueError):
    """The holiday file is malformed; the message names the holiday and the field."""


@dataclass(frozen=True)
class HolidaySource:
    """Where the list of holidays comes from."""

    title: str
    url: str
    last_verified: date


@dataclass(frozen=True)
class Holiday:
    """One legal public holiday: a fixed date, or a number of days after Easter Sunday.

    Attributes:
        id: Stable identifier, e.g. ``"assumption"``.
        name: English name shown to users, e.g. ``"Assumption (15 August)"``.
        name_fr: French name.
        name_nl: Dutch name.
        month: Month of a fixed-date holiday, else None.
        day: Day of a fixed-date holiday, else None.
        easter_offset: Days after Western Easter Sunday, else None.
        from_year: First year the holiday exists (inclusive), or None.
        until_year: Last year the holiday exists (inclusive), or None.
    """

    id: str
    name: str
    name_fr: str
    name_nl: str
    month: int | None = None
    day: int | None = None
    easter_offset: int | None = None
    from_year: int | None = None
    until_year: int | None = None

    def date_in(self, year: int) -> date | None:
        """The date of this holiday in ``year``, or None if it does not exist that year."""
        if self.from_year is not None and year < self.from_year:
            return None
        if self.until_year is not None and year > self.until_year:
            return None
        if self.easter_offset is not None:
            sunday: date = easter(year, EASTER_WESTERN)
            return sunday + timedelta(days=self.easter_offset)
        assert self.month is not None and self.day is not None  # guaranteed by the loader
        return date(year, self.month, self.day)


@dataclass(frozen=True)
class HolidayCalendar:
    """The legal holidays of one data file."""

    source: HolidaySource
    holidays: tuple[Holiday, ...]

    def holidays_in(self, year: int) -> dict[date, str]:
        """Every legal holiday of ``year``, mapped to its English name.

        Two holidays on the same date (e.g. 1 May and Ascension in 2008) share
        one entry whose name joins both.
        """
        return dict(_year_table(self, year))

    def non_working_reason(self, day: date) -> str | None:
        """Why ``day`` is not a working day ("Saturday", a holiday name, …), or None."""
        holiday = _year_table(self, day.year).get(day)
        if holiday is not None:
            return holiday
        return _WEEKEND.get(day.weekday())

    def is_working_day(self, day: date) -> bool:
        """True unless ``day`` is a Saturday, a Sunday or a legal public holiday."""
        return self.non_working_reason(day) is None


@functools.lru_cache(maxsize=256)
def _year_table(calendar: HolidayCalendar, year: int) -> dict[date, str]:
    table: dict[date, str] = {}
    for holiday in calendar.holidays:
        when = holiday.date_in(year)
        if when is not None:
            table[when] = f"{table[when]} and {holiday.name}" if when in table else holiday.name
    return table


def _fail(where: str, field: str, problem: str) -> HolidayFileError:
    return HolidayFileError(f"Holiday file: {where}, field '{field}': {problem}")


def _mapping(
    value: Any,
    where: str,
    field: str,
    required: frozenset[str],
    optional: frozenset[str] = frozenset(),
) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _fail(where, field, "must be a mapping of keys to values.")
    unknown = sorted(str(key) for key in value if key not in required | optional)
    if unknown:
        raise _fail(where, field, f"unknown key(s) {', '.join(unknown)}.")
    missing = sorted(required - value.keys())
    if missing:
        raise _fail(where, field, f"missing key(s) {', '.join(missing)}.")
    return value


def _text(value: Any, where: str, field: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _fail(where, field, "must be a non-empty text.")
    return value.strip()


def _whole(value: Any, where: str, field: str, low: int, high: int) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise _fail(where, field, f"must be a whole number from {low} to {high}.")
    return value


def _parse_source(raw: Any) -> HolidaySource:
    data = _mapping(raw, "top level", "source", _SOURCE_KEYS)
    url = _text(data["url"], "source", "url")
    if not url.startswith(("https://", "http://")):
        raise _fail("source", "url", "must be a web address starting with https://.")
    verified = data["last_verified"]
    if not isinstance(verified, date):
        raise _fail("source", "last_verified", "must be a date written YYYY-MM-DD.")
    return HolidaySource(_text(data["title"], "source", "title"), url, verified)


def _parse_holiday(raw: Any, index: int) -> Holiday:
    ident = raw.get("id") if isinstance(raw, dict) else None
    where = f"holiday '{ident}'" if isinstance(ident, str) else f"holiday #{index + 1}"
    data = _mapping(raw, where, "(entry)", _HOLIDAY_KEYS, _HOLIDAY_OPTIONAL)
    names = _mapping(data["name"], where, "name", _NAME_KEYS)
    month = _whole(data.get("month"), where, "month", 1, 12)
    day = _whole(data.get("day"), where, "day", 1, 31)
    offset = _whole(data.get("easter_offset"), where, "easter_offset", -100, 200)
    if offset is None and (month is None or day is None):
        raise _fail(where, "month/day", "give either month and day, or easter_offset.")
    if offset is not None and (month is not None or day is not None):
        raise _fail(where, "easter_offset", "give either month and day, or easter_offset, "
                    "not both.")
    if month is not None and day is not None:
        try:
            date(2001, month, day)  # a common year: the date must exist every year
        except ValueError:
            raise _fail(where, "day", f"{month}-{day} is not a date in every year.") from None
    first = _whole(data.get("from_year"), where, "from_year", 1900, 9999)
    last = _whole(data.get("until_year"), where, "until_year", 1900, 9999)
    if first is not None and last is not None and first > last:
        raise _fail(where, "until_year", "must not be before from_year.")
    return Holiday(
        id=_text(data["id"], where, "id"),
        name=_text(names["en"], where, "name.en"),
        name_fr=_text(names["fr"], where, "name.fr"),
        name_nl=_text(names["nl"], where, "name.nl"),
        month=month,
        day=day,
        easter_offset=offset,
        from_year=first,
        until_year=last,
    )


def parse_holiday_calendar(raw: Any) -> HolidayCalendar:
    """Validate already-parsed YAML data and build the calendar.

    Raises:
        HolidayFileError: on any unknown key, missing key or bad value.
    """
    data = _mapping(raw, "top level", "(file)", _TOP_KEYS)
    entries = data["holidays"]
    if not isinstance(entries, list) or not entries:
        raise _fail("top level", "holidays", "must be a non-empty list.")
    holidays = tuple(_parse_holiday(entry, i) for i, entry in enumerate(entries))
    seen: set[object] = set()
    for holiday in holidays:
        rule = holiday.easter_offset if holiday.easter_offset is not None else (
            holiday.month, holiday.day)
        for key in (("id", holiday.id), ("date", rule)):
            if key in seen:
                raise _fail(f"holiday '{holiday.id}'", key[0], "is given twice.")
            seen.add(key)
    return HolidayCalendar(_parse_source(data["source"]), holidays)


def load_holiday_calendar(path: Path | None = None) -> HolidayCalendar:
    """Load a holiday file; ``None`` means the shipped file (read once, then cached).

    Raises:
        HolidayFileError: if the file cannot be read or is malformed.
    """
    if path is None:
        return _shipped_calendar()
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise HolidayFileError(f"Holiday file: cannot read {path.name}: {error}") from error
    return parse_holiday_calendar(raw)


@functools.cache
def _shipped_calendar() -> HolidayCalendar:
    return load_holiday_calendar(HOLIDAYS_FILE)


def legal_holidays(year: int) -> dict[date, str]:
    """The Belgian legal public holidays of ``year``, mapped to their English names."""
    return _shipped_calendar().holidays_in(year)


def non_working_reason(day: date) -> str | None:
    """Why ``day`` is not a Belgian working day ("Sunday", "Easter Monday", …), or None."""
    return _shipped_calendar().non_working_reason(day)


def is_working_day(day: date) -> bool:
    """True unless ``day`` is a Saturday, a Sunday or a Belgian legal public holiday."""
    return _shipped_calendar().is_working_day(day)
