"""The PDF's text layer is the truth: what pypdf and poppler's ``pdftotext`` extract from
the brief and the recovery sheet is the stored text, exactly, in the order typed, for
every script the people Locator helps write their names in, and for lines that mix
right-to-left and left-to-right text with numbers. Arabic-script letters are drawn in
their joined forms, as HarfBuzz shapes them (locator.brief.shaping).

Comparisons are exact. Only what poppler itself adds is taken out of its output: the
bidi embedding marks it wraps around every right-to-left section (U+202A, U+202B,
U+202C) and the LEFT-TO-RIGHT MARK (U+200E) that our /ActualText puts after one so that
poppler's reordering ends there (see locator.brief.shaping.poppler_text).

``pdftotext`` comes from Debian's poppler-utils, which ``make test`` installs
(test-sysdeps). A machine without it skips these checks, except in CI (``CI`` set),
where a missing pdftotext is a failure.
"""

from __future__ import annotations

import io
import os
import random
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from locator.brief.fonts import REPLACEMENT, base_font, printed_form
from locator.brief.pdf import pdf_bytes
from locator.brief.recovery import write_recovery_sheet
from locator.brief.shaping import glyph_path, paragraph, poppler_text, stream_segments
from tests.test_brief_pdf import make_brief, make_case

# Names as they are registered, one per script, then lines that mix directions.
NAMES = {
    "arabic": "محمد",
    "arabic_full": "محمد عبد الله",
    "pashto": "احمدزی ښکلی ګل ځدراڼ",
    "pashto_letters": "ښاغلی ګلالۍ ځواک څڼه ډېر ړوند ږغ ټول",
    "persian": "علی‌رضا محمدی",
    "dari": "پرویز نادری",
    "urdu": "محمد عمران خان ڈوگر",
    "urdu_2": "ٹیپو سلطان ژالہ",
    "tigrinya": "ገብረሚካኤል ተስፋይ",
    "amharic": "አበበ ቢቂላ",
    "somali": "Cabdullaahi Maxamed Faarax",
    "cyrillic": "Дмитрий Иванов",
    "latin": "Zoë Jörg Straße Łódź Çağrı Nguyễn",
    "emoji": "Zoë 😀 Łódź 👍🏽 ok",
}
MIXED = {
    "label_and_name": "Name: محمد 123 abc",
    "phone": "الهاتف 0471 23 45 67",
    "sentence": "مرحبا، اسمي أحمد من السودان. الهاتف ١٢٣٤٥٦",
    "name_and_date": "محمد (Mohammed) 12/03/1990",
    "persian_digits": "سن ۲۵ سال، کابل",
    "indic_digits": "عمر ٢٥ سنة",
    "french": "Identité réelle : محمد عبد الله, Soudan",
    "brackets": "(محمد)",
    "dashes": "- محمد -",
    "emoji_in_arabic": "محمد 👍 احمد",
    "markup": "<b>محمد</b> &amp; <img src=x> <a href='y'>ښ</a>",
}
PASHTO_LETTERS = "ښګځڅڼډړږۍټ"
# What poppler adds around right-to-left sections, and our LRM (module docstring).
_POPPLER_MARKS = dict.fromkeys(map(ord, "\u200e\u202a\u202b\u202c"))
_CI = bool(os.environ.get("CI"))


def pdftotext(data: bytes) -> str:
    """poppler's text of ``data`` (reading order, the default mode)."""
    exe = shutil.which("pdftotext")
    if exe is None:
        if _CI:
            pytest.fail("pdftotext is missing: install Debian's poppler-utils (make test-sysdeps)")
        pytest.skip("pdftotext (Debian poppler-utils) is not installed")
    return subprocess.run([exe, "-enc", "UTF-8", "-", "-"], input=data, check=True,
                          capture_output=True, timeout=60).stdout.decode()


def poppler_lines(data: bytes) -> list[str]:
    return [line.translate(_POPPLER_MARKS) for line in pdftotext(data).splitlines()]


def pypdf_lines(data: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(data))
    return [line for page in reader.pages for line in page.extract_text().splitlines()]


def holds(lines: list[str], value: str) -> bool:
    """``value`` is on one extracted line, whole: the line is it, or has it between
    white space (a table row also holds its label)."""
    pattern = re.compile(r"(?:^|\s)" + re.escape(value) + r"(?:\s|$)")
    return any(line.strip() == value or pattern.search(line) for line in lines)


