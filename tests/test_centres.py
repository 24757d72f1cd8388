"""centres.yaml and its strict loader (locator.centres.load, locator.model.yamlstrict). No Qt."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from locator.centres.load import (
    CENTRES_FILE,
    CentreDirectory,
    CentresFileError,
    Confidence,
    Country,
    Kind,
    PhoneKind,
    Status,
    UnknownCentreError,
    load_centres,
    parse_centres,
)
from locator.model.dates import PartialDate
from locator.model.yamlstrict import StrictMap, StrictYamlError, compose

CLOSED_CENTRES = ("caricole", "127bis", "bruges", "merksplas", "vottem", "holsbeek")
PLANNED = ("steenokkerzeel-departure", "jabbeke", "jumet", "zandvliet")
FRANCE = ("coquelles", "lille-lesquin")


# --- the shipped file -------------------------------------------------------------------------

@pytest.fixture(scope="module")
def shipped() -> CentreDirectory:
    return load_centres()


def test_shipped_file_loads_and_is_cached(shipped: CentreDirectory) -> None:
    assert CENTRES_FILE.name == "centres.yaml" and CENTRES_FILE.is_file()
    assert load_centres() is shipped
    assert shipped.schema == 1
    newest = max(s.date.earliest() for s in shipped.sources if s.date is not None)
    assert shipped.verified_on >= newest  # cannot be checked before its newest source


def test_shipped_ids(shipped: CentreDirectory) -> None:
    ids = shipped.ids()
    assert len(ids) == len(set(ids))
    for centre_id in CLOSED_CENTRES + PLANNED + FRANCE:
        assert centre_id in ids
    assert [c for c in ids if c.startswith("family-units")], "family units are missing"
    assert ids == tuple(c.id for c in shipped.centres)


def test_every_fact_has_sources_and_a_date_or_says_undated(shipped: CentreDirectory) -> None:
    for centre in shipped.centres:
        facts = centre.facts()
        assert facts, centre.id
        fields = {f.field.split("[")[0].split(".")[0] for f in facts}
        assert {"names", "status"} <= fields, centre.id
        for fact in facts:
            assert fact.provenance.sources, (centre.id, fact.field)
            for source in fact.provenance.sources:
                assert (source.date is None) == source.undated
                assert source.title
            if fact.provenance.undated:
                assert all(s.undated for s in fact.provenance.sources)
                assert fact.provenance.age_days(date(2030, 1, 1)) is None
            else:
                age = fact.provenance.age_days(date(2030, 1, 1))
                assert age is not None and age > 0
    for rule in shipped.visiting_rules + shipped.notes:
        assert rule.provenance.sources and rule.value


def test_how_old_is_a_fact(shipped: CentreDirectory) -> None:
    gvo = shipped.source("GVO-FR")
    assert gvo.undated and gvo.not_before == PartialDate(2019, 5, 7)
    agii = shipped.source("AGII")
    assert agii.date == PartialDate(2023, 3, 15)
    caricole = shipped.get("caricole")
    oldest = caricole.oldest_fact_date()
    assert oldest is not None
    dated = [f.provenance.date for f in caricole.facts() if f.provenance.date is not None]
    assert oldest.earliest() == min(d.earliest() for d in dated)
    assert caricole.undated_facts()  # DOFI-NL is undated, and it says so
    holsbeek_visits = shipped.get("holsbeek").visits[0].provenance
    assert holsbeek_visits.undated and holsbeek_visits.not_before == PartialDate(2019, 5, 7)


def test_caricole_comes_first_in_the_calling_round(shipped: CentreDirectory) -> None:
    round_ = shipped.calling_round()
    assert round_[0].id == "caricole"
    ids = [c.id for c in round_]
    for centre_id in CLOSED_CENTRES:
        assert centre_id in ids
    orders = [c.call_order for c in round_ if c.call_order is not None]
    assert len(orders) == len(round_) and orders == sorted(orders)
    assert all(c.country is Country.BE and c.is_open for c in round_)
    assert {c.kind for c in round_} == {Kind.CLOSED_CENTRE, Kind.FAMILY_UNITS}


@pytest.mark.parametrize("centre_id", PLANNED)
def test_planned_centres_are_never_offered(shipped: CentreDirectory, centre_id: str) -> None:
    centre = shipped.get(centre_id)
    assert centre.status.value is Status.PLANNED
    assert centre.call_order is None
    assert centre not in shipped.locations()
    assert centre not in shipped.calling_round()


def test_only_open_entries_are_locations(shipped: CentreDirectory) -> None:
    locations = shipped.locations()
    assert all(c.is_open for c in locations)
    closed_units = shipped.get("family-units-127bis")
    assert closed_units.status.value is Status.NOT_IN_USE and closed_units not in locations
    countries = [c.country for c in locations]
    assert countries == sorted(countries, key=lambda c: c is not Country.BE)  # Belgium first
    assert locations[0].id == "caricole"


@pytest.mark.parametrize("centre_id", FRANCE)
def test_france_is_marked_fr_and_not_in_the_belgian_round(
        shipped: CentreDirectory, centre_id: str) -> None:
    centre = shipped.get(centre_id)
    assert centre.country is Country.FR and centre.kind is Kind.CRA
    assert centre not in shipped.calling_round()
    assert centre in shipped.locations()
    assert centre.address is not None and centre.address.postcode is not None
    assert len(centre.address.postcode) == 5


@pytest.mark.parametrize("centre_id", CLOSED_CENTRES)
def test_closed_centres_have_an_official_number_first(
        shipped: CentreDirectory, centre_id: str) -> None:
    centre = shipped.get(centre_id)
    first = centre.phone_lines()[0]
    assert first.confirmed and first.provenance.confidence is Confidence.OFFICIAL
    assert re.fullmatch(r"\+32\d{8,9}", first.e164)
    assert first.display.startswith("+32 ")
    assert centre.operator is not None and "Office des Étrangers" in centre.operator.value
    assert centre.address is not None and centre.address.one_line()


def test_phones_are_sorted_and_unconfirmed_ones_explain_themselves(
        shipped: CentreDirectory) -> None:
    for centre in shipped.centres:
        keys = [(p.kind is PhoneKind.FAX, p.provenance.confidence.rank) for p in centre.phones]
        assert keys == sorted(keys), centre.id
        for phone in centre.phones:
            assert phone.confirmed == (phone.provenance.confidence is Confidence.OFFICIAL)
            if not phone.confirmed:
                assert phone.note
        assert all(p.kind is PhoneKind.PHONE for p in centre.phone_lines())


def test_known_discrepancies_are_resolved_as_the_sources_say(shipped: CentreDirectory) -> None:
    bruges = shipped.get("bruges")
    assert bruges.phones[0].e164 == "+3224887440"
    old = [p for p in bruges.phones if p.e164 == "+3250451040"]
    assert old and not old[0].confirmed
    assert "onthaalbis@ibz.fgov.be" not in [e.address for e in bruges.emails]
    assert "onthaalbis@ibz.fgov.be" in [e.address for e in shipped.get("127bis").emails]
    caricole = shipped.get("caricole")
    assert caricole.phones[0].e164 == "+3224887700"
    assert {p.e164 for p in caricole.phones if not p.confirmed} == {"+3227197109", "+3227197110"}
    jabbeke_notes = " ".join(n.value for n in shipped.get("jabbeke").notes)
    assert "Fedasil" in jabbeke_notes and "not a closed centre" in jabbeke_notes


def test_display_names(shipped: CentreDirectory) -> None:
    caricole = shipped.get("caricole")
    assert caricole.display_name("fr") == "Centre de transit Caricole"
    assert caricole.display_name("nl") == "Transitcentrum Caricole"
    assert caricole.display_name("en")  # falls back to another language
    for centre in shipped.centres:
        for lang in ("en", "fr", "nl"):
            assert centre.display_name(lang).strip()
    with pytest.raises(ValueError, match="unknown language"):
        caricole.display_name("de")


def test_unknown_id_is_a_clear_lookup_error(shipped: CentreDirectory) -> None:
    with pytest.raises(LookupError) as info:
        shipped.get("nowhere")
    assert isinstance(info.value, UnknownCentreError)
    assert not isinstance(info.value, KeyError)
    assert str(info.value) == 'No centre has the id "nowhere".'


# --- broken files ------------------------------------------------------------------------

VALID = """\
schema: 1
verified_on: 2025-01-01
sources:
  S1: {title: "A dated page", url: "https://example.org", date: 2024-05-01}
  S2: {title: "An undated page", undated: true}
