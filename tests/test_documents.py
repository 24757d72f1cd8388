"""Reading documents (locator.documents) on a small generated set whose truth is known:
zones in OCR-B and order pages in Noto, clean and degraded like phone photos; real
Tesseract, real ``mrz`` checks. The full accuracy run is tests/bench/test_bench_documents.py.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from pathlib import Path

import pytest
from PIL import Image

from locator.documents.errors import NotAnImage, ReadingCancelled
from locator.documents.mrz import Zone, proposals
from locator.documents.ocr import tessdata
from locator.documents.prep import Adjust, grey, open_image, skew_angle
from locator.documents.proposals import UNCERTAIN_CHECK, UNCERTAIN_CUT, Reading
from locator.documents.read import read_document
from locator.documents.save import save_accepted
from locator.model.cases import (
    Case,
    CaseLanguage,
    DecisionKind,
    EventKind,
    NotificationMethod,
)
from locator.model.dates import PartialDate, start_of_day_brussels, to_utc
from locator.model.errors import ValidationFailed
from locator.model.events import DocumentRead, document_read_text, typed
from locator.storage.vault import Vault
from locator.timeline.describe import describe
from tests.documents_fixtures import (
    ORDERS,
    PEOPLE,
    Person,
    degraded,
    identity_page,
    image_bytes,
    order_page,
    zone_lines,
)

TODAY = date(2026, 12, 4)


class EnglishWords:
    """The timeline's words, untranslated (what the app shows in English)."""

    def text(self, template: str, **params: object) -> str:
        return template.format(**params)

    def word(self, value: StrEnum) -> str:
        return value.value

    def centre(self, centre_id: str) -> str:
        return centre_id

    def step(self, step_id: str) -> tuple[str, int] | None:
        return None

    def rule(self, rule_id: str) -> str:
        return rule_id

    def day(self, iso: str) -> str:
        return iso


def _wrong(reading: Reading, expected: dict[str, str]) -> dict[str, tuple[str | None, str]]:
    out = {}
    for name, value in expected.items():
        got = reading.get(name)
        if got is None or got.value != value:
            out[name] = (None if got is None else got.value, value)
    return out


@pytest.mark.parametrize("index", [0, 3, 6])  # a passport, a card, a visa
def test_zone_of_a_clean_page_reads_every_field(index: int) -> None:
    person = PEOPLE[index]
    reading = read_document(image_bytes(identity_page(person)), today=TODAY)
    assert reading.kind == person.kind
    assert _wrong(reading, person.expected) == {}
    for name in ("birth_date_recorded", "document_expiry", "sex"):  # checked, and sure
        assert reading.get(name).certain, name  # type: ignore[union-attr]


@pytest.mark.parametrize("index", [1, 4])
def test_zone_of_a_phone_photo_reads_every_field(index: int) -> None:
    person = PEOPLE[index]
    photo = image_bytes(degraded(identity_page(person), seed=index), "JPEG")
    reading = read_document(photo, today=TODAY)
    wrong = _wrong(reading, person.expected)
    # the digits checked are right (or flagged); a letter of a name may slip (bench: 90 %)
    for name in ("document_number", "birth_date_recorded", "document_expiry"):
        assert name not in wrong or not reading.get(name).certain  # type: ignore[union-attr]
    assert len(wrong) <= 1, wrong


def test_a_name_cut_by_the_zone_is_flagged() -> None:
    person = PEOPLE[2]  # 25 + 2 + 12 letters: the given names are cut
    reading = read_document(image_bytes(identity_page(person)), today=TODAY)
    first = reading.get("registered_first_name")
    assert first is not None and first.value == "AHMAD SHAH M"
    assert not first.certain and first.reason == UNCERTAIN_CUT
    assert reading.get("registered_last_name").certain  # type: ignore[union-attr]


def _with_wrong_birth_digit(person: Person) -> list[str]:
    lines = zone_lines(person)
    row, at = (1, 13) if person.kind != "td1" else (1, 0)
    line = lines[row]
    digit = str((int(line[at + 1]) + 3) % 10)  # the birth date changed, its check digit not
    lines[row] = line[:at + 1] + digit + line[at + 2:]
    return lines


