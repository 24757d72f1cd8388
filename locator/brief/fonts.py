"""Fonts and scripts for the brief's PDF: safe reportlab markup from any user text.

Shipped fonts (``resources/fonts``, SIL OFL 1.1, see ``OFL.txt`` there): Noto Sans
(Latin with accents, Greek, Cyrillic), Noto Sans Arabic (Arabic, Persian/Dari,
Pashto, Urdu) and Noto Sans Ethiopic (Tigrinya, Amharic), each regular and bold,
then Noto Sans Symbols and Symbols 2 (arrows, ticks, stars, phones …) and Noto Emoji.
Each run of text gets the first font that has its glyphs (:func:`font_runs`).

Right-to-left text is shaped with ``arabic_reshaper`` (letters become their
joined presentation forms) and put in display order with ``python-bidi``. The
two only know single lines, so :func:`visual_lines` wraps right-to-left text
itself, in logical order, before reordering each line.

Emoji print from Noto Emoji (monochrome), beyond the Basic Multilingual Plane
too: the ToUnicode map is written here (:func:`_to_unicode_cmap`) because
reportlab 5.1's cannot name those characters. A character no shipped font has
prints as U+FFFD "�", so it never vanishes silently; invisible format characters
(zero-width joiners and non-joiners once shaping is done, variation selectors, bidi
controls once the line is reordered) are not drawn. The stored data is never changed:
this is display only. reportlab is imported lazily.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from locator.model.paths import FONTS_DIR

REPLACEMENT = "\ufffd"
# (name registered with reportlab, regular file, bold file) in the order fonts are tried.
_FACES: tuple[tuple[str, str, str], ...] = (
    ("LocatorSans", "NotoSans-Regular", "NotoSans-Bold"),
    ("LocatorArabic", "NotoSansArabic-Regular", "NotoSansArabic-Bold"),
    ("LocatorEthiopic", "NotoSansEthiopic-Regular", "NotoSansEthiopic-Bold"),
    ("LocatorSymbols", "NotoSansSymbols-Regular", "NotoSansSymbols-Bold"),
    ("LocatorSymbols2", "NotoSansSymbols2-Regular", "NotoSansSymbols2-Regular"),
    ("LocatorEmoji", "NotoEmoji-Regular", "NotoEmoji-Regular"),
)
# Explicit bidi controls: applied by python-bidi, then left out of the drawn text.
_BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                           "\u2066\u2067\u2068\u2069")
# Never drawn: joiners have done their work once the text is shaped (the fonts would
# draw them as visible marks), and the other characters here have no width anyway.
_DROP = _BIDI_CONTROLS | frozenset("\u200b\u200c\u200d\u2060\ufeff")
_INVISIBLE = frozenset({"Cf", "Mn", "Me", "Cc", "Cs", "Co", "Cn"})
_SKIN_TONES = range(0x1F3FB, 0x1F400)


@dataclass(frozen=True)
class Face:
    name: str
    cmap: Mapping[int, int]


def _to_unicode_cmap(name: str, subset: list[int]) -> str:
    """A ToUnicode CMap whose targets are UTF-16BE, surrogate pairs beyond the BMP.

    reportlab 5.1 writes ``<%04X>`` (``<1F44D>`` for an emoji), which no reader maps back.
    """
    def utf16(code: int) -> str:
        return chr(code).encode("utf-16-be", "surrogatepass").hex().upper()

    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        f"/CIDSystemInfo << /Registry ({name}) /Ordering ({name}) /Supplement 0 >> def",
        f"/CMapName /{name} def", "/CMapType 2 def", "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>", "endcodespacerange", f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{utf16(code)}>" for i, code in enumerate(subset)),
        "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"])


@functools.cache
def _font_class() -> type[Any]:
    from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

    class _TTFont(TTFont):  # type: ignore[misc]  # reportlab ships no type hints
        """reportlab's TTFont with a ToUnicode map that also covers characters beyond
        the BMP (emoji), so they print from a font and copy out as typed."""

        def addObjects(self, doc: Any) -> None:  # reportlab's method name
            state = self.state.get(doc)
            subsets = [list(s) for s in state.subsets] if state is not None else []
            super().addObjects(doc)
            for n, subset in enumerate(subsets):
                base = b"".join((SUBSETN(n), b"+", self.face.name,
                                 self.face.subfontNameX)).decode("pdfdoc")
                stream = doc.idToObject.get("toUnicodeCMap:" + base)
                if stream is not None:
                    stream.content = _to_unicode_cmap(base, subset)

    return _TTFont


@functools.cache
def register_fonts() -> Mapping[bool, tuple[Face, ...]]:
    """Register the shipped fonts with reportlab (once); faces by bold flag."""
    from reportlab.pdfbase import pdfmetrics

    font_class = _font_class()
    faces: dict[bool, tuple[Face, ...]] = {}
    for bold in (False, True):
        found = []
        for name, regular, heavy in _FACES:
            full = f"{name}-Bold" if bold else name
            font = font_class(full, str(FONTS_DIR / f"{heavy if bold else regular}.ttf"))
            pdfmetrics.registerFont(font)
            found.append(Face(full, font.face.charToGlyph))
        faces[bold] = tuple(found)
    return faces


def base_font(*, bold: bool = False) -> str:
    """The Latin font's registered name (page furniture and default style)."""
    return register_fonts()[bold][0].name


