"""Fonts and scripts for the brief's PDF: safe reportlab markup from any user text.

Shipped fonts (``resources/fonts``, SIL OFL 1.1, see ``OFL.txt`` there): Noto Sans
(Latin with accents, Greek, Cyrillic), Noto Sans Arabic (Arabic, Persian/Dari,
Pashto, Urdu) and Noto Sans Ethiopic (Tigrinya, Amharic), each regular and bold,
then Noto Sans Symbols and Symbols 2 (arrows, ticks, stars, phones …) and Noto Emoji.
Each character gets the first font that has its glyph (:func:`char_faces`,
:func:`font_runs`).

Text with right-to-left or Arabic-script letters is laid out, shaped by HarfBuzz and
given its text layer by :mod:`locator.brief.shaping`; :func:`markup` is for the rest
(Latin, Greek, Cyrillic, Ge'ez, symbols, emoji), which reportlab's Paragraph draws
from the fonts' own characters, unshaped and in the order typed.

Emoji print from Noto Emoji (monochrome), beyond the Basic Multilingual Plane
too: the ToUnicode map is written here (:func:`_to_unicode_cmap`) because
reportlab 5.1's cannot name those characters (nor characters a font has no glyph
for, which the invisible text layer of :mod:`locator.brief.shaping` uses). A
character no shipped font has prints as U+FFFD "�", so it never vanishes silently;
invisible format characters (zero-width joiners and non-joiners once shaping is
done, variation selectors, bidi controls once the line is reordered) are not drawn.
The stored data is never changed: this is display only. reportlab is imported lazily.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from locator.model.paths import FONTS_DIR

REPLACEMENT = "\ufffd"
TEXT_LAYER = "LocatorTextLayer"
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
            # shapable=False: reportlab's Paragraph draws the fonts' characters as they are;
            # HarfBuzz shaping is done by locator.brief.shaping, through the same face.
            font = font_class(full, str(FONTS_DIR / f"{heavy if bold else regular}.ttf"),
                              shapable=False)
            pdfmetrics.registerFont(font)
            found.append(Face(full, font.face.charToGlyph))
        faces[bold] = tuple(found)
    return faces


def base_font(*, bold: bool = False) -> str:
    """The Latin font's registered name (page furniture and default style)."""
    return register_fonts()[bold][0].name


@functools.cache
def _text_layer() -> Any:
    from reportlab.pdfbase import pdfmetrics

    font = _font_class()(TEXT_LAYER, str(FONTS_DIR / "NotoSansArabic-Regular.ttf"),
                         shapable=False)
    font.face.name = b"NotoSansArabic-TextLayer"  # not the name of LocatorArabic's subsets
    _give_codes(font, map(chr, range(0x20, 0x7F)))  # before reportlab fixes ASCII's codes
    pdfmetrics.registerFont(font)
    return font


def _give_codes(font: Any, chars: Iterable[str]) -> None:
    cmap, widths = font.face.charToGlyph, font.face.charWidths
    for char in chars:
        if ord(char) not in cmap:
            cmap[ord(char)] = 0  # the empty glyph: this text is never painted
            widths[ord(char)] = 500


def text_layer_font(text: str) -> str:
    """The font of the invisible text layer of shaped lines (:mod:`locator.brief.shaping`),
    ready to write ``text``: Noto Sans Arabic, registered once more under its own name so
    that every other character (Latin, digits, emoji in a right-to-left line) gets a code
    of its own too, drawn with the empty glyph and named by the ToUnicode map. reportlab
    would give all characters a font has no glyph for one code, 0, which no reader can
    tell apart."""
    font = _text_layer()
    _give_codes(font, text)
    return str(font.fontName)


def char_faces(text: str, *, bold: bool = False) -> list[tuple[str | None, str]]:
    """For each character of ``text``: (the registered font that prints it, the
    character printed), or (None, char) for a character that is not drawn.

    Spaces, digits and punctuation stay in the current font when it has them, so a
    name in Arabic keeps its spaces in the Arabic font. A character no font has
    becomes U+FFFD, other white space a space.
    """
    faces = register_fonts()[bold]
    out: list[tuple[str | None, str]] = []
    current: Face | None = None
    for char in text:
        if char in _DROP:
            out.append((None, char))
            continue
        if char in "\t\v\f\r\x1c\x1d\x1e\x1f\x85":  # white space that is not a space
            char = " "
        code = ord(char)
        neutral = not unicodedata.category(char).startswith("L")
        if current is not None and neutral and code in current.cmap:
            out.append((current.name, char))
            continue
        # Pictographs (U+1F000 on) come from Noto Emoji first, so an emoji and its
        # skin-tone modifier are drawn from one font.
        emoji = faces[-1]
        face = (emoji if code >= 0x1F000 and code in emoji.cmap
                else next((f for f in faces if code in f.cmap), None))
        if face is None:
            if unicodedata.category(char) in _INVISIBLE or code in _SKIN_TONES:
                out.append((None, char))
                continue
            face, char = faces[0], REPLACEMENT
        current = face
        out.append((face.name, char))
    return out


def font_runs(text: str, *, bold: bool = False) -> list[tuple[str, str]]:
    """Split ``text`` into ``(font name, text)`` runs, one font per script
    (:func:`char_faces`, characters not drawn left out)."""
    runs: list[tuple[str, str]] = []
    for face, char in char_faces(text, bold=bold):
        if face is None:
            continue
        if runs and runs[-1][0] == face:
            runs[-1] = (face, runs[-1][1] + char)
        else:
            runs.append((face, char))
    return runs


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """The width of unshaped ``text`` (see :func:`locator.brief.shaping.line_width`)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(sum(stringWidth(run, font, size) for font, run in font_runs(text, bold=bold)))


def markup(text: str, *, bold: bool = False) -> str:
    """reportlab Paragraph markup that prints ``text`` literally, never as markup.

    Every run is escaped with :func:`xml.sax.saxutils.escape` *before* it is
    wrapped in a ``<font>`` tag naming one of our registered fonts; nothing
    from ``text`` can open a tag, so no link, image or font change can come
    from user data. Line breaks become ``<br/>``; reportlab wraps the lines.
    """
    return "<br/>".join(
        "".join(f'<font name="{font}">{escape(run)}</font>'
                for font, run in font_runs(line, bold=bold))
        for line in unicodedata.normalize("NFC", text).splitlines() or [""]
    )


def printed_form(text: str) -> str:
    """What the PDF shows for ``text``, in logical order (for tests and previews).

    NFC, characters without a glyph replaced or dropped as :func:`font_runs` does.
    """
    lines = unicodedata.normalize("NFC", text).splitlines()
    return "\n".join("".join(run for _, run in font_runs(line)) for line in lines)
