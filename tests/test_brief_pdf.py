"""The lawyer brief PDF, read back with pypdf.

How extracted text is compared with stored values
-------------------------------------------------
* Everything is NFKC-normalised and runs of white space become one space (reportlab's
  line wrapping turns spaces into breaks).
* Right-to-left and Arabic-script text is drawn as HarfBuzz shapes it and carries a text
  layer in the stored characters (locator.brief.shaping): the extraction gives the
  plain letters the user typed (``محمد``), never presentation forms, and a line that
  mixes directions comes back in the order typed. tests/test_pdf_text_layer.py checks
  this exactly, field by field, with pypdf and poppler's ``pdftotext``.
* Zero-width joiners/non-joiners (Persian ``علی‌رضا``) shape the letters and are
  then not drawn, so they are removed before comparing.
* Characters no shipped font has print as U+FFFD: the expected text is
  ``printed_form(stored)``, which also checks that nothing vanished silently.
"""

from __future__ import annotations

import builtins
import io
import os
import re
import shutil
import stat
import subprocess
import sys
import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PageObject, PdfReader
from pypdf.errors import FileNotDecryptedError
from pypdf.generic import DictionaryObject, NumberObject

import locator.brief.pdf as brief_pdf
from locator.brief.content import Brief, Writer, build_brief
from locator.brief.fonts import REPLACEMENT, font_runs, markup, printed_form
from locator.brief.pdf import pdf_bytes, write_pdf
from locator.model.caseio import case_from_dict
from locator.model.cases import Case, ContactRole, Event, EventKind

NOW = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)
HOSTILE = ("<Home Office> & Co <font color=white size=1>hidden</font> <img src=/etc/passwd> "
           "<a href=\"http://x.invalid/\">link</a> [[[os.system('x')]]] &amp; — "
           "Zoë Jörg Straße Łódź Çağrı")
MARKUP_BITS = ["<Home Office> & Co", "<font color=white size=1>hidden</font>",
               "<img src=/etc/passwd>", '<a href="http://x.invalid/">link</a>',
               "[[[os.system('x')]]]", "&amp;"]
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200c\u200d\u200e\u200f"))


def norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).translate(_ZERO_WIDTH).split())


def make_case(**changes: Any) -> Case:
    data: dict[str, Any] = {
        "registered_last_name": "ተስፋይ",
        "registered_first_name": "ገብረሚካኤል",
        "real_name": "محمد عبد الله",
        "nationality_recorded": "ER",
        "nationality_real": "SD",
        "birth_date_recorded": "1990-05",
        "oe_number": "SP 8.123/456",
        "case_language": "fr",
        "arrest_date": "2026-03-02",
        "arrest_place": HOSTILE,
        "centre": "caricole",
        "centre_since": "2026-03-03",
        "phone_in_centre": "+32470123456",
        "decisions": [{"kind": "oqt", "annexe": "13septies", "notified_at": "2026-03-03T10:00"}],
    }
    data.update(changes)
    return case_from_dict(data, now=NOW)


def make_brief(case: Case, **kwargs: Any) -> Brief:
    return build_brief(case, writer=Writer("Anne <b>Dupont</b>", ContactRole.HOST,
                                           "+32470987654", "anne@example.org"),
                       centre_name=lambda c, lang: "Caricole <i>&</i> Co", now=NOW, **kwargs)


def pdf_text(data: bytes, password: str | None = None) -> str:
    reader = PdfReader(io.BytesIO(data))
    if password is not None:
        reader.decrypt(password)
    return "\n".join(page.extract_text() for page in reader.pages)


def assert_in_order(text: str, expected: list[str]) -> None:
    haystack, position = norm(text), 0
    for value in expected:
        found = haystack.find(norm(value), position)
        assert found >= 0, f"{value!r} missing after position {position}"
        position = found + len(norm(value))


@pytest.fixture(scope="module")
def hostile() -> tuple[Brief, bytes]:
    brief = make_brief(make_case())
    return brief, pdf_bytes(brief)