@pytest.mark.parametrize("index", [0, 3])
def test_a_failed_check_digit_is_never_certain(index: int) -> None:
    person = PEOPLE[index]
    page = identity_page(person, _with_wrong_birth_digit(person))
    reading = read_document(image_bytes(page), today=TODAY)
    birth = reading.get("birth_date_recorded")
    assert birth is not None and not birth.certain and birth.reason == UNCERTAIN_CHECK
    # the zone was misread somewhere: what no digit checks is not certain either
    for name in ("registered_last_name", "nationality_recorded", "sex"):
        assert not reading.get(name).certain  # type: ignore[union-attr]
    assert reading.proposals[0].certain is False  # weakest first
    assert UNCERTAIN_CHECK in reading.notes


def test_every_check_digit_is_verified_without_ocr() -> None:
    """Each covered field turns uncertain when its own digit (or the final one) fails."""
    lines = zone_lines(PEOPLE[0])
    good = proposals(Zone("td3", tuple(lines), 95.0, False), TODAY)
    assert all(p.certain for p in good.proposals if p.field != "document_kind")
    for at, name in ((9, "document_number"), (19, "birth_date_recorded"),
                     (27, "document_expiry")):
        line = lines[1]
        bad = line[:at] + str((int(line[at]) + 1) % 10) + line[at + 1:]
        reading = proposals(Zone("td3", (lines[0], bad), 95.0, False), TODAY)
        proposal = reading.get(name)
        assert proposal is not None and not proposal.certain, name
        assert proposal.confidence <= 45
    final = lines[1][:43] + str((int(lines[1][43]) + 1) % 10)
    reading = proposals(Zone("td3", (lines[0], final), 95.0, False), TODAY)
    assert not any(p.certain for p in reading.proposals if p.field != "document_kind")


def test_issuing_codes_and_dates() -> None:
    german = proposals(Zone("td3", tuple(zone_lines(PEOPLE[1])), 90.0, False), TODAY)
    assert german.get("nationality_recorded").value == "DE"  # type: ignore[union-attr]
    assert german.get("document_country").value == "DE"  # type: ignore[union-attr]
    assert german.get("birth_date_recorded").value == "1964-08-12"  # type: ignore[union-attr]
    visa = zone_lines(PEOPLE[6])  # born 2000-02-29; 2010 has no 29 February
    no_day = (visa[0], visa[1][:13] + "100229" + visa[1][19:])
    reading = proposals(Zone("mrva", no_day, 90.0, False), TODAY)
    assert reading.get("birth_date_recorded").value == ""  # type: ignore[union-attr]
    assert not reading.get("birth_date_recorded").certain  # type: ignore[union-attr]
    born_2005 = proposals(Zone("td3", tuple(zone_lines(PEOPLE[2])), 90.0, False), TODAY)
    assert born_2005.get("birth_date_recorded").value == "2005-06-07"  # type: ignore[union-attr]


@pytest.mark.parametrize("index", [0, 1])  # French, Dutch
def test_order_to_leave_labels_in_both_languages(index: int) -> None:
    order = ORDERS[index]
    reading = read_document(image_bytes(order_page(order)), today=TODAY)
    assert reading.kind == "form"
    assert _wrong(reading, order.expected) == {}
    assert [p.confidence for p in reading.proposals if p.certain] == sorted(
        p.confidence for p in reading.proposals if p.certain)


def test_order_photographed_at_an_angle() -> None:
    order = ORDERS[3]
    photo = image_bytes(degraded(order_page(order), seed=7), "JPEG")
    assert _wrong(read_document(photo, today=TODAY), order.expected) == {}


def test_a_page_turned_by_the_user_before_reading() -> None:
    person = PEOPLE[0]
    sideways = identity_page(person).rotate(90, expand=True)
    reading = read_document(image_bytes(sideways), Adjust(quarter_turns=1), today=TODAY)
    assert _wrong(reading, person.expected) == {}


def test_a_page_photographed_sideways_is_found_without_help() -> None:
    person = PEOPLE[3]
    sideways = degraded(identity_page(person), seed=4).rotate(-90, expand=True)
    reading = read_document(image_bytes(sideways, "JPEG"), today=TODAY)
    assert reading.kind == "td1"
    assert len(_wrong(reading, person.expected)) <= 1


def test_skew_is_measured() -> None:
    page = grey(identity_page(PEOPLE[0]).rotate(3, expand=True, fillcolor=236))
    assert abs(skew_angle(page) + 3) <= 0.5


