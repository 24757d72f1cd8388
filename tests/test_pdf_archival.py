"""Every PDF Locator prints is PDF/A-1b, checked by a real validator: Apache PDFBox
Preflight (Debian's libpdfbox2-java, run with the system's Java), and its metadata
says the truth: the title and language of the brief, the same dates and producer in
the document information and in the XMP, and no PDF/A claim on an encrypted copy.

Preflight comes from Debian packages that ``make test`` installs (test-sysdeps). A
machine without them skips the validator checks, except in CI (``CI`` set), where a
missing validator is a failure.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from locator.brief.archival import finish
from locator.brief.fonts import base_font, register_fonts
from locator.brief.pdf import pdf_bytes, write_pdf
from locator.brief.recovery import write_recovery_sheet
from tests.test_brief_pdf import make_brief, make_case
from tests.test_pdf_text_layer import MIXED, NAMES

JARS = ("preflight", "pdfbox2", "fontbox2", "xmpbox", "commons-logging", "javax.activation",
        "jaxb-api")
JAVA_DIR = Path("/usr/share/java")


def preflight(data: bytes, tmp_path: Path) -> str:
    """Preflight's verdict on ``data``: "" when valid, else its list of errors."""
    missing = [jar for jar in JARS if not (JAVA_DIR / f"{jar}.jar").is_file()]
    java = shutil.which("java")
    if missing or java is None:
        what = f"java and {', '.join(missing)}" if java is None else ", ".join(missing)
        message = (f"PDFBox Preflight is missing ({what}): install Debian's default-jre-headless"
                   " libpdfbox2-java libactivation-java libjaxb-api-java (make test-sysdeps)")
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    target = tmp_path / "checked.pdf"
    target.write_bytes(data)
    classpath = ":".join(str(JAVA_DIR / f"{jar}.jar") for jar in JARS)
    done = subprocess.run([java, "-cp", classpath, "org.apache.pdfbox.preflight.Validator_A1b",
                           str(target)], capture_output=True, text=True, timeout=120,
                          check=False)
    verdict = done.stdout + done.stderr
    if "is a valid PDF/A-1b file" in verdict and done.returncode == 0:
        return ""
    return verdict or f"exit status {done.returncode}"


def catalog(reader: PdfReader) -> Any:
    return reader.trailer["/Root"].get_object()


def xmp_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    stream = catalog(reader)["/Metadata"].get_object()
    assert stream["/Type"] == "/Metadata" and stream["/Subtype"] == "/XML"
    assert "/Filter" not in stream  # PDF/A-1: the metadata stays readable as it is
    return str(stream.get_data().decode("utf-8"))


def test_raw_reportlab_output_is_not_pdf_a(tmp_path: Path) -> None:
    """The validator is not a rubber stamp: reportlab's own file (no output intent, no XMP,
    no end of line before endstream) fails it."""
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    out = io.BytesIO()
    canvas = Canvas(out, initialFontName=base_font())
    canvas.setFont(base_font(), 12)
    canvas.drawString(72, 720, "Locator")
    canvas.showPage()
    canvas.save()
    verdict = preflight(out.getvalue(), tmp_path)
    assert "not a valid PDF/A-1b" in verdict
    assert preflight(finish(out.getvalue(), title="Locator", lang="en"), tmp_path) == ""


@pytest.mark.parametrize("lang", ["en", "fr", "nl"])
def test_brief_is_valid_pdf_a_1b(tmp_path: Path, lang: str) -> None:
    assert preflight(pdf_bytes(make_brief(make_case(), lang=lang)), tmp_path) == ""


def test_brief_with_every_script_is_valid_pdf_a_1b(tmp_path: Path) -> None:
    """Arabic, Pashto, Ge'ez, emoji, mixed directions: the shaped runs and the invisible
    text layer keep the file valid (every font embedded, every glyph drawn)."""
    everything = " · ".join([*NAMES.values(), *MIXED.values()])
    data = pdf_bytes(make_brief(make_case(arrest_place=everything, real_name=everything)))
    assert preflight(data, tmp_path) == ""


def test_recovery_sheet_is_valid_pdf_a_1b(tmp_path: Path) -> None:
    target = tmp_path / "sheet.pdf"
    write_recovery_sheet(target, [("title", "Locator — feuille de secours"),
                                  ("text", "Coffre : /home/أمينة/ሰነዶች/vault.db"),
                                  ("line", "Phrase de passe :")], lang="fr")
    data = target.read_bytes()
    assert preflight(data, tmp_path) == ""
    xmp = xmp_text(data)
    assert "<rdf:li>fr</rdf:li>" in xmp and "Locator — feuille de secours" in xmp


def test_metadata_says_title_language_and_the_same_dates(tmp_path: Path) -> None:
    brief = make_brief(make_case(), lang="nl")
    data = pdf_bytes(brief)
    reader = PdfReader(io.BytesIO(data))
    info = reader.metadata
    assert info is not None
    assert str(info["/Title"]) == brief.title
    assert catalog(reader)["/Lang"] == "nl"
    xmp = xmp_text(data)
    assert f'<rdf:li xml:lang="x-default">{brief.title}</rdf:li>' in xmp
    assert "<rdf:li>nl</rdf:li>" in xmp
    assert "<pdfaid:part>1</pdfaid:part>" in xmp and "<pdfaid:conformance>B" in xmp
    stamp = re.fullmatch(r"D:(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)\+00'00'",
                         str(info["/CreationDate"]))
    assert stamp is not None and info["/ModDate"] == info["/CreationDate"]
    when = "{}-{}-{}T{}:{}:{}+00:00".format(*stamp.groups())
    assert f"<xmp:CreateDate>{when}</xmp:CreateDate>" in xmp
    assert f"<xmp:ModifyDate>{when}</xmp:ModifyDate>" in xmp
    assert f"<pdf:Producer>{info['/Producer']}</pdf:Producer>" in xmp
    # nothing about the person in the metadata: the title is the sheet's, not a name
    assert "ተስፋይ" not in xmp and "ተስፋይ" not in str(dict(info))


def test_title_with_markup_characters_is_escaped_in_the_xmp() -> None:
    data = finish(pdf_bytes(make_brief(make_case())), title='A <b> & "c"', lang="en")
    assert "A &lt;b&gt; &amp; \"c\"" in xmp_text(data)


def test_encrypted_copy_makes_no_pdf_a_claim(tmp_path: Path) -> None:
    """PDF/A forbids encryption: an encrypted brief keeps its metadata, claims nothing."""
    target = tmp_path / "brief.pdf"
    write_pdf(make_brief(make_case()), target, password="correct horse battery")
    reader = PdfReader(str(target))
    assert reader.is_encrypted
    reader.decrypt("correct horse battery")
    xmp = catalog(reader)["/Metadata"].get_object().get_data().decode("utf-8")
    assert "pdfaid" not in xmp
    assert "<dc:title>" in xmp