def test_key_items_in_order_with_the_stored_values(hostile: tuple[Brief, bytes]) -> None:
    brief, data = hostile
    text = pdf_text(data)
    assert_in_order(text, [
        "ተስፋይ ገብረሚካኤል", "Érythrée", "Caricole <i>&</i> Co",
        # detained since the arrest (no detention decision), the day found on its own line
        "Détenu·e depuis le 2026-03-02", "Retrouvé·e dans ce centre le 2026-03-03",
        "SP 8.123/456", "1990-05", "2026-03-02", HOSTILE, "français"])
    # Item 2's second line mixes French and Arabic: it comes back in the order typed.
    second = brief.key_items[1].lines[1]
    assert "محمد عبد الله" in second and "Soudan" in second
    assert norm(second) in norm(text)
    for bit in MARKUP_BITS:
        assert norm(bit) in norm(text)
    assert "Anne <b>Dupont</b>" in text


def test_arabic_script_names_print_joined_and_come_back_whole() -> None:
    case = make_case(registered_last_name="أحمدزی", registered_first_name="علی‌رضا",
                     arrest_place="ښکلی ګل کابل", real_name="")
    brief = make_brief(case)
    text = pdf_text(pdf_bytes(brief))
    assert_in_order(text, ["أحمدزی علیرضا", "ښکلی ګل کابل"])
    # The text layer holds the letters typed: no presentation form, no private-use code
    # (the joined shapes are drawn, see tests/test_pdf_text_layer.py).
    assert not any(0xFB50 <= ord(c) <= 0xFEFF or 0xE000 <= ord(c) <= 0xF8FF for c in text)


def test_long_right_to_left_text_wraps_in_reading_order() -> None:
    letters = "بتثجحخسشصض"
    words = [f"م{a}{b}ل" for a in letters for b in letters][:70]  # all different
    place = " ".join(words)
    text = pdf_text(pdf_bytes(make_brief(make_case(arrest_place=place))))
    lines = [norm(line) for line in text.splitlines() if norm(line).startswith("م")]
    assert len(lines) > 1  # it did wrap
    assert " ".join(lines) == norm(place)


def test_emoji_print_from_noto_emoji_and_copy_out_as_typed() -> None:
    place = "Zoë 😀 Łódź 👍🏽 ok"
    assert printed_form(place) == place
    assert [font for font, _ in font_runs(place)] == ["LocatorSans", "LocatorEmoji",
                                                      "LocatorSans", "LocatorEmoji",
                                                      "LocatorSans"]  # with its skin tone
    data = pdf_bytes(make_brief(make_case(arrest_place=place)))
    text = pdf_text(data)
    assert REPLACEMENT not in text
    assert_in_order(text, ["2026-03-02", place, "français"])
    if shutil.which("pdftotext") is not None:  # poppler reads the same beyond the BMP
        out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=data, check=True,
                             capture_output=True, timeout=60).stdout.decode()
        assert all(emoji in out for emoji in ("😀", "👍🏽"))
        assert REPLACEMENT not in out


def test_a_missing_value_prints_unknown() -> None:
    brief = make_brief(Case(alias="Momo", case_language=make_case().case_language))
    text = pdf_text(pdf_bytes(brief))
    assert norm(text).count("inconnu — à demander lors de la prochaine visite") >= 8


def test_no_links_no_images_and_no_file_opened(hostile: tuple[Brief, bytes],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    real_open = builtins.open

    def spy(file: Any, *args: Any, **kwargs: Any) -> Any:
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spy)
    data = pdf_bytes(hostile[0])
    monkeypatch.undo()
    assert not [name for name in opened if "passwd" in name or "invalid" in name]
    reader = PdfReader(io.BytesIO(data))
    for page in reader.pages:
        assert "/Annots" not in page
        xobjects = resources(page).get("/XObject", {})
        assert not [x for x in xobjects.values() if x.get_object().get("/Subtype") == "/Image"]
    # reportlab writes object dictionaries uncompressed: none is a link, an action or an image.
    for name in (rb"/Annots", rb"/URI", rb"/Link", rb"/Subtype\s*/Image", rb"/Launch",
                 rb"/JavaScript", rb"/XObject"):
        assert not re.search(name, data), name