def test_not_an_image() -> None:
    with pytest.raises(NotAnImage):
        open_image(b"%PDF-1.7 not a photo")
    with pytest.raises(NotAnImage):
        read_document(b"")


def test_cancel_stops_reading() -> None:
    with pytest.raises(ReadingCancelled):
        read_document(image_bytes(identity_page(PEOPLE[0])), should_stop=lambda: True)


def test_tessdata_is_found(monkeypatch: pytest.MonkeyPatch) -> None:
    folder = Path(tessdata())
    assert (folder / "fra.traineddata").is_file() and (folder / "nld.traineddata").is_file()
    tessdata.cache_clear()
    monkeypatch.setenv("TESSDATA_PREFIX", str(folder))
    try:
        assert Path(tessdata()) == folder
    finally:
        tessdata.cache_clear()


def test_blank_page_proposes_nothing() -> None:
    reading = read_document(image_bytes(Image.new("L", (800, 600), 250)), today=TODAY)
    assert reading.kind == "" and not [p for p in reading.proposals if p.value]


# -- saving what was accepted ---------------------------------------------------------


def test_saving_accepted_values_of_an_order(vault: Vault) -> None:
    case = vault.save_case(Case(alias="friend", registered_first_name="kept as it was"))
    assert case.id is not None
    order = ORDERS[0]
    attachment = vault.add_attachment(case.id, "order.png", "image/png",
                                      image_bytes(order_page(order)))
    reading = read_document(vault.attachment_data(attachment.id), today=TODAY)
    chosen = {name: reading.get(name).value  # type: ignore[union-attr]
              for name in ("registered_last_name", "nationality_recorded",
                           "birth_date_recorded", "oe_number", "case_language",
                           "decision_annexe", "decision_notified_on",
                           "decision_notification_method")}
    chosen["registered_last_name"] = "BEN ALI"  # corrected by hand
    saved = save_accepted(vault, case.id, attachment.id, reading.kind, chosen,
                          ["registered_last_name"])
    assert saved.registered_last_name == "BEN ALI"
    assert saved.registered_first_name == "kept as it was"  # not accepted: not touched
    assert saved.nationality_recorded == "MA" and saved.oe_number == "8.123.456"
    assert saved.birth_date_recorded == PartialDate(1990, 3, 12)
    assert saved.case_language is CaseLanguage.FRENCH
    decision = saved.decisions[-1]
    assert decision.kind is DecisionKind.OQT and decision.annexe == "13septies"
    assert decision.attachment_id == attachment.id and not decision.notified_time_known
    assert decision.notified_at == to_utc(start_of_day_brussels(date(2026, 12, 2)))
    assert decision.notification_method is NotificationMethod.HAND
    entry = vault.events(case.id)[-1]
    line = describe(entry, EnglishWords())
    assert line.startswith("Taken from the document (order or decision, attachment")
    assert "Registered LAST NAME" in line and "annexe" in line
    assert line.endswith("(corrected by hand: Registered LAST NAME)")
    assert entry.kind is EventKind.DOCUMENT_READ
    assert typed(entry) == DocumentRead(attachment.id, "form", tuple(chosen.items()),
                                        ("registered_last_name",))


def test_a_value_that_cannot_be_saved_saves_nothing(vault: Vault) -> None:
    case = vault.save_case(Case(alias="friend"))
    assert case.id is not None
    attachment = vault.add_attachment(case.id, "p.png", "image/png", b"not read here")
    before = len(vault.events(case.id))
    with pytest.raises(ValidationFailed) as failed:
        save_accepted(vault, case.id, attachment.id, "td3",
                      {"registered_last_name": "DIALLO", "birth_date_recorded": "1990-02-31"},
                      ["birth_date_recorded"])
    assert "birth_date_recorded" in str(failed.value.errors[0].field)
    assert vault.get_case(case.id).registered_last_name == ""
    assert len(vault.events(case.id)) == before


def test_document_read_payload_round_trip() -> None:
    payload = DocumentRead(4, "td1", (("registered_last_name", "DE VRIES"), ("sex", "female")),
                           ("sex",))
    assert DocumentRead.from_data(payload.to_data()) == payload
    assert DocumentRead.from_data({"fields": [1], "corrected": "x"}) == DocumentRead()
    assert document_read_text(payload, lambda t, **p: t.format(**p)) == (
        "Taken from the document (identity or residence card, attachment 4): "
        "Registered LAST NAME, Man or woman (corrected by hand: Man or woman)")