def page_of_lines(lines: list[str], *, filler: int = 30) -> bytes:
    """A4 pages: each of ``lines`` as its own paragraph, drawn as the brief draws, and on
    each page ``filler`` lines of French at the bottom (a brief's page is mostly labels in
    a left-to-right language: poppler reads such a page left to right)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    style = ParagraphStyle("t", fontName=base_font(), fontSize=10, leading=13)
    bottom = 40 + filler * 9  # above the filler

    def finish_page() -> None:
        canvas.setFont(base_font(), 8)
        for number in range(filler):
            canvas.drawString(60, 30 + number * 9, f"Ligne de remplissage numéro {number}")
        canvas.showPage()

    top = A4[1] - 40
    for text in lines:
        flowable = paragraph(text, style)
        _, height = flowable.wrapOn(canvas, 460, 200)
        if top - height < bottom:
            finish_page()
            top = A4[1] - 40
        flowable.drawOn(canvas, 60, top - height)
        top -= height + 9
    finish_page()
    canvas.save()
    return out.getvalue()


@pytest.fixture(scope="module")
def briefs() -> dict[str, tuple[str, bytes]]:
    """A brief per sample, with the sample as the arrest place (item 7, printed as
    typed): the sample as printed and the PDF."""
    out = {}
    for key, value in {**NAMES, **MIXED}.items():
        brief = make_brief(make_case(arrest_place=value))
        place = next(item for item in brief.key_items if item.number == 7).lines[0]
        assert place == value
        out[key] = (printed_form(value), pdf_bytes(brief))
    return out


@pytest.mark.parametrize("key", [*NAMES, *MIXED])
def test_pypdf_extracts_every_field_as_stored(briefs: dict[str, tuple[str, bytes]],
                                              key: str) -> None:
    expected, data = briefs[key]
    assert holds(pypdf_lines(data), expected), (expected, pypdf_lines(data))


@pytest.mark.parametrize("key", [*NAMES, *MIXED])
def test_pdftotext_extracts_every_field_as_stored(briefs: dict[str, tuple[str, bytes]],
                                                  key: str) -> None:
    expected, data = briefs[key]
    lines = poppler_lines(data)
    assert holds(lines, expected), (expected, lines)
    assert REPLACEMENT not in "".join(lines)


def test_registered_names_in_every_script_come_back_exactly() -> None:
    """Item 1, the registered name (bold, larger), from both tools."""
    for key in ("arabic_full", "pashto", "persian", "urdu", "tigrinya", "cyrillic", "latin"):
        last, first = NAMES[key].rsplit(" ", 1)[0], NAMES[key].rsplit(" ", 1)[-1]
        brief = make_brief(make_case(registered_last_name=last, registered_first_name=first))
        expected = printed_form(brief.key_items[0].lines[0])
        data = pdf_bytes(brief)
        assert holds(pypdf_lines(data), expected), key
        assert holds(poppler_lines(data), expected), key


def test_the_text_layer_has_no_presentation_forms_nor_private_codes(
        briefs: dict[str, tuple[str, bytes]]) -> None:
    for key in ("pashto", "sentence", "urdu"):
        _, data = briefs[key]
        text = "".join(pypdf_lines(data)) + pdftotext(data)
        assert not [c for c in text if 0xFB50 <= ord(c) <= 0xFEFF or 0xE000 <= ord(c) <= 0xF8FF]


def _random_line(rng: random.Random) -> str:
    """Words of two characters or more, never two punctuation marks side by side: poppler
    runs single-character words together ("A B" comes out "AB", in any script), not a
    text layer matter."""
    words: list[str] = []
    for _ in range(rng.randint(2, 6)):
        kind = rng.choice(["arabic", "arabic", "latin", "digits", "indic", "persian", "punct"])
        if kind == "arabic":
            words.append("".join(rng.choice("ابتثجحخدذرزسشصضطظعغفقكلمنهوي" + PASHTO_LETTERS)
                                 for _ in range(rng.randint(2, 7))))
        elif kind == "latin":
            words.append("".join(rng.choice("abcdeéfgXYZ") for _ in range(rng.randint(2, 6))))
        elif kind == "digits":
            words.append("".join(rng.choice("0123456789") for _ in range(rng.randint(2, 4))))
        elif kind == "indic":
            words.append("".join(rng.choice("٠١٢٣٤٥٦٧٨٩") for _ in range(rng.randint(2, 4))))
        elif kind == "persian":
            words.append("".join(rng.choice("۰۱۲۳۴۵۶۷۸۹") for _ in range(rng.randint(2, 4))))
        elif not words or len(words[-1]) > 1:
            words.append(rng.choice([".", ",", ":", "-", "/", "(", ")", "،", "؟", "«", "»"]))
    glue = rng.choice([" ", " ", " ", ", ", " - ", "/"])
    line = glue.join(words)
    # pdftotext joins a line that ends with a hyphen to the next one and drops the
    # hyphen (its de-hyphenation, whatever the script): not a text layer matter.
    return line + " x" if line.endswith("-") else line


def test_random_mixed_lines_come_back_exactly_from_both_tools() -> None:
    """Right-to-left words, Latin words, three kinds of digits and punctuation mixed at
    random (a fixed seed): every line comes back as typed."""
    rng = random.Random(15)
    lines = [_random_line(rng) for _ in range(40)]
    lines = [line for line in lines if line.strip()]
    data = page_of_lines(lines)
    from_pypdf = [line.strip() for line in pypdf_lines(data)]
    from_poppler = [line.strip() for line in poppler_lines(data)]
    for line in lines:
        assert line.strip() in from_pypdf, (line, from_pypdf)
        assert line.strip() in from_poppler, (line, from_poppler)


def test_pashto_letters_are_drawn_in_their_joined_forms() -> None:
    """Each Pashto letter after a beh (so it must join on its right) is drawn with the
    glyph the font's own tables give for that position, never its isolated glyph. The
    glyphs are looked up here with HarfBuzz and by glyph name, independently of the
    brief's layout code; the PDF must draw exactly those outlines."""
    import uharfbuzz

    from locator.brief.fonts import register_fonts

    face_name = register_fonts()[False][1].name  # Noto Sans Arabic
    font = uharfbuzz.Font(uharfbuzz.Face(uharfbuzz.Blob.from_file_path(
        str(Path(__file__).parents[1] / "resources" / "fonts" / "NotoSansArabic-Regular.ttf"))))
    words = ["ب" + letter for letter in PASHTO_LETTERS]
    data = page_of_lines([" ".join(words)])
    streams = [page.get_contents() for page in PdfReader(io.BytesIO(data)).pages]
    content = "".join(s.get_data().decode("latin-1") for s in streams if s is not None)
    for word, letter in zip(words, PASHTO_LETTERS, strict=True):
        buf = uharfbuzz.Buffer()
        buf.add_str(word)
        buf.guess_segment_properties()
        uharfbuzz.shape(font, buf, {})
        glyph = next(info.codepoint for info in buf.glyph_infos if info.cluster == 1)
        isolated = font.get_nominal_glyph(ord(letter))
        name = font.glyph_to_string(glyph)
        assert glyph != isolated, (letter, name)  # a joining form exists and was chosen
        assert name.endswith(".fina") or name.startswith("uniFB") or name.startswith("uniFE"), \
            (letter, name)
        assert f"cm {glyph_path(face_name, glyph)} f Q" in content, (letter, name)
        assert f"cm {glyph_path(face_name, isolated)} f Q" not in content, (letter, name)


