"""Belgian legal public holidays: the shipped data, the calendar and the strict loader."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import holidays
import pytest
import yaml
from dateutil.easter import easter
from hypothesis import given, settings
from hypothesis import strategies as st

from locator.deadlines.holidays import (
    HOLIDAYS_FILE,
    HolidayCalendar,
    HolidayFileError,
    is_working_day,
    legal_holidays,
    load_holiday_calendar,
    non_working_reason,
)

YEARS = range(2024, 2036)
FIXED = [(1, 1), (5, 1), (7, 21), (8, 15), (11, 1), (11, 11), (12, 25)]

# Easter Monday, Ascension Day, Whit Monday: written out by hand, not computed.
MOVEABLE = {
    2024: ("2024-04-01", "2024-05-09", "2024-05-20"),
    2025: ("2025-04-21", "2025-05-29", "2025-06-09"),
    2026: ("2026-04-06", "2026-05-14", "2026-05-25"),
    2027: ("2027-03-29", "2027-05-06", "2027-05-17"),
    2028: ("2028-04-17", "2028-05-25", "2028-06-05"),
    2029: ("2029-04-02", "2029-05-10", "2029-05-21"),
    2030: ("2030-04-22", "2030-05-30", "2030-06-10"),
    2031: ("2031-04-14", "2031-05-22", "2031-06-02"),
    2032: ("2032-03-29", "2032-05-06", "2032-05-17"),
    2033: ("2033-04-18", "2033-05-26", "2033-06-06"),
    2034: ("2034-04-10", "2034-05-18", "2034-05-29"),
    2035: ("2035-03-26", "2035-05-03", "2035-05-14"),
}

# Days that are NOT legal holidays under the 1974 law, though often days off.
NOT_LEGAL = [
    (7, 11, "Flemish Community day"),
    (9, 27, "French Community day"),
    (11, 15, "German-speaking Community day"),
    (5, 8, "Iris day (Brussels)"),
    (12, 26, "Boxing Day / St Stephen"),
    (11, 2, "All Souls"),
    (12, 24, "Christmas Eve"),
    (12, 31, "New Year's Eve"),
]


def test_shipped_file_has_exactly_the_ten_days_of_the_1974_law() -> None:
    calendar = load_holiday_calendar()
    assert [h.id for h in calendar.holidays] == [
        "new-year", "easter-monday", "labour-day", "ascension", "whit-monday",
        "national-day", "assumption", "all-saints", "armistice", "christmas",
    ]
    assert "1974" in calendar.source.title
    assert calendar.source.url.startswith("https://")
    assert isinstance(calendar.source.last_verified, date)
    for holiday in calendar.holidays:
        assert holiday.name and holiday.name_fr and holiday.name_nl


def test_shipped_calendar_is_read_once() -> None:
    assert load_holiday_calendar() is load_holiday_calendar()


@pytest.mark.parametrize("year", YEARS)
def test_every_year_2024_to_2035(year: int) -> None:
    days = legal_holidays(year)
    assert len(days) == 10
    expected = {date(year, m, d) for m, d in FIXED}
    expected |= {date.fromisoformat(text) for text in MOVEABLE[year]}
    assert set(days) == expected
    monday, ascension, whit_monday = (date.fromisoformat(text) for text in MOVEABLE[year])
    assert days[monday] == "Easter Monday" and monday.weekday() == 0
    assert days[ascension] == "Ascension Day" and ascension.weekday() == 3
    assert days[whit_monday] == "Whit Monday" and whit_monday.weekday() == 0
    for month, day, what in NOT_LEGAL:
        assert date(year, month, day) not in days, what
    sunday = easter(year)
    for not_legal in (sunday - timedelta(days=2), sunday, sunday + timedelta(days=40),
                      sunday + timedelta(days=49)):  # Good Friday, Easter, bridge Friday, Whitsun
        assert not_legal not in days


@pytest.mark.parametrize("year", YEARS)
def test_matches_the_holidays_package_minus_what_the_law_does_not_list(year: int) -> None:
    national = holidays.country_holidays("BE", years=year)
    sunday = easter(year)
    # The package also lists Easter Sunday and Whit Sunday; they are Sundays, not
    # legal holidays under the 1974 law.
    extra = {sunday, sunday + timedelta(days=49)}
    assert all(day.weekday() == 6 for day in extra)
    assert set(legal_holidays(year)) == set(national) - extra
    # Bank holidays (Good Friday, 26 December, ...) and regional days are not ours.
    bank = holidays.country_holidays("BE", years=year, categories=("bank",))
    assert not set(bank) & set(legal_holidays(year))
    for region in holidays.list_supported_countries()["BE"]:
        regional = set(holidays.country_holidays("BE", years=year, subdiv=region)) - set(national)
        assert not regional & set(legal_holidays(year))


def test_names_used_for_roll_forward_reasons() -> None:
    assert non_working_reason(date(2025, 8, 15)) == "Assumption (15 August)"
    assert non_working_reason(date(2025, 8, 16)) == "Saturday"
    assert non_working_reason(date(2025, 8, 17)) == "Sunday"
    assert non_working_reason(date(2025, 12, 25)) == "Christmas Day (25 December)"
    assert non_working_reason(date(2025, 8, 18)) is None
    # A holiday on a Sunday is reported by its name (1 November 2026 is a Sunday).
    assert non_working_reason(date(2026, 11, 1)) == "All Saints' Day (1 November)"


def test_working_days() -> None:
    assert is_working_day(date(2025, 12, 26))  # Friday 26 December: not a legal holiday
    assert is_working_day(date(2025, 7, 11))  # Friday 11 July: Flemish day only
    assert not is_working_day(date(2025, 12, 25))
    assert not is_working_day(date(2026, 5, 14))  # Ascension
    assert not is_working_day(date(2025, 11, 15))  # a Saturday
    assert is_working_day(date(2025, 11, 17))


def test_two_holidays_on_one_day_share_an_entry() -> None:
    # In 2008 Easter was 23 March, so Ascension fell on 1 May.
    days = legal_holidays(2008)
    assert len(days) == 9
    assert days[date(2008, 5, 1)] == "Labour Day (1 May) and Ascension Day"


def test_result_is_a_copy() -> None:
    legal_holidays(2025).clear()
    assert len(legal_holidays(2025)) == 10


@settings(max_examples=300, deadline=None)
@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)))
def test_working_day_means_weekday_and_no_holiday(day: date) -> None:
    expected = day.weekday() < 5 and day not in legal_holidays(day.year)
    assert is_working_day(day) is expected
    assert (non_working_reason(day) is None) is expected


# --- the strict loader ------------------------------------------------------------------


def shipped_data() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(HOLIDAYS_FILE.read_text(encoding="utf-8"))
    return data


def write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "holidays.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def load_broken(tmp_path: Path, data: object) -> str:
    with pytest.raises(HolidayFileError) as caught:
        load_holiday_calendar(write(tmp_path, data))
    return str(caught.value)


def test_a_copy_of_the_shipped_data_loads(tmp_path: Path) -> None:
    assert load_holiday_calendar(write(tmp_path, shipped_data())) == load_holiday_calendar()


def test_unknown_key_in_a_holiday(tmp_path: Path) -> None:
    data = shipped_data()
    data["holidays"][6]["regional"] = True
    message = load_broken(tmp_path, data)
    assert "assumption" in message and "regional" in message


def test_unknown_top_level_key(tmp_path: Path) -> None:
    data = shipped_data()
    data["extra_days"] = []
    assert "extra_days" in load_broken(tmp_path, data)


def test_missing_source(tmp_path: Path) -> None:
    data = shipped_data()
    del data["source"]
    assert "source" in load_broken(tmp_path, data)


def test_source_without_url(tmp_path: Path) -> None:
    data = shipped_data()
    del data["source"]["url"]
    assert "url" in load_broken(tmp_path, data)


def test_source_url_must_be_a_web_address(tmp_path: Path) -> None:
    data = shipped_data()
    data["source"]["url"] = "the law"
    assert "url" in load_broken(tmp_path, data)


def test_last_verified_must_be_a_date(tmp_path: Path) -> None:
    data = shipped_data()
    data["source"]["last_verified"] = "recently"
    assert "last_verified" in load_broken(tmp_path, data)


def test_missing_dutch_name(tmp_path: Path) -> None:
    data = shipped_data()
    del data["holidays"][0]["name"]["nl"]
    message = load_broken(tmp_path, data)
    assert "new-year" in message and "nl" in message


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"easter_offset": 3}, "easter_offset"),  # a fixed day given an Easter offset too
        ({"month": None}, "month/day"),
        ({"month": 13}, "month"),
        ({"month": True}, "month"),
        ({"month": 2, "day": 29}, "day"),
        ({"month": 2, "day": 30}, "day"),
        ({"from_year": 2030, "until_year": 2020}, "until_year"),
        ({"id": ""}, "id"),
    ],
)
def test_bad_values_name_the_holiday_and_the_field(
    tmp_path: Path, change: dict[str, Any], field: str
) -> None:
    data = shipped_data()
    data["holidays"][9].update(change)
    message = load_broken(tmp_path, data)
    assert f"'{field}'" in message
    assert "holiday" in message


def test_duplicate_id_and_duplicate_date(tmp_path: Path) -> None:
    data = shipped_data()
    data["holidays"].append(dict(data["holidays"][0]))
    assert "'id'" in load_broken(tmp_path, data)
    data = shipped_data()
    data["holidays"].append({**data["holidays"][3], "id": "ascension-again"})
    assert "'date'" in load_broken(tmp_path, data)


def test_empty_list_and_unreadable_files(tmp_path: Path) -> None:
    data = shipped_data()
    data["holidays"] = []
    assert "holidays" in load_broken(tmp_path, data)
    assert "(file)" in load_broken(tmp_path, ["not", "a", "mapping"])
    broken = tmp_path / "broken.yaml"
    broken.write_text("holidays: [\n", encoding="utf-8")
    with pytest.raises(HolidayFileError, match="cannot read"):
        load_holiday_calendar(broken)
    with pytest.raises(HolidayFileError, match="cannot read"):
        load_holiday_calendar(tmp_path / "missing.yaml")



def test_a_duplicated_key_is_refused(tmp_path: Path) -> None:
    """safe_load would let the second value win silently; the strict reader refuses it."""
    text = HOLIDAYS_FILE.read_text(encoding="utf-8")
    path = tmp_path / "holidays.yaml"
    path.write_text(text.replace("    day: 1\n", "    day: 1\n    month: 2\n", 1),
                    encoding="utf-8")
    message = load_broken_text(path)
    assert "new-year" in message and "'month'" in message and "given twice" in message
    expected_line = text.splitlines().index("    day: 1") + 2
    assert f"line {expected_line}" in message
    path.write_text(text.replace("  url:", "  url: https://example.org\n  url:", 1),
                    encoding="utf-8")
    message = load_broken_text(path)
    assert "source" in message and "'url'" in message and "given twice" in message


def load_broken_text(path: Path) -> str:
    with pytest.raises(HolidayFileError) as caught:
        load_holiday_calendar(path)
    return str(caught.value)

def test_a_new_day_is_a_data_edit(tmp_path: Path) -> None:
    data = shipped_data()
    data["holidays"].append({
        "id": "new-day", "month": 5, "day": 8, "from_year": 2030,
        "name": {"en": "New Day (8 May)", "fr": "Nouveau jour", "nl": "Nieuwe dag"},
    })
    calendar: HolidayCalendar = load_holiday_calendar(write(tmp_path, data))
    assert date(2029, 5, 8) not in calendar.holidays_in(2029)
    assert calendar.holidays_in(2030)[date(2030, 5, 8)] == "New Day (8 May)"
    assert not calendar.is_working_day(date(2030, 5, 8))
    assert is_working_day(date(2030, 5, 8))  # the shipped calendar is untouched