def font_runs(text: str, *, bold: bool = False) -> list[tuple[str, str]]:
    """Split ``text`` into ``(font name, text)`` runs, one font per script.

    Spaces, digits and punctuation stay in the current run when its font has
    them, so a name in Arabic keeps its spaces in the Arabic font.
    """
    faces = register_fonts()[bold]
    runs: list[tuple[str, str]] = []
    current: Face | None = None
    chunk: list[str] = []
    for char in text:
        if char in _DROP:
            continue
        if char in "\t\v\f\r\x1c\x1d\x1e\x1f\x85":  # white space that is not a space
            char = " "
        code = ord(char)
        neutral = not unicodedata.category(char).startswith("L")
        if current is not None and neutral and code in current.cmap:
            chunk.append(char)
            continue
        # Pictographs (U+1F000 on) come from Noto Emoji first, so an emoji and its
        # skin-tone modifier are drawn from one font.
        emoji = faces[-1]
        face = (emoji if code >= 0x1F000 and code in emoji.cmap
                else next((f for f in faces if code in f.cmap), None))
        if face is None:
            if unicodedata.category(char) in _INVISIBLE or code in _SKIN_TONES:
                continue
            face, char = faces[0], REPLACEMENT
        if face is not current:
            if chunk and current is not None:
                runs.append((current.name, "".join(chunk)))
            current, chunk = face, []
        chunk.append(char)
    if chunk and current is not None:
        runs.append((current.name, "".join(chunk)))
    return runs


def needs_bidi(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL") or c in _BIDI_CONTROLS for c in text)


def visual(line: str) -> str:
    """One line in display order: Arabic letters joined, right-to-left runs reversed."""
    if not needs_bidi(line):
        return line
    import arabic_reshaper
    from bidi import get_display

    return str(get_display(arabic_reshaper.reshape(line)))


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(sum(stringWidth(run, font, size) for font, run in font_runs(text, bold=bold)))


def visual_lines(text: str, width: float, size: float, *, bold: bool = False) -> list[str]:
    """Lines ready to draw. Right-to-left lines are wrapped here to ``width`` points.

    Left-to-right lines are returned as they are (reportlab wraps them).
    """
    out: list[str] = []
    for line in unicodedata.normalize("NFC", text).splitlines() or [""]:
        if not needs_bidi(line):
            out.append(line)
            continue
        import arabic_reshaper

        space = text_width(" ", size, bold=bold)
        current: list[str] = []
        used = 0.0
        for word in line.split(" "):
            # Joining never crosses a space, so a word's shaped width is its own.
            measure = text_width(arabic_reshaper.reshape(word), size, bold=bold)
            if current and used + space + measure > width:
                out.append(visual(" ".join(current)))
                current, used = [], 0.0
            used += (space if current else 0.0) + measure
            current.append(word)
        out.append(visual(" ".join(current)))
    return out


def markup(text: str, *, width: float, size: float, bold: bool = False) -> str:
    """reportlab Paragraph markup that prints ``text`` literally, never as markup.

    Every run is escaped with :func:`xml.sax.saxutils.escape` *before* it is
    wrapped in a ``<font>`` tag naming one of our registered fonts; nothing
    from ``text`` can open a tag, so no link, image or font change can come
    from user data.
    """
    lines = visual_lines(text, width * 0.98, size, bold=bold)
    return "<br/>".join(
        "".join(f'<font name="{font}">{escape(run)}</font>'
                for font, run in font_runs(line, bold=bold))
        for line in lines
    )


def printed_form(text: str) -> str:
    """What the PDF shows for ``text``, in logical order (for tests and previews).

    NFC, characters without a glyph replaced or dropped as :func:`font_runs` does.
    """
    lines = unicodedata.normalize("NFC", text).splitlines()
    return "\n".join("".join(run for _, run in font_runs(line)) for line in lines)
