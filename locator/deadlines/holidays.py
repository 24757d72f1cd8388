"""Belgian legal public holidays, loaded strictly from ``resources/be_legal_holidays.yaml``.

Only the 10 days of the law of 4 January 1974 (arrêté royal of 18 April 1974)
count when a Belgian appeal period is extended; regional and community days and
26 December do not. The days live in a data file so that a change in the law is
an edit of that file, not of this code.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from dateutil.easter import EASTER_WESTERN, easter

from locator.model.paths import RESOURCES_DIR
from locator.model.yamlstrict import StrictMap, StrictYamlError, compose, peek_text, read_data_file

HOLIDAYS_FILE = RESOURCES_DIR / "be_legal_holidays.yaml"

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
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


def _fail(where: str, error: StrictYamlError, field: str | None = None) -> HolidayFileError:
    at = f", line {error.line}" if error.line is not None else ""
    return HolidayFileError(f"Holiday file: {where}, field '{error.path or field}'{at}: "
                            f"{error.problem}")


def _whole(m: StrictMap, key: str, low: int, high: int) -> int | None:
    value = m.opt_integer(key)
    if value is not None and not low <= value <= high:
        raise m.error(key, f"must be a whole number from {low} to {high}.")
    return value


def _parse_source(m: StrictMap) -> HolidaySource:
    title, url = m.text("title"), m.text("url")
    if not url.startswith(("https://", "http://")):
        raise m.error("url", "must be a web address starting with https://.")
    written = m.raw("last_verified")
    try:
        if not _ISO_DATE.fullmatch(written):
            raise ValueError(written)
        verified = date.fromisoformat(written)
    except ValueError:
        raise m.error("last_verified", "must be a date written YYYY-MM-DD.") from None
    m.done()
    return HolidaySource(title, url, verified)


def _parse_holiday(m: StrictMap) -> Holiday:
    ident = m.text("id")
    names = m.mapping("name")
    name, name_fr, name_nl = names.text("en"), names.text("fr"), names.text("nl")
    names.done()
    month = _whole(m, "month", 1, 12)
    day = _whole(m, "day", 1, 31)
    offset = _whole(m, "easter_offset", -100, 200)
    if offset is None and (month is None or day is None):
        raise StrictYamlError("give either month and day, or easter_offset.",
                              path="month/day", line=m.line)
    if offset is not None and (month is not None or day is not None):
        raise m.error("easter_offset", "give either month and day, or easter_offset, "
                      "not both.")
    if month is not None and day is not None:
        try:
            date(2001, month, day)  # a common year: the date must exist every year
        except ValueError:
            raise m.error("day", f"{month}-{day} is not a date in every year.") from None
    first = _whole(m, "from_year", 1900, 9999)
    last = _whole(m, "until_year", 1900, 9999)
    if first is not None and last is not None and first > last:
        raise m.error("until_year", "must not be before from_year.")
    m.done()
    return Holiday(
        id=ident,
        name=name,
        name_fr=name_fr,
        name_nl=name_nl,
        month=month,
        day=day,
        easter_offset=offset,
        from_year=first,
        until_year=last,
    )


def parse_holiday_calendar(text: str, file: str = HOLIDAYS_FILE.name) -> HolidayCalendar:
    """Validate the text of a holiday file and build the calendar.

    The text is read by :mod:`locator.model.yamlstrict`, so errors carry a line number.
    ``file`` names the file in errors.

    Raises:
        HolidayFileError: on invalid YAML, any unknown or duplicated key, missing key or
            bad value.
    """
    try:
        node = compose(text)
    except StrictYamlError as error:
        at = f", line {error.line}" if error.line is not None else ""
        raise HolidayFileError(f"Holiday file: cannot read {file}{at}: {error.problem}") from None
    try:
        root = StrictMap(node)
        source_node = root.node("source")
        entries = root.sequence("holidays", required=True)
        root.done()
    except StrictYamlError as error:
        raise _fail("top level", error, "(file)") from None
    try:
        source = _parse_source(StrictMap(source_node))
    except StrictYamlError as error:
        raise _fail("source", error) from None
    read: list[tuple[Holiday, StrictMap]] = []
    for index, (_, entry) in enumerate(entries):
        # errors name the holiday by its id, with fields relative to it
        ident = peek_text(entry, "id")
        where = f"holiday '{ident}'" if ident is not None else f"holiday #{index + 1}"
        try:
            m = StrictMap(entry)
            read.append((_parse_holiday(m), m))
        except StrictYamlError as error:
            raise _fail(where, error, "(entry)") from None
    seen: set[object] = set()
    for holiday, m in read:
        rule = holiday.easter_offset if holiday.easter_offset is not None else (
            holiday.month, holiday.day)
        for key in (("id", holiday.id), ("date", rule)):
            if key in seen:
                twice = StrictYamlError("is given twice.", path=key[0], line=m.line)
                raise _fail(f"holiday '{holiday.id}'", twice)
            seen.add(key)
    return HolidayCalendar(source, tuple(holiday for holiday, _ in read))


def load_holiday_calendar(path: Path | None = None) -> HolidayCalendar:
    """Load a holiday file; ``None`` means the shipped file (read once, then cached).

    Raises:
        HolidayFileError: if the file cannot be read or is malformed.
    """
    return read_data_file(
        path, _shipped_calendar, lambda text, name: parse_holiday_calendar(text, file=name),
        lambda p, error: HolidayFileError(f"Holiday file: cannot read {p.name}: {error}"))


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
