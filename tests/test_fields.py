"""A case field is declared once (locator.model.fieldinfo, on locator.model.cases.Case):
every reader and writer derives from the declaration, so adding a field is one declaration."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import UTC, date, datetime
from typing import Any

import pytest

from locator.brief import content as brief
from locator.brief.labels import LABELS, LANGUAGES
from locator.model import caseio
from locator.model.caseio import case_from_dict, case_to_dict, field_from_json
from locator.model.cases import (
    CASE_FIELDS,
    CONSENT_FIELDS,
    KEPT_FIELDS,
    LAWYER_COLUMNS,
    LAWYER_FIELDS,
    LAWYER_INFO,
    LIST_FIELDS,
    NESTED_FIELDS,
    SCALAR_FIELDS,
    Case,
    Consent,
    Lawyer,
    field_info,
    flat_name,
)
from locator.model.errors import N_, FieldError, ValidationFailed
from locator.model.fieldinfo import (
    BriefSection,
    FieldInfo,
    Kind,
    Search,
    Section,
    declare,
    declared,
    require_every_kind,
)
from locator.storage import rows, store
from locator.storage.rows import case_from_row, case_row, field_from_db
from locator.storage.vault import Vault
from tests.helpers import TYPICAL, typical_case

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
#: a value of each kind that must be refused (with a FieldError naming the field)
BAD: dict[Kind, Any] = {
    Kind.TEXT: 42, Kind.LONG_TEXT: ["not", "text"], Kind.TEXT_LIST: 42,
    Kind.REFERENCE: "12<script>", Kind.DATE: "2025-13-45", Kind.PARTIAL_DATE: "1990-13",
    Kind.DATETIME: "yesterday", Kind.ENUM: "lost", Kind.COUNTRY: "Atlantis",
    Kind.CENTRE: 42, Kind.PHONE: "call me", Kind.EMAIL: "not-an-email",
}
#: every declared field a person gives, by its path in JSON
EVERY_FIELD: dict[str, FieldInfo] = {
    **{name: CASE_FIELDS[name] for name in SCALAR_FIELDS},
    **{f"lawyer.{name}": info for name, info in LAWYER_INFO.items()}}


def _data(path: str, value: Any) -> dict[str, Any]:
    record, _, name = path.rpartition(".")
    return {"alias": "a", record: {name: value}} if record else {"alias": "a", path: value}


def test_every_field_of_a_case_is_declared() -> None:
    names = {f.name for f in fields(Case)}
    assert names == set(CASE_FIELDS) | {"id", *NESTED_FIELDS}
    assert set(LAWYER_FIELDS) == {f.name for f in fields(Lawyer)}
    assert KEPT_FIELDS == ("created_at", "updated_at", "closed_at")
    assert LIST_FIELDS == ("other_spellings", "languages")
    assert CONSENT_FIELDS == ("consent_lawyer", "consent_share_gvo", "consent_share_lawyer",
                              "consent_share_referents")


@pytest.mark.parametrize("table, what", [
    (caseio._FROM_JSON, "JSON"), (rows._FROM_DB, "rows"), (store._SEARCH_TEXT, "search"),
    (brief._SHOWN, "brief"), (TYPICAL, "test data"), (BAD, "bad test data")])
def test_every_kind_has_its_converter(table: dict[Kind, Any], what: str) -> None:
    assert set(table) == set(Kind), what


def test_a_kind_without_a_converter_fails_at_import() -> None:
    with pytest.raises(TypeError, match="no converter for the kind"):
        require_every_kind({Kind.TEXT: str}, "a module")
    with pytest.raises(TypeError, match="is not a kind of field"):
        FieldInfo("dat", "Date", Section.ARREST)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="names its StrEnum"):
        FieldInfo(Kind.ENUM, "Status", Section.ARREST)
    with pytest.raises(TypeError, match="needs a label"):
        FieldInfo(Kind.DATE)
    with pytest.raises(TypeError, match="kept by the vault"):
        FieldInfo(Kind.DATETIME, "Closed on", kept=True)


def test_adding_a_date_field_is_one_declaration() -> None:
    """The trap this replaces: a new date field skipped in the converters was stored as
    text, "2025-13-45" with no error. A declared one is read and stored as a date."""

    @dataclass
    class Scratch:
        next_hearing_on: date | None = declare(Kind.DATE, N_("Date of arrest"), Section.ARREST)

    info = declared(Scratch)["next_hearing_on"]
    assert Scratch().next_hearing_on is None
    with pytest.raises(FieldError) as caught:
        field_from_json(info, "2025-13-45", "next_hearing_on", NOW)
    assert caught.value.field == "next_hearing_on"
    assert field_from_json(info, "2025-08-02", "next_hearing_on", NOW) == date(2025, 8, 2)
    assert field_from_db(info, "2025-08-02") == date(2025, 8, 2)


@pytest.mark.parametrize("path", sorted(EVERY_FIELD))
def test_a_bad_value_of_each_field_is_refused_naming_it(path: str) -> None:
    with pytest.raises(ValidationFailed) as caught:
        case_from_dict(_data(path, BAD[EVERY_FIELD[path].kind]), now=NOW)
    assert path in caught.value.by_field(), caught.value.message
    assert str(BAD[EVERY_FIELD[path].kind]) not in caught.value.message  # never echoed


def test_every_field_round_trips_json_case_row_case_json(vault: Vault) -> None:
    data = typical_case("ROUND")
    case = case_from_dict(data, now=NOW)
    for path, info in EVERY_FIELD.items():  # each typical value was taken, none as unknown
        record, _, name = path.rpartition(".")
        assert getattr(case.lawyer if record else case, name) != info.empty(), path
    row = case_row(case)
    assert set(row) == set(SCALAR_FIELDS) | set(LAWYER_COLUMNS.values())
    again = case_from_row({**row, "id": 7})
    assert case_to_dict(again) == {**case_to_dict(case), "id": 7}
    stored = vault.get_case(vault.save_case(case).id or 0)  # through the real columns
    assert _facts(stored) == _facts(case)
    assert _facts(case_from_dict(case_to_dict(stored), now=NOW)) == _facts(stored)


def _facts(case: Case) -> dict[str, Any]:
    """The case as JSON without what the vault keeps (its id, its time stamps)."""
    return {k: v for k, v in case_to_dict(case).items() if k not in {"id", *KEPT_FIELDS}}


def test_every_field_people_fill_in_has_a_label_the_translators_get() -> None:
    from tools.update_translations import error_messages

    found = {entry.source for entry in error_messages()}
    for path, info in EVERY_FIELD.items():
        assert info.label and info.section is not None, path
        assert info.label in found, path
        assert not info.hint or info.hint in found, path
    assert all(not CASE_FIELDS[name].label for name in KEPT_FIELDS)


def test_the_brief_has_words_for_every_field_it_shows() -> None:
    for declared_fields in (CASE_FIELDS, LAWYER_INFO):
        for name, info in declared_fields.items():
            if info.brief is None:
                continue
            key = info.brief.label or name
            assert all(key in LABELS[lang] for lang in LANGUAGES), key
            if info.brief.after:
                assert "{date}" in LABELS["en"][key], key
    assert brief.KEY_FIELDS == ("registered_last_name", "nationality_recorded", "centre",
                                "oe_number", "birth_date_recorded", "arrest_date",
                                "arrest_place", "case_language", "languages")
    assert all((place := CASE_FIELDS[n].brief) and place.section is BriefSection.CONSENT
               for n in CONSENT_FIELDS)


def test_the_search_columns_are_the_index_columns(vault: Vault) -> None:
    columns = [r[1] for r in vault.con.execute("PRAGMA table_info(case_search)")]
    assert columns == [column.value for column in Search]


def test_the_lawyer_bridge_is_made_in_one_place() -> None:
    assert LAWYER_COLUMNS == {name: f"lawyer_{name}" for name in LAWYER_FIELDS}
    assert flat_name("lawyer.email") == "lawyer_email" and flat_name("alias") == "alias"
    assert field_info("lawyer.email") is field_info("lawyer_email") is LAWYER_INFO["email"]
    assert field_info("arrest_date") is CASE_FIELDS["arrest_date"]
    assert field_info("favourite_colour") is None


def test_closed_at_is_kept_by_the_vault_not_given(vault: Vault) -> None:
    case = vault.save_case(case_from_dict({"alias": "Sami"}, now=NOW))
    assert case.id is not None and case.closed_at is None and case.created_at is not None
    vault.close_case(case.id)
    closed = vault.get_case(case.id)
    assert closed.closed_at is not None
    data = case_to_dict(closed)
    assert data["closed_at"] is not None
    reopened = case_from_dict({**data, "closed_at": None}, closed, now=NOW)
    assert reopened.closed_at == closed.closed_at  # not a fact read from JSON
    assert case_from_dict({"alias": "b", "closed_at": "2025-01-01T00:00"}).closed_at is None
    vault.save_case(reopened)  # a save leaves it as the vault keeps it
    assert vault.get_case(case.id).closed_at == closed.closed_at
    vault.close_case(case.id, closed=False)
    assert vault.get_case(case.id).closed_at is None
    assert Consent.NOT_ASKED is Case().consent_lawyer
