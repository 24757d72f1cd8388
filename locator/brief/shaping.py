"""Right-to-left and joined scripts in the PDF: drawn as HarfBuzz shapes them, copied out
as they were typed.

A line that holds Arabic-script letters (Arabic, Persian/Dari, Pashto, Urdu) or any other
right-to-left text is laid out here, not by reportlab's Paragraph:

1. **Order**: the Unicode bidi algorithm (python-bidi) gives every character its
   embedding level; the line is cut into runs of one font and one level and the runs are
   put in display order (rule L2).
2. **Shapes**: each run is shaped by HarfBuzz (``uharfbuzz``, through the HarfBuzz face
   reportlab keeps for each TrueType font) in its own direction, so every letter takes
   its joining form (Pashto ښ ګ ځ څ ڼ ډ ړ ږ ۍ ټ included), marks sit on their letters,
   ligatures and mirrored brackets are the font's.
3. **Ink**: the glyphs HarfBuzz chose are drawn as the font's own outlines (filled paths
   in font units, scaled), so no reader can mistake a joined form for a character.
4. **Text layer**: the line's characters, as stored, are written once more as invisible
   text (render mode 3) over the ink, in the font whose glyphs are the stored letters,
   with a ToUnicode map from every code to its character (:mod:`locator.brief.fonts`).
   PDF readers rebuild the reading order from the order of that text, and two common
   ones do it differently, so the layer is written for both:

   * pypdf reads the content in stream order and reverses every run of right-to-left
     letters (with the neutral characters inside it); :func:`stream_segments` writes
     such runs reversed, in segments that a font selection (``Tf``) separates, so the
     extraction is the stored text exactly;
   * poppler (``pdftotext``, Evince, Okular) sorts characters by position and reverses
     what it takes for right-to-left sections, where spaces and digits next to Arabic
     letters end up on the wrong side. A line whose order it cannot rebuild gets a
     marked-content span whose ``/ActualText`` (:func:`poppler_text`) is built so that
     poppler's reordering gives the stored text back, with a LEFT-TO-RIGHT MARK after
     each right-to-left section (poppler adds its own embedding marks around such
     sections anyway). A line of right-to-left words and single spaces, a name, needs
     no span.

The stored data is never changed: this is display only. reportlab and uharfbuzz are
imported lazily.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from locator.brief.fonts import char_faces, markup, register_fonts, text_layer_font

LRM = "\u200e"
# pypdf 4-7's classes (pypdf/_utils.py): these "neutral" ranges keep the direction they
# are in, these ranges are right-to-left, anything else is left-to-right.
_PYPDF_NEUTRAL = ((0x00, 0x2F), (0x3A, 0x40), (0x660, 0x66D), (0x6F0, 0x6F9),
                  (0x2000, 0x206F), (0x20A0, 0x21FF))
_PYPDF_RTL = ((0x590, 0x8FF), (0xFB1D, 0xFDFF), (0xFE70, 0xFEFF))
_RTL_CLASSES = frozenset({"R", "AL"})
# LRI, RLI, FSI, PDI -> LRE, RLE, LRE, PDF (see _levels)
_ISOLATES = str.maketrans("\u2066\u2067\u2068\u2069", "\u202a\u202b\u202a\u202c")


def _in(code: int, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(low <= code <= high for low, high in ranges)


def _pypdf_class(char: str) -> str:
    """'N' neutral, 'R' right-to-left, 'L' left-to-right, as pypdf sorts them."""
    code = ord(char)
    if _in(code, _PYPDF_NEUTRAL):
        return "N"
    return "R" if _in(code, _PYPDF_RTL) else "L"


def _is_rtl(char: str) -> bool:
    """A right-to-left character for the bidi algorithm and for poppler; a combining mark
    goes with the letter it is on (see :func:`_rtl_runs`)."""
    return unicodedata.bidirectional(char) in _RTL_CLASSES


def needs_shaping(text: str) -> bool:
    """True if ``text`` must be laid out here and not by reportlab's Paragraph: it has a
    right-to-left character, a letter of the Arabic script (which joins) or an emoji, or
    it starts with neutral characters (pypdf would read those in the direction the text
    before left it in; :func:`stream_segments` writes them so that it cannot)."""
    first_strong = next((c for c in text if _pypdf_class(c) != "N"), "")
    if first_strong and not text.startswith(first_strong):
        return True
    return any(unicodedata.bidirectional(c) in ("R", "AL", "AN")
               or 0x0600 <= ord(c) <= 0x08FF or 0xFB50 <= ord(c) <= 0xFEFF
               or ord(c) >= 0x1F000  # emoji: Noto Emoji's lines confuse poppler's layout
               or c in "\u061c\u200f\u202b\u202e\u2067" for c in text)


# -- the text layer --------------------------------------------------------------------


def stream_segments(line: str) -> list[str]:
    """The line's characters in the order to write them, in segments (each is flushed by
    its own ``Tf``) so that pypdf's extraction gives ``line`` back exactly.

    pypdf keeps a direction while it reads: a right-to-left letter starts a run that is
    reversed at its end, a left-to-right character one kept in order, and neutral
    characters (space, punctuation, Arabic-Indic digits) join the run they are in; a
    ``Tf`` ends the current run. So a right-to-left run is written reversed; neutral
    characters before a left-to-right character are written reversed after a
    right-to-left run, in order after a left-to-right one, and one per segment at the
    start of a line, where the direction left by the text before is not known.
    """
    segments: list[str] = []
    classes = [_pypdf_class(c) for c in line]
    state: str | None = None  # the direction pypdf is in; None: not known
    i, n = 0, len(line)
    while i < n:
        if classes[i] == "R":
            # up to the last right-to-left character before the next left-to-right one
            j, last = i, i
            while j < n and classes[j] != "L":
                if classes[j] == "R":
                    last = j
                j += 1
            segments.append(line[i:last + 1][::-1])
            state, i = "R", last + 1
            continue
        j = i
        while j < n and classes[j] == "N":
            j += 1
        lead = line[i:j]
        k = j
        while k < n and classes[k] != "R":
            k += 1
        # neutral characters after the last left-to-right one stay with it, unless a
        # right-to-left letter follows (then they are inside the next run's search)
        rest = line[j:k]
        if j < n and classes[j] == "L":
            # trailing neutrals before a right-to-left letter are kept in this segment
            if state == "R":
                segments.append(lead[::-1] + rest)
            elif state == "L":
                segments.append(lead + rest)
            else:
                segments.extend(lead)
                segments.append(rest)
            state = "L"
        else:  # only neutral characters, up to a right-to-left letter or the end
            if state == "R":
                segments.append(lead[::-1])
            elif state == "L":
                segments.append(lead)
            else:
                segments.extend(lead)
        i = k
    return [s for s in segments if s]


def _rtl_runs(line: str) -> list[tuple[bool, str]]:
    """``line`` cut into (right-to-left, text) runs; a combining mark joins its letter."""
    runs: list[tuple[bool, str]] = []
    for char in line:
        rtl = _is_rtl(char)
        if unicodedata.category(char) in ("Mn", "Me") and runs:
            rtl = runs[-1][0]
        if runs and runs[-1][0] == rtl:
            runs[-1] = (rtl, runs[-1][1] + char)
        else:
            runs.append((rtl, char))
    return runs


def poppler_text(line: str) -> str | None:
    """The ``/ActualText`` that poppler turns back into ``line``, or None where the text
    layer alone already reads right there: no right-to-left letter and written in the
    order typed (:func:`stream_segments` changed nothing), or right-to-left words
    between single spaces (a name: written reversed, which poppler reverses back).

    poppler (on a left-to-right page) reverses each section that starts at a
    right-to-left letter and runs to the next letter or digit of the other direction;
    so each right-to-left run is given reversed and followed by a LEFT-TO-RIGHT MARK
    when more text follows, which ends the section exactly there.
    """
    runs = _rtl_runs(line)
    if not any(rtl for rtl, _ in runs):  # pypdf's classes differ (Arabic comma, digits)
        return None if "".join(stream_segments(line)) == line else line
    if all(rtl or text == " " for rtl, text in runs) and runs[0][0] and runs[-1][0]:
        return None
    out: list[str] = []
    for index, (rtl, text) in enumerate(runs):
        if rtl:
            out.append(text[::-1])
            if index + 1 < len(runs):
                out.append(LRM)
        else:
            out.append(text)
    return "".join(out)


# -- order and shapes ------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    """Glyphs of one font in display order; advances and offsets in font units."""

    face: str
    glyphs: tuple[tuple[int, int, int, int], ...]  # (glyph id, x advance, x offset, y offset)
    upem: int

    def width(self, size: float) -> float:
        return sum(g[1] for g in self.glyphs) * size / self.upem


@dataclass(frozen=True)
class ShapedLine:
    """One line: its text (as printed, logical order) and its runs in display order."""

    text: str
    runs: tuple[Run, ...]

    def width(self, size: float) -> float:
        return sum(run.width(size) for run in self.runs)


def _levels(line: str) -> list[tuple[int, int]]:
    """(index in ``line``, embedding level) in display order (rules P2-L2, python-bidi's
    pure-Python implementation, whose steps expose the levels; the indices survive rule
    X9, which drops the explicit controls)."""
    from bidi import algorithm

    # That implementation predates the isolates (Unicode 6.3): they act as embeddings here.
    line = line.translate(_ISOLATES)
    storage = algorithm.get_empty_storage()
    base = algorithm.get_base_level(line)
    storage["base_level"], storage["base_dir"] = base, ("L", "R")[base]
    algorithm.get_embedding_levels(line, storage)
    for index, char in enumerate(storage["chars"]):
        char["index"] = index
    algorithm.explicit_embed_and_overrides(storage, False)
    algorithm.resolve_weak_types(storage, False)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    algorithm.reorder_resolved_levels(storage, False)
    return [(char["index"], char["level"]) for char in storage["chars"]]


@functools.cache
def _hb_font(face: str) -> Any:
    import uharfbuzz
    from reportlab.pdfbase.pdfmetrics import getFont

    return uharfbuzz.Font(getFont(face).hbFace)  # reportlab keeps the HarfBuzz face


@functools.lru_cache(maxsize=4096)
def _shape(face: str, text: str, rtl: bool) -> Run:
    import uharfbuzz

    font = _hb_font(face)
    buf = uharfbuzz.Buffer()
    buf.add_str(text)
    buf.direction = "rtl" if rtl else "ltr"
    buf.guess_segment_properties()
    uharfbuzz.shape(font, buf, {})
    glyphs = tuple((info.codepoint, pos.x_advance, pos.x_offset, pos.y_offset)
                   for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True))
    return Run(face, glyphs, font.face.upem)


@functools.lru_cache(maxsize=2048)
def shape_line(line: str, bold: bool = False) -> ShapedLine:
    """``line`` (one line, NFC) in display order, each run shaped by HarfBuzz."""
    faces = char_faces(line, bold=bold)
    printed = "".join(char for face, char in faces if face is not None)
    runs: list[Run] = []
    current: tuple[str, bool] | None = None
    chunk: list[tuple[int, str]] = []

    def flush() -> None:
        if chunk and current is not None:
            face, rtl = current
            ordered = sorted(chunk) if rtl else chunk
            text = "".join(char for _, char in ordered)
            runs.append(_shape(face, text, rtl))

    previous = -2
    for index, level in _levels(line):
        face, char = faces[index]
        if face is None:
            continue
        rtl = level % 2 == 1
        step = -1 if rtl else 1
        if current != (face, rtl) or index != previous + step:
            flush()
            current, chunk = (face, rtl), []
        chunk.append((index, char))
        previous = index
    flush()
    return ShapedLine(printed, tuple(runs))


def line_width(line: str, size: float, *, bold: bool = False) -> float:
    return shape_line(line, bold).width(size)


def wrap(text: str, width: float, size: float, *, bold: bool = False) -> list[str]:
    """``text`` in lines of at most ``width`` points (a longer word gets a line of its
    own); line breaks in the text are kept. Joining never crosses a space, so words are
    measured one by one."""
    out: list[str] = []
    space = line_width(" ", size, bold=bold)
    for paragraph in unicodedata.normalize("NFC", text).splitlines() or [""]:
        current: list[str] = []
        used = 0.0
        for word in paragraph.split(" "):
            measure = line_width(word, size, bold=bold)
            if current and used + space + measure > width:
                out.append(" ".join(current))
                current, used = [], 0.0
            used += (space if current else 0.0) + measure
            current.append(word)
        out.append(" ".join(current))
    return out


# -- drawing ---------------------------------------------------------------------------


class _Pen:
    """Collects a glyph outline as PDF path operators (font units)."""

    def __init__(self) -> None:
        self.ops: list[str] = []
        self.at = (0.0, 0.0)

    @staticmethod
    def _n(value: float) -> str:
        return f"{value:.1f}".rstrip("0").rstrip(".") or "0"

    def _pt(self, point: Sequence[float]) -> str:
        return f"{self._n(point[0])} {self._n(point[1])}"

    def moveTo(self, point: Sequence[float]) -> None:  # noqa: N802  # the pen protocol's names
        self.ops.append(f"{self._pt(point)} m")
        self.at = (point[0], point[1])

    def lineTo(self, point: Sequence[float]) -> None:  # noqa: N802
        self.ops.append(f"{self._pt(point)} l")
        self.at = (point[0], point[1])

    def curveTo(self, *points: Sequence[float]) -> None:  # noqa: N802
        self.ops.append(" ".join(self._pt(p) for p in points) + " c")
        self.at = (points[-1][0], points[-1][1])

    def qCurveTo(self, *points: Sequence[float]) -> None:  # noqa: N802
        # TrueType: off-curve points with implied on-curve points between them.
        offs, end = list(points[:-1]), points[-1]
        for n, control in enumerate(offs):
            if n + 1 < len(offs):
                nxt = offs[n + 1]
                to = ((control[0] + nxt[0]) / 2, (control[1] + nxt[1]) / 2)
            else:
                to = (end[0], end[1])
            x0, y0 = self.at
            c1 = (x0 + 2 / 3 * (control[0] - x0), y0 + 2 / 3 * (control[1] - y0))
            c2 = (to[0] + 2 / 3 * (control[0] - to[0]), to[1] + 2 / 3 * (control[1] - to[1]))
            self.ops.append(f"{self._pt(c1)} {self._pt(c2)} {self._pt(to)} c")
            self.at = to
        if not offs:
            self.lineTo(end)

    def closePath(self) -> None:  # noqa: N802
        self.ops.append("h")

    def endPath(self) -> None:  # noqa: N802
        pass


@functools.lru_cache(maxsize=8192)
def glyph_path(face: str, glyph: int) -> str:
    """The outline of ``glyph`` as PDF path operators in font units ('' if it has none)."""
    pen = _Pen()
    _hb_font(face).draw_glyph_with_pen(glyph, pen)
    return " ".join(pen.ops)


def _utf16_hex(text: str) -> str:
    return "FEFF" + text.encode("utf-16-be", "surrogatepass").hex().upper()


def draw_line(canvas: Any, line: ShapedLine, x: float, baseline: float, size: float) -> None:
    """Draw ``line`` with its left end at ``x``: the ink, then the text layer. The fill
    colour is the canvas's current one."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    code = canvas._code  # reportlab's list of content operators (as canvas.addLiteral)
    pen_x = x
    for run in line.runs:
        scale = size / run.upem
        for glyph, advance, dx, dy in run.glyphs:
            path = glyph_path(run.face, glyph)
            if path:
                code.append(f"q {scale:.6f} 0 0 {scale:.6f} {pen_x + dx * scale:.3f} "
                            f"{baseline + dy * scale:.3f} cm {path} f Q")
            pen_x += advance * scale
    if not line.text.strip():
        return
    font = text_layer_font(line.text)
    segments = stream_segments(line.text)
    natural = stringWidth(line.text, font, size)
    actual = poppler_text(line.text)
    if actual is not None:
        code.append(f"/Span <</ActualText <{_utf16_hex(actual)}>>> BDC")
    text = canvas.beginText(x, baseline)
    text.setTextRenderMode(3)
    if natural > 0:
        text.setHorizScale(100 * max(line.width(size), 1.0) / natural)
    for segment in segments:
        text.setFont(font, size)  # a Tf before each segment: pypdf ends its run there
        text.textOut(segment)
    canvas.drawText(text)
    if actual is not None:
        code.append("EMC")