visiting_rules:
  - {value: "A rule.", source: S1, confidence: official}
centres:
  - id: vottem
    names:
      fr: {value: "Centre de Vottem", source: S1, confidence: official}
    country: BE
    kind: closed-centre
    status: {value: open, source: S1, confidence: official}
    address:
      {street: "Rue 1", postcode: "4041", municipality: "Vottem", source: S1, confidence: official}
    phones:
      - number: "04/228.89.00"
        confirmed: true
        source: S1
        confidence: official
      - {number: "04 228 89 01", confirmed: false, note: "Old.", source: S2,
         confidence: unconfirmed}
    holds: {value: [men], source: S1, confidence: official}
    call_order: 10
  - id: lesquin
    names:
      fr: {value: "CRA de Lesquin", source: S2, confidence: secondary}
    country: FR
    kind: cra
    status: {value: open, source: S2, confidence: secondary}
    address: {street: "rue de la Drève", postcode: "59810", municipality: "Lesquin",
              source: S2, confidence: secondary}
    phones:
      - {number: "03 20 12 34 56", confirmed: false, note: "Made up.", source: S2,
         confidence: secondary}
    holds: {value: [men, women], source: S2, confidence: secondary}
    call_order: 5
  - id: later
    names:
      nl: {value: "Later", source: S2, confidence: unconfirmed}
    country: BE
    kind: closed-centre
    status: {value: planned, source: S2, confidence: unconfirmed}
