"""The lawyer brief as email text, and the mailto link."""

from __future__ import annotations

import io
import re
import unicodedata
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import unquote, urlsplit

from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader

from locator import GVO_EMAIL
from locator.brief.content import Brief, BriefDeadline, Writer, build_brief
from locator.brief.fonts import printed_form
from locator.brief.pdf import pdf_bytes
from locator.brief.text import brief_text, mailto_url
from locator.model.caseio import case_from_dict
from locator.model.cases import ContactRole, Event, EventKind

NOW = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)


def make_brief(**changes: Any) -> Brief:
    data: dict[str, Any] = {
        "registered_last_name": "Tesfay",
        "registered_first_name": "ገብረሚካኤል",
        "real_name": "Zoë Jörg-Łukasz",
        "nationality_recorded": "ER",
        "birth_date_recorded": "1990-05",
        "oe_number": "8.123.456",
        "case_language": "nl",
        "arrest_date": "2026-03-02",
        "arrest_place": "محطة بروكسل الشمالية",
        "centre": "127bis",
        "phone_in_centre": "+32470123456",
        "consent_share_gvo": "yes",
        "consent_share_gvo_asked_on": "2026-03-05",
        "decisions": [{"kind": "dublin_transfer", "annexe": "26quater",
                       "notified_at": "2026-03-04T09:00"}],
        "lawyer": {"name": "Mr. <b>Peeters</b> & Co 😀", "bar": "Antwerpen"},
    }
    data.update(changes)
    case = case_from_dict(data, now=NOW)
    return build_brief(
        case,
        deadlines=[BriefDeadline("Beroep", date(2026, 3, 14), "2026-03-14 24:00",
                                 "art. 39/57", "rvv-cce.be")],
        events=[Event(EventKind.CALL, datetime(2026, 3, 3, 8, 0, tzinfo=UTC),
                      data={"centre": "127bis", "answer": "found"})],
        writer=Writer("Anne 😀 Dupont", ContactRole.HOST, "+32470987654", "a@example.org"),
        centre_name=lambda centre, lang: "Centrum 127bis", now=NOW)


def values_in_order(brief: Brief) -> list[str]:
    """Every value of the brief, in the order both renderings must show them."""
    values = [line for item in brief.key_items for line in item.lines]
    for section in brief.sections:
        cells = [cell for row in section.rows for cell in row if cell]
        values.extend(cells or [section.empty])
    return values


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def assert_in_order(haystack: str, needles: list[str]) -> None:
    position = 0
    for needle in needles:
        found = haystack.find(needle, position)
        assert found >= 0, f"{needle!r} missing after position {position}"
        position = found + len(needle)


def test_text_and_pdf_show_the_same_values_in_the_same_order() -> None:
    brief = make_brief()
    values = values_in_order(brief)
    assert "ገብረሚካኤል" in values[0] and "محطة بروكسل الشمالية" in values
    assert_in_order(brief_text(brief), values)
    pages = PdfReader(io.BytesIO(pdf_bytes(brief))).pages
    pdf = squeeze("".join(page.extract_text() for page in pages))
    # Wrapped lines in the PDF break words at spaces, so white space is ignored here.
    assert_in_order(pdf, [squeeze(printed_form(value)) for value in values])


def test_text_keeps_every_character_as_stored() -> None:
    text = brief_text(make_brief())
    assert "Mr. <b>Peeters</b> & Co 😀" in text
    assert "Anne 😀 Dupont" in text
    assert "محطة بروكسل الشمالية" in text  # logical order, not reshaped
    assert "\ufffd" not in text


def test_text_layout() -> None:
    brief = make_brief()
    text = brief_text(brief)
    lines = text.splitlines()
    assert lines[0] == "FICHE VOOR DE ADVOCAAT"
    assert brief.subject not in text
    assert brief.subject == "Vraag naar een advocaat — TESFAY ገብረሚካኤል — Centrum 127bis"
    assert "1. Naam waaronder de persoon in het centrum geregistreerd is: TESFAY ገብረሚካኤል" in lines
    assert "8. Taal van de procedure: Nederlands" in lines
    assert "- 2026-03-03 09:00 — Oproep naar een centrum: Centrum 127bis, gevonden" in lines
    # the consent as recorded, per recipient of the brief (issue 13, point 3)
    assert lines[-1] == ("Toestemming om te delen, zoals geregistreerd — GVO: ja; advocaat: "
                         "nog niet gevraagd. Enkel in diens belang.")
    french = brief_text(make_brief(case_language="fr"))
    assert "8. Langue de la procédure : français" in french.splitlines()


def test_a_line_break_inside_a_value_stays_inside_its_item() -> None:
    text = brief_text(make_brief(arrest_place="Gare du Nord\nquai 3"))
    assert "7. Plaats van de arrestatie: Gare du Nord\n   quai 3\n8. Taal" in text


def test_missing_values_say_ask_at_the_next_visit() -> None:
    text = brief_text(make_brief(oe_number="", case_language="unknown", phone_in_centre=""))
    assert "4. OE / IBZ / SP number: unknown — ask at the next visit" in text
    assert "Phone in the centre: unknown — ask at the next visit" in text


def test_mailto_holds_the_address_and_subject_only() -> None:
    url = mailto_url(GVO_EMAIL, "Request for a lawyer")
    assert GVO_EMAIL == "gettingthevoiceout@riseup.net"
    assert url == "mailto:gettingthevoiceout@riseup.net?subject=Request%20for%20a%20lawyer"
    assert mailto_url(GVO_EMAIL) == "mailto:gettingthevoiceout@riseup.net"
    parts = urlsplit(url)
    assert parts.scheme == "mailto" and parts.path == GVO_EMAIL


@given(st.text())
def test_mailto_round_trips_any_subject(subject: str) -> None:
    url = mailto_url(GVO_EMAIL, subject)
    assert url.isascii() and not re.search(r"[\s<>\"&]", url)
    query = urlsplit(url).query
    if subject:
        assert query.count("=") == 1
        assert unquote(query.removeprefix("subject="), errors="strict") == subject
    else:
        assert query == ""
