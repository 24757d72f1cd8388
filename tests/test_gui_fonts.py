"""The fonts Locator ships are registered with Qt: Ge'ez, Arabic and emoji are drawn in
the window even on a computer without such fonts (as the machines running these tests
often are: DejaVu alone has no Ge'ez and no 👍)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QFontMetrics, QTextLayout
from PySide6.QtWidgets import QApplication, QLabel

from locator.brief import fonts as brief_fonts
from locator.model.paths import FONTS_DIR
from ui.common.fonts import LATIN_FACES, PDF_ONLY_FACES, register_bundled_fonts

pytestmark = pytest.mark.gui

TEXTS = {
    "Ge'ez (Tigrinya)": "ተስፋይ ገብረመድህን ትግርኛ",
    "Arabic": "عبد الرحمن محمد",
    "emoji": "👍",
}


def glyphs(text: str, font: QFont) -> list[tuple[str, int]]:
    """(font family, glyph index) of every glyph ``text`` is drawn with in ``font``, after
    Qt's fallback has picked a font for each character. Glyph 0 is the empty box."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [(run.rawFont().familyName(), index) for run in layout.glyphRuns()
            for index in run.glyphIndexes()]


def test_every_shipped_font_is_registered(qapp: QApplication,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    families = register_bundled_fonts()
    assert families == ("Noto Sans Arabic", "Noto Sans Ethiopic", "Noto Sans Symbols",
                        "Noto Sans Symbols2")
    shipped = {path.name for path in FONTS_DIR.glob("*.ttf")}
    assert len(shipped) == 10 and LATIN_FACES < shipped  # the Latin faces: the PDF's only
    assert PDF_ONLY_FACES < shipped  # Noto Emoji too: the window keeps the colour emoji
    assert vars(brief_fonts)["FONTS_DIR"] == FONTS_DIR  # the window's fonts are the PDF's
    for family, char in (("Noto Sans Ethiopic", "ተ"), ("Noto Sans Arabic", "ع"),
                         ("Noto Sans Symbols2", "👍")):
        font = QFont(family)
        assert QFontInfo(font).family() == family
        assert QFontMetrics(font).inFontUcs4(ord(char)), family
    calls: list[str] = []
    monkeypatch.setattr(QFontDatabase, "addApplicationFont", calls.append)
    assert register_bundled_fonts() == families
    assert calls == []  # once: a second call reads no file again


@pytest.mark.parametrize("script", list(TEXTS))
def test_the_app_font_draws_geez_arabic_and_emoji(qapp: QApplication, script: str) -> None:
    """What a label shows in the window's own font (and in bold): no glyph is a box."""
    label = QLabel(TEXTS[script])
    for bold in (False, True):
        font = QFont(label.font())
        font.setBold(bold)
        drawn = glyphs(TEXTS[script], font)
        assert drawn, script
        assert all(index != 0 for _family, index in drawn), (script, bold, drawn)


def test_latin_text_keeps_the_desktops_font(qapp: QApplication) -> None:
    """Noto Sans is not registered: it would become the window's font where fontconfig
    prefers it for "sans-serif" (Debian 12 does) without having it."""
    font = QLabel().font()
    desktop = QFontInfo(font).family()
    assert desktop not in register_bundled_fonts()
    assert {family for family, _index in glyphs("Sami Tesfaye, Mariam", font)} == {desktop}


def test_a_missing_or_unreadable_font_file_is_no_error(qapp: QApplication,
                                                       tmp_path: Path) -> None:
    (tmp_path / "Broken-Regular.ttf").write_bytes(b"not a font")
    assert register_bundled_fonts(tmp_path) == ()
    assert register_bundled_fonts(tmp_path / "missing") == ()


def test_the_app_registers_them_at_start_up(qapp: QApplication,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    import ui.common.fonts
    from ui.app import make_application

    calls: list[tuple[object, ...]] = []
    monkeypatch.setattr(ui.common.fonts, "register_bundled_fonts", lambda *a: calls.append(a))
    names = qapp.organizationName(), qapp.applicationName(), qapp.quitOnLastWindowClosed()
    try:
        assert make_application([]) is qapp
    finally:
        qapp.setOrganizationName(names[0])
        qapp.setApplicationName(names[1])
        qapp.setQuitOnLastWindowClosed(names[2])
    assert calls == [()]
