"""Validation names the field, never echoes the value, and keeps every value exactly."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from locator.model.caseio import case_from_dict, case_to_dict
from locator.model.cases import Case
from locator.model.errors import ValidationFailed
from tests.helpers import HOSTILE, marker_case

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def errors_of(data: dict[str, object]) -> dict[str, str]:
    with pytest.raises(ValidationFailed) as caught:
        case_from_dict(data, now=NOW)
    return {e.field: e.detail for e in caught.value.errors}


def test_full_case_round_trips_through_json() -> None:
    case = case_from_dict(marker_case("M1"), now=NOW)
    again = case_from_dict(case_to_dict(case), now=NOW)
    assert case_to_dict(again) == case_to_dict(case)


@pytest.mark.parametrize("data, field", [
    ({"alias": "a", "phone_in_centre": "12"}, "phone_in_centre"),
    ({"alias": "a", "phone_in_centre": "call me"}, "phone_in_centre"),
    ({"alias": "a", "contacts": [{"phones": ["+32 470 12 34 56", "999"]}]},
     "contacts[0].phones[1]"),
    ({"alias": "a", "lawyer": {"email": "not-an-email"}}, "lawyer.email"),
    ({"alias": "a", "lawyer": {"nickname": "x"}}, "lawyer.nickname"),
    ({"alias": "a", "arrest_date": "2024-02-30"}, "arrest_date"),
    ({"alias": "a", "arrest_date": "2027-01-01"}, "arrest_date"),
    ({"alias": "a", "birth_date_real": "2030"}, "birth_date_real"),
    ({"alias": "a", "birth_date_real": "1990-13"}, "birth_date_real"),
    ({"alias": "a", "last_contact_at": "yesterday"}, "last_contact_at"),
    ({"alias": "a", "status": "lost"}, "status"),
    ({"alias": "a", "nationality_recorded": "Atlantis"}, "nationality_recorded"),
    ({"alias": "a", "oe_number": "12<script>"}, "oe_number"),
    ({"alias": "a", "decisions": [{"kind": "oqt"}]}, "decisions[0].notified_at"),
    ({"alias": "a", "decisions": [{"notified_at": "2026-12-25T10:00"}]},
     "decisions[0].notified_at"),
    ({"alias": "a", "arrest_date": "2025-08-10",
      "decisions": [{"notified_at": "2025-08-01T10:00"}]}, "decisions[0].notified_at"),
    ({"alias": "a", "favourite_colour": "blue"}, "favourite_colour"),
    ({"notes": "no name at all"}, "alias"),
])
def test_bad_input_names_the_field(data: dict[str, object], field: str) -> None:
    assert field in errors_of(data)


def test_every_error_is_reported_at_once_without_the_value() -> None:
    errors = errors_of({"alias": "SECRETNAME", "phone_in_centre": "SECRET123",
                        "arrest_date": "SECRETDATE", "nationality_real": "SECRETLAND"})
    assert set(errors) == {"phone_in_centre", "arrest_date", "nationality_real"}
    assert not any("SECRET" in text for text in errors.values())


def test_normalisation() -> None:
    case = case_from_dict({
        "alias": "  Sami  ", "phone_in_centre": "0032 470 12 34 56",
        "nationality_recorded": "érythrée", "nationality_real": "eth",
        "other_spellings": ["Sammy", "Sammy", " "], "centre": "unknown",
    }, now=NOW)
    assert case.alias == "Sami"
    assert case.phone_in_centre == "+32470123456"
    assert (case.nationality_recorded, case.nationality_real) == ("ER", "ET")
    assert case.other_spellings == ["Sammy"]
    assert case.centre == ""


def test_unknown_centre_refused_when_directory_given() -> None:
    with pytest.raises(ValidationFailed) as caught:
        case_from_dict({"alias": "a", "centre": "narnia"}, centres={"vottem"}, now=NOW)
    assert caught.value.errors[0].field == "centre"


def test_update_keeps_other_fields_and_never_changes_base() -> None:
    base = case_from_dict({"alias": "Sami", "notes": "first"}, now=NOW)
    updated = case_from_dict({"notes": "second"}, base, now=NOW)
    assert (updated.alias, updated.notes, base.notes) == ("Sami", "second", "first")


def test_naive_times_are_brussels_time() -> None:
    case = case_from_dict({"alias": "a", "last_contact_at": "2025-08-01T18:30"}, now=NOW)
    assert case.last_contact_at == datetime(2025, 8, 1, 16, 30, tzinfo=UTC)


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1, max_size=200).filter(lambda s: s.strip() == s and s))
def test_any_text_is_kept_exactly(text: str) -> None:
    case = case_from_dict({"alias": text, "notes": text, "arrest_place": text}, now=NOW)
    assert (case.alias, case.notes, case.arrest_place) == (text, text, text)


def test_hostile_markup_is_just_text() -> None:
    case = case_from_dict({"alias": HOSTILE}, now=NOW)
    assert case.alias == HOSTILE.strip()
    assert Case().display_name() == ""