@functools.cache
def _flowable_class() -> type[Any]:
    from reportlab.platypus.flowables import Flowable

    class _Shaped(Flowable):  # type: ignore[misc]  # reportlab ships no type hints
        """Lines of shaped text, wrapped to the width it is given; splits between lines."""

        def __init__(self, text: str, style: Any, *, bold: bool,
                     lines: list[ShapedLine] | None = None) -> None:
            super().__init__()
            self.text, self.style, self.bold = text, style, bold
            self._fixed = lines is not None  # a part of a split keeps its lines
            self._lines: list[ShapedLine] = lines or []
            self._wrapped_for: float | None = None

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            if not self._fixed and self._wrapped_for != avail_width:
                size = float(self.style.fontSize)
                self._lines = [shape_line(line, self.bold) for line in
                               wrap(self.text, avail_width * 0.98, size, bold=self.bold)]
                self._wrapped_for = avail_width
            self.width = avail_width
            self.height = len(self._lines) * float(self.style.leading)
            return self.width, self.height

        def split(self, avail_width: float, avail_height: float) -> list[Any]:
            self.wrap(avail_width, avail_height)
            fits = int(avail_height // float(self.style.leading))
            if fits <= 0:
                return []
            if fits >= len(self._lines):
                return [self]
            return [_Shaped(self.text, self.style, bold=self.bold, lines=self._lines[:fits]),
                    _Shaped(self.text, self.style, bold=self.bold, lines=self._lines[fits:])]

        def getSpaceBefore(self) -> float:  # noqa: N802  # reportlab's method name
            return float(self.style.spaceBefore)

        def getSpaceAfter(self) -> float:  # noqa: N802
            return float(self.style.spaceAfter)

        def draw(self) -> None:
            canvas = self.canv
            canvas.saveState()
            canvas.setFillColor(self.style.textColor)
            size, leading = float(self.style.fontSize), float(self.style.leading)
            for number, line in enumerate(self._lines):
                draw_line(canvas, line, 0.0, self.height - size - number * leading, size)
            canvas.restoreState()

    return _Shaped


def paragraph(text: str, style: Any, *, bold: bool = False) -> Any:
    """A reportlab flowable for user text in ``style``: shaped here when it needs it
    (:func:`needs_shaping`), otherwise a Paragraph of escaped :func:`markup`."""
    from reportlab.platypus import Paragraph

    register_fonts()
    if needs_shaping(text):
        return _flowable_class()(text, style, bold=bold)
    return Paragraph(markup(text, bold=bold), style)
