"""The recovery sheet PDF (locator.brief.recovery), read back with pypdf and poppler's
pdftotext: the vault path comes back exactly as written, in any script (the text layer:
tests/test_pdf_text_layer.py)."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from locator.brief.recovery import write_recovery_sheet
from tests.test_pdf_text_layer import holds, poppler_lines, pypdf_lines

ARABIC, CYRILLIC, GEEZ = "مستندات", "Документы", "ሰነዶች"
FOLDER = Path("/home/amina") / ARABIC / CYRILLIC / GEEZ


def lines(vault: Path) -> list[tuple[str, str]]:
    return [("title", "Locator — recovery sheet"), ("text", f"Vault file: {vault}"),
            ("text", f"Backups: {GEEZ} {CYRILLIC}"), ("line", "Passphrase:"), ("line", "")]


def norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def font_names(path: Path) -> set[str]:
    names = set()
    for page in PdfReader(path).pages:
        resources: Any = page["/Resources"].get_object()
        for ref in resources["/Font"].get_object().values():
            font = ref.get_object()
            for part in [d.get_object() for d in font.get("/DescendantFonts", [])] or [font]:
                assert "/FontFile2" in part["/FontDescriptor"].get_object(), part["/BaseFont"]
                names.add(str(part["/BaseFont"]).split("+")[-1])
    return names


@pytest.fixture(scope="module")
def sheet(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("sheet") / "recovery.pdf"
    assert write_recovery_sheet(target, lines(FOLDER / "vault.db")) == target
    return target


def test_a_vault_path_in_any_script_comes_back(sheet: Path) -> None:
    reader = PdfReader(sheet)
    text = norm("\n".join(page.extract_text() for page in reader.pages))
    for word in (ARABIC, CYRILLIC, GEEZ, "vault.db", "Passphrase:", "recovery sheet"):
        assert norm(word) in text
    data = sheet.read_bytes()
    for extracted in (pypdf_lines(data), poppler_lines(data)):  # whole, in the order written
        assert holds(extracted, f"Vault file: {FOLDER / 'vault.db'}"), extracted
        assert holds(extracted, f"Backups: {GEEZ} {CYRILLIC}"), extracted
    # letters as written, never presentation forms or private-use codes
    assert not [c for c in text if 0xFB50 <= ord(c) <= 0xFEFF or 0xE000 <= ord(c) <= 0xF8FF]
    assert reader.metadata is not None and reader.metadata.title == "Locator — recovery sheet"


def test_the_brief_fonts_are_embedded_not_helvetica(sheet: Path) -> None:
    names = font_names(sheet)
    assert {"NotoSans-Regular", "NotoSans-Bold", "NotoSansEthiopic-Regular"} <= names
    assert any(name.startswith("NotoSansArabic") for name in names)
    assert not any("Helvetica" in name for name in names)


def test_the_sheet_is_a_private_complete_file(sheet: Path) -> None:
    data = sheet.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert os.listdir(sheet.parent) == ["recovery.pdf"]
    if os.name == "posix":
        assert stat.S_IMODE(sheet.stat().st_mode) == 0o600


def test_an_unknown_style_writes_nothing(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="heading"):
        write_recovery_sheet(tmp_path / "sheet.pdf", [("heading", "Locator")])
    assert os.listdir(tmp_path) == []


@pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
                    reason="poppler-utils (pdftotext, pdffonts) not installed")
def test_poppler_reads_every_script_with_embedded_fonts(sheet: Path) -> None:
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(sheet), "-"], check=True,
                          capture_output=True, text=True, timeout=60).stdout
    for word in (ARABIC, CYRILLIC, GEEZ):
        assert norm(word) in norm(text)
    fonts = subprocess.run(["pdffonts", str(sheet)], check=True, capture_output=True,
                           text=True, timeout=60).stdout.splitlines()[2:]
    assert fonts and all(" yes " in row for row in fonts)  # embedded (the "emb" column)
    assert any("NotoSansArabic" in row for row in fonts)
    assert any("NotoSansEthiopic" in row for row in fonts)