def resources(page: PageObject) -> DictionaryObject:
    found = page["/Resources"].get_object()
    assert isinstance(found, DictionaryObject)
    return found


def test_every_font_is_embedded(hostile: tuple[Brief, bytes]) -> None:
    reader = PdfReader(io.BytesIO(hostile[1]))
    names = set()
    for page in reader.pages:
        fonts = resources(page)["/Font"].get_object()
        assert isinstance(fonts, DictionaryObject)
        for ref in fonts.values():
            font = ref.get_object()
            parts = [d.get_object() for d in font.get("/DescendantFonts", [])] or [font]
            for part in parts:  # a font without a descriptor is a non-embedded base font
                descriptor = part["/FontDescriptor"].get_object()
                assert "/FontFile2" in descriptor, part["/BaseFont"]
                names.add(str(part["/BaseFont"]).split("+")[-1])
    assert {"NotoSans-Regular", "NotoSans-Bold", "NotoSansEthiopic-Bold"} <= names
    assert any(name.startswith("NotoSansArabic") for name in names)


def test_footer_on_every_page_with_page_x_of_y() -> None:
    start = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
    events = [Event(EventKind.CALL, start + timedelta(hours=h), data={"centre": "caricole"})
              for h in range(10)]
    long_place = "Lieu très long " * 120
    brief = make_brief(make_case(arrest_place=long_place), events=events)
    reader = PdfReader(io.BytesIO(pdf_bytes(brief)))
    total = len(reader.pages)
    assert total >= 2
    for number, page in enumerate(reader.pages, start=1):
        text = norm(page.extract_text())
        assert f"Page {number} sur {total}" in text
        # the consent as recorded (not asked yet), never an agreement that was not given
        assert norm("GVO : pas encore demandé ; avocat : pas encore demandé") in text
        assert "accord de la personne" not in text


def test_a_typical_case_fits_on_two_pages(hostile: tuple[Brief, bytes]) -> None:
    assert len(PdfReader(io.BytesIO(hostile[1])).pages) <= 2


def test_markup_escapes_before_choosing_fonts() -> None:
    out = markup("<b>x</b> & Жанна ተስፋ")
    assert "<b>" not in out and "&lt;b&gt;x&lt;/b&gt; &amp;" in out
    assert re.findall(r'<font name="(\w+)">', out) == ["LocatorSans", "LocatorEthiopic"]
    runs = font_runs("Zoë محمد ተስፋይ 😀! \U000e0001")
    assert [font for font, _ in runs] == ["LocatorSans", "LocatorArabic", "LocatorEthiopic",
                                          "LocatorEmoji", "LocatorSans"]
    assert runs[-2:] == [("LocatorEmoji", "😀"), ("LocatorSans", "! ")]
    assert font_runs("\U00010000x") == [("LocatorSans", f"{REPLACEMENT}x")]  # no font has it