"""


def _line(text: str, marker: str, occurrence: int = 1) -> int:
    index = -1
    for _ in range(occurrence):
        index = text.index(marker, index + 1)
    return text.count("\n", 0, index) + 1


def _broken(tmp_path: Path, old: str, new: str) -> tuple[str, CentresFileError]:
    assert old in VALID, old
    text = VALID.replace(old, new, 1)
    path = tmp_path / "centres.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CentresFileError) as info:
        load_centres(path)
    return text, info.value


def test_the_small_valid_file_loads() -> None:
    directory = parse_centres(VALID)
    assert [c.id for c in directory.locations()] == ["vottem", "lesquin"]  # Belgium first
    assert [c.id for c in directory.calling_round()] == ["vottem"]
    vottem = directory.get("vottem")
    assert vottem.phones[0].e164 == "+3242288900" and vottem.phones[0].as_written == "04/228.89.00"
    assert directory.get("lesquin").phones[0].e164 == "+33320123456"
    assert directory.get("later").display_name("fr") == "Later"
    assert vottem.oldest_fact_date() == PartialDate(2024, 5, 1)
    assert vottem.phones[1].provenance.undated


def test_unparseable_phone_names_centre_field_and_line(tmp_path: Path) -> None:
    text, error = _broken(tmp_path, '"04 228 89 01"', '"02 12"')
    line = _line(text, '"02 12"')
    assert (error.centre, error.field, error.line) == ("vottem", "phones[1].number", line)
    assert str(error) == (f'centres.yaml line {line}: centre "vottem", field "phones[1].number": '
                          '"02 12" is not a valid phone number')


# (old text, new text, centre, field, marker in the broken text whose line is expected, words)
BROKEN = [
    pytest.param('    call_order: 10\n', '    call_order: 10\n    colour: blue\n', "vottem",
                 "colour", "colour", "unknown key", id="unknown-key"),
    pytest.param('        confirmed: true\n        source: S1\n', '        confirmed: true\n',
                 "vottem", "phones[0].source", '- number: "04/228', "is missing",
                 id="missing-source"),
    pytest.param("  - id: later", "  - id: vottem", "vottem", "id", "- id: vottem\n    names:\n"
                 "      nl", "used twice", id="duplicate-id"),
    pytest.param("date: 2024-05-01", "date: 2024-13-01", None, "sources.S1.date", "2024-13-01",
                 "not a date", id="bad-source-date"),
    pytest.param("verified_on: 2025-01-01", "verified_on: 2025-02-30", None, "verified_on",
                 "2025-02-30", "not a date", id="bad-verified-on"),
    pytest.param("status: {value: planned", "status: {value: closed", "later", "status.value",
                 "value: closed", "not one of: open, planned, not-in-use", id="bad-status"),
    pytest.param("{value: \"Later\", source: S2", "{value: \"Later\", source: S9", "later",
                 "names.nl.source", "S9", 'unknown source "S9"', id="unknown-source"),
    pytest.param("confidence: official}\n    country: BE", "confidence: sure}\n    country: BE",
                 "vottem", "names.fr.confidence", "sure", "not one of", id="bad-confidence"),
    pytest.param("status: {value: planned, source: S2, confidence: unconfirmed}\n",
                 "status: {value: planned, source: S2, confidence: unconfirmed}\n"
                 "    call_order: 30\n", "later", "call_order", "call_order: 30",
                 "must never be offered", id="planned-with-call-order"),
    pytest.param("    call_order: 5\n", "", "lesquin", "call_order", "- id: lesquin",
                 "needs a call_order", id="open-without-call-order"),
    pytest.param("    call_order: 5\n", "    call_order: 10  # again\n", "lesquin",
                 "call_order", "call_order: 10  # again", 'already used by "vottem"',
                 id="duplicate-call-order"),
    pytest.param("confirmed: true\n        source: S1\n        confidence: official",
                 "confirmed: true\n        source: S1\n        confidence: secondary", "vottem",
                 "phones[0].confirmed", "confirmed: true", "confirmed: true needs",
                 id="confirmed-but-not-official"),
    pytest.param('confirmed: false, note: "Old.", ', "confirmed: false, ", "vottem",
                 "phones[1].note", "04 228 89 01", "needs a note", id="unconfirmed-without-note"),
    pytest.param('postcode: "4041"', "postcode: 4041", "vottem", "address.postcode", "4041,",
                 "put it in quotes", id="number-instead-of-text"),
    pytest.param('postcode: "59810"', 'postcode: "5981"', "lesquin", "address.postcode",
                 '"5981"', "not a FR postcode", id="bad-postcode"),
    pytest.param("    country: FR\n", "    country: DE\n", "lesquin", "country", "country: DE",
                 "not one of: BE, FR", id="bad-country"),
    pytest.param("    kind: cra\n", "    kind: cra\n    kind: cra  # twice\n", "lesquin", "kind",
                 "kind: cra  # twice", "given twice", id="duplicate-key"),
    pytest.param("      nl: {value", "      de: {value", "later", "names.de", "de: {value",
                 "unknown key", id="unknown-language"),
    pytest.param("  S2: {title", "  S3: {title: \"Unused\", undated: true}\n  S2: {title", None,
                 "sources.S3", "S3:", "not used by any fact", id="unused-source"),
    pytest.param("  S2: {title: \"An undated page\", undated: true}",
                 "  S2: {title: \"An undated page\"}", None, "sources.S2.date",
                 "S2: {", "exactly one", id="source-without-date-or-undated"),
    pytest.param("holds: {value: [men], source: S1", "holds: {value: [men, children], source: S1",
                 "vottem", "holds.value[1]", "children", "not one of: men, women, families",
                 id="holds-unknown-value"),
    pytest.param("holds: {value: [men], source: S1", "holds: {value: [men, men], source: S1",
                 "vottem", "holds.value[1]", "men, men", "given twice", id="holds-twice"),
    pytest.param("    holds: {value: [men, women], source: S2, confidence: secondary}\n", "",
                 "lesquin", "holds", "- id: lesquin", 'needs "holds"', id="open-without-holds"),
    pytest.param("schema: 1", "schema: 2", None, "schema", "schema", "reads schema 1",
                 id="wrong-schema"),
    pytest.param("  - id: later", "  - id: Later Centre", "Later Centre", "id", "Later Centre",
                 "not a usable id", id="bad-id"),
]


@pytest.mark.parametrize(("old", "new", "centre", "field", "marker", "words"), BROKEN)
def test_broken_file_names_centre_field_and_line(
        tmp_path: Path, old: str, new: str, centre: str | None, field: str, marker: str,
        words: str) -> None:
    text, error = _broken(tmp_path, old, new)
    assert (error.centre, error.field) == (centre, field), str(error)
    assert error.line == _line(text, marker), str(error)
    assert words in error.problem
    message = str(error)
    assert message.startswith(f"centres.yaml line {error.line}: ")
    assert f'field "{field}"' in message
    if centre is not None:
        assert f'centre "{centre}"' in message


def test_invalid_yaml_and_empty_file_and_missing_file(tmp_path: Path) -> None:
    _, error = _broken(tmp_path, "  - id: later\n", "  - id: later\n  : : [\n")
    assert error.line is not None and "not valid YAML" in error.problem
    empty = tmp_path / "empty.yaml"
    empty.write_text("# nothing\n", encoding="utf-8")
    with pytest.raises(CentresFileError, match="empty"):
        load_centres(empty)
    with pytest.raises(CentresFileError, match="cannot read") as info:
        load_centres(tmp_path / "missing.yaml")
    assert info.value.line is None and info.value.centre is None


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="0123456789 +./", min_size=1, max_size=16).filter(lambda s: s.strip()))
def test_a_phone_either_parses_to_e164_or_names_its_field(number: str) -> None:
    text = VALID.replace('"04 228 89 01"', f'"{number}"', 1)
    try:
        directory = parse_centres(text)
    except CentresFileError as error:
        assert (error.centre, error.field) == ("vottem", "phones[1].number")
        assert error.line == _line(text, f'"{number}"')
        return
    phone = next(p for p in directory.get("vottem").phones if p.as_written == number.strip())
    assert re.fullmatch(r"\+\d{6,15}", phone.e164)


# --- the generic helper --------------------------------------------------------------------

def test_strict_map_tracks_keys_lines_and_types() -> None:
    root = StrictMap(compose("a: 1\nb:\n  - {x: yes}\n  - {x: 'text'}\nc: null\n"))
    assert root.integer("a") == 1
    items = root.mappings("b", required=True)
    assert items[0].boolean("x") is True and items[0].line == 3
    with pytest.raises(StrictYamlError) as info:
        items[1].boolean("x")
    assert (info.value.path, info.value.line) == ("b[1].x", 4)
    assert root.opt_text("c") is None and root.sequence("missing") == []
    root.done()
    extra = StrictMap(compose("a: 1\nzz: 2\n"))
    extra.integer("a")
    with pytest.raises(StrictYamlError, match='unknown key "zz"') as info:
        extra.done()
    assert info.value.line == 2


def test_who_each_shipped_place_holds(shipped: CentreDirectory) -> None:
    from locator.centres.fit import round_for
    from locator.centres.model import Holds
    from locator.model.cases import Sex, Tristate

    assert all(c.holds is not None for c in shipped.centres if c.is_open)
    assert shipped.get("holsbeek").holds.value == {Holds.WOMEN}  # type: ignore[union-attr]
    assert shipped.get("127bis").holds.value == {Holds.MEN}  # type: ignore[union-attr]
    man = round_for(shipped, Sex.MALE, Tristate.NO)
    assert "holsbeek" not in man.ids() and not any(i.startswith("family") for i in man.ids())
    assert man.ids()[0] == "caricole" and man.facts_known
    woman = round_for(shipped, Sex.FEMALE, Tristate.UNKNOWN)
    assert "holsbeek" in woman.ids() and "127bis" not in woman.ids()
    unknown = round_for(shipped)
    assert {c.kind.value for c in unknown.shown} == {"closed-centre"}
    assert {c.kind.value for c in unknown.folded} == {"family-units"} and not unknown.facts_known
    family = round_for(shipped, Sex.FEMALE, Tristate.YES)
    assert family.ids()[0] == "caricole" and all(
        c.kind.value == "family-units" for c in family.shown[1:])
    assert len(man.shown) + len(man.folded) == len(shipped.calling_round())