def test_the_text_layer_orders_for_both_readers() -> None:
    """The two orders the text layer is written in, on the smallest cases."""
    assert stream_segments("abc") == ["abc"]
    assert stream_segments("محمد") == ["دمحم"]
    assert stream_segments("محمد احمد") == ["دمحا دمحم"]
    assert stream_segments("Name: محمد 1") == ["Name: ", "دمحم", " 1"]
    assert stream_segments("(محمد)") == ["(", "دمحم", ")"]
    assert poppler_text("abc") is None
    assert poppler_text("محمد احمد") is None  # names read right without a span
    assert poppler_text("محمد 12") == "دمحم\u200e 12"


def test_emoji_print_and_copy_out_from_both_tools(briefs: dict[str, tuple[str, bytes]]) -> None:
    expected, data = briefs["emoji"]
    assert expected == NAMES["emoji"]
    assert holds(pypdf_lines(data), expected)
    assert holds(poppler_lines(data), expected)


def test_recovery_sheet_vault_path_in_any_script_comes_back(tmp_path: Path) -> None:
    folder = Path("/home") / "أمينة" / "مستندات" / "Документы" / "ሰነዶች" / "ښکلی"
    vault = folder / "vault.db"
    target = tmp_path / "sheet.pdf"
    write_recovery_sheet(target, [("title", "Locator — recovery sheet"),
                                  ("text", f"Vault file: {vault}"), ("line", "Passphrase:")])
    data = target.read_bytes()
    for lines in (pypdf_lines(data), poppler_lines(data)):
        assert holds(lines, f"Vault file: {vault}"), lines
        assert holds(lines, "Locator — recovery sheet"), lines
        assert holds(lines, "Passphrase:"), lines


def test_nfc_and_invisible_characters_as_printed() -> None:
    """Decomposed input prints (and copies out) composed; joiners are not drawn."""
    decomposed = unicodedata.normalize("NFD", "Nguyễn Zoë") + " محمد\u200d"
    data = page_of_lines([decomposed])
    expected = "Nguyễn Zoë محمد"
    assert holds([line.strip() for line in pypdf_lines(data)], expected)
    assert holds([line.strip() for line in poppler_lines(data)], expected)


_PIECES = st.sampled_from(["محمد", "ښکلی", "ګل", "علی", "abc", "Zoë", "Жанна", "ተስፋ", "123", "٤٥",
                           "۲۵", " ", " ", "، ", ". ", "(", ")", ": ", "/", "😀", "\u200c",
                           "\u200f", "\u202b", "\u202c", "\u2067", "\u2069", "<b>", "&amp;"])


@settings(max_examples=60, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=14).map("".join))
def test_any_short_line_comes_back_from_pypdf_as_printed(text: str) -> None:
    """Any mix, bidi controls included (they order the line, then are not drawn): pypdf
    gives back the printed characters in the order typed."""
    expected = " ".join(printed_form(text).split())
    if not expected:
        return
    data = page_of_lines([text], filler=3)
    got = [" ".join(line.split()) for line in pypdf_lines(data)]
    assert expected in got, (text, expected, got)