_PIECES = st.sampled_from(list("<>&;/=\"'#[]() aZé\t\nЖላ") + [
    "<a href='x'>", "<img src=x/>", "</font>", "<br/>", "&amp;", "&#60;", "<b>", "😀",
    "\u202e", "\u200c"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_any_text_becomes_plain_text_fragments(text: str) -> None:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus.paraparser import ParaParser

    source = markup(text)
    _, frags, _ = ParaParser().parse(source, ParagraphStyle("t", fontName="LocatorSans"))
    drawn = "".join(getattr(f, "text", "") for f in frags)
    lines = unicodedata.normalize("NFC", text).splitlines() or [""]
    assert drawn == "".join("".join(run for _, run in font_runs(line)) for line in lines)
    assert not any(getattr(f, "link", None) or getattr(f, "cbDefn", None) for f in frags)
    assert {f.fontName for f in frags} <= {"LocatorSans", "LocatorArabic", "LocatorEthiopic",
                                          "LocatorSymbols", "LocatorSymbols2",
                                          "LocatorEmoji"}


def test_write_pdf_writes_a_private_complete_file(tmp_path: Path,
                                                  hostile: tuple[Brief, bytes]) -> None:
    target = tmp_path / "brief.pdf"
    write_pdf(hostile[0], target)
    data = target.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert os.listdir(tmp_path) == ["brief.pdf"]
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


@pytest.mark.parametrize("error", [RuntimeError, KeyboardInterrupt])
def test_an_interrupted_build_leaves_nothing(tmp_path: Path, hostile: tuple[Brief, bytes],
                                             monkeypatch: pytest.MonkeyPatch,
                                             error: type[BaseException]) -> None:
    def fail(brief: Brief, out: Any) -> None:
        out.write(b"%PDF-1.4\n" + b"x" * 10_000)
        out.flush()
        raise error("stop")

    monkeypatch.setattr(brief_pdf, "_render", fail)
    with pytest.raises(error):
        write_pdf(hostile[0], tmp_path / "brief.pdf")
    assert list(tmp_path.iterdir()) == []


def test_a_layout_error_inside_reportlab_leaves_nothing(tmp_path: Path,
                                                        hostile: tuple[Brief, bytes],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(brief: Brief, width: float) -> Any:
        raise ValueError("layout broke")

    monkeypatch.setattr(brief_pdf, "_key_table", broken)
    with pytest.raises(ValueError):
        write_pdf(hostile[0], tmp_path / "brief.pdf")
    assert list(tmp_path.iterdir()) == []


def test_a_failed_rename_leaves_nothing_and_keeps_an_older_file(
        tmp_path: Path, hostile: tuple[Brief, bytes], monkeypatch: pytest.MonkeyPatch) -> None:
    def no_rename(src: Any, dst: Any) -> None:
        raise OSError("read-only")

    monkeypatch.setattr(os, "replace", no_rename)  # where the rename happens
    with pytest.raises(OSError):
        write_pdf(hostile[0], tmp_path / "brief.pdf")
    assert list(tmp_path.iterdir()) == []
    older = tmp_path / "older.pdf"
    older.write_bytes(b"old complete export")
    with pytest.raises(OSError):
        write_pdf(hostile[0], older)
    assert os.listdir(tmp_path) == ["older.pdf"]
    assert older.read_bytes() == b"old complete export"


def test_a_password_is_needed_to_read(tmp_path: Path, hostile: tuple[Brief, bytes]) -> None:
    target = tmp_path / "brief.pdf"
    write_pdf(hostile[0], target, password="correct horse battery")
    data = target.read_bytes()
    assert "ተስፋይ".encode() not in data
    reader = PdfReader(io.BytesIO(data))
    assert reader.is_encrypted
    encrypt = reader.trailer["/Encrypt"].get_object()
    assert isinstance(encrypt, DictionaryObject) and encrypt["/V"] == NumberObject(5)  # AES-256
    with pytest.raises(FileNotDecryptedError):
        reader.pages[0].extract_text()
    assert not PdfReader(io.BytesIO(data)).decrypt("wrong password")
    assert "ተስፋይ" in pdf_text(data, "correct horse battery")
    assert os.listdir(tmp_path) == ["brief.pdf"]


def test_an_empty_password_is_refused(tmp_path: Path, hostile: tuple[Brief, bytes]) -> None:
    with pytest.raises(ValueError):
        write_pdf(hostile[0], tmp_path / "brief.pdf", password="")
    assert list(tmp_path.iterdir()) == []


def test_importing_the_module_does_not_import_reportlab() -> None:
    code = ("import sys, locator.brief.pdf, locator.brief.text; "
            "sys.exit(any(m.split('.')[0] in ('reportlab', 'pypdf') for m in sys.modules))")
    root = Path(__file__).resolve().parent.parent
    result = subprocess.run([sys.executable, "-c", code], cwd=root, check=False,
                            env={**os.environ, "PYTHONPATH": str(root)})
    assert result.returncode == 0
