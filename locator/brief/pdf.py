"""The lawyer brief as an A4 PDF (reportlab), written as a complete file or not at all.

Every PDF is finished as PDF/A-1b (:mod:`locator.brief.archival`). Layout: title
block, the eight key items as a two-column table, then the sections; on every page a
confidentiality line and "page X of Y". All text goes through
:func:`locator.brief.shaping.paragraph`: right-to-left and Arabic-script text is shaped by
HarfBuzz and written with a text layer that copies out as stored, anything else becomes
:func:`locator.brief.fonts.markup`, which escapes it before any
markup is added, so user data can never become a tag, a link or an image.
``rl_config.trustedHosts`` stays unset and no image or link is ever drawn.

reportlab (≈230 ms to import) and pypdf are imported inside the functions so
the app starts fast.
"""

from __future__ import annotations

import functools
import io
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from locator.brief.archival import finish
from locator.brief.content import Brief, KeyItem, Section
from locator.brief.fonts import base_font, markup, register_fonts
from locator.brief.shaping import needs_shaping, paragraph
from locator.storage.files import written_whole

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable

NAVY = "#1f2d4d"
INK = "#1b1e23"
MUTED = "#5b6472"
RULE = "#d3d8e0"
SHADE = "#f3f5f8"
AMBER = "#9a4500"
MM = 72 / 25.4  # points per millimetre
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 18 * MM, 16 * MM, 22 * MM
PAD = 6.0  # cell padding, points
LABEL_COLUMN = 58 * MM
# Relative column widths of the tables whose sections have columns, by section key.
_COLUMN_SHARES: dict[str, tuple[float, ...]] = {
    "deadlines": (50, 22, 27, 38, 37),
    "decisions": (70, 24, 34, 46),
    "timeline": (34, 140),
}


def pdf_bytes(brief: Brief, *, archival: bool = True) -> bytes:
    """The PDF in memory: PDF/A-1b with its metadata (:mod:`locator.brief.archival`);
    ``archival`` False for a copy about to be encrypted, which PDF/A forbids."""
    out = io.BytesIO()
    _render(brief, out)
    return finish(out.getvalue(), title=brief.title, lang=brief.lang, archival=archival)


def write_pdf(brief: Brief, target: Path, *, password: str | None = None) -> None:
    """Write the PDF to ``target``: a complete file or nothing.

    The PDF is written to a hidden temporary file in the target's folder,
    flushed to disk, then renamed over ``target`` in one step. On any error
    the temporary file is removed and ``target`` is left as it was. With a
    ``password`` the file is encrypted with AES-256 (pypdf) before the rename.
    The file is created readable by its owner only.
    """
    target = Path(target)
    if password is not None and not password:
        raise ValueError("an empty password would not protect the file")
    with written_whole(target) as part, part.open("wb") as out:
        if password is None:
            out.write(pdf_bytes(brief))
        else:
            out.write(_encrypt(pdf_bytes(brief, archival=False), password))


def _encrypt(data: bytes, password: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=password, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _render(brief: Brief, out: BinaryIO) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    register_fonts()
    doc = SimpleDocTemplate(
        out, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, title=brief.title, author="", subject="", keywords="",
        creator="Locator", lang=brief.lang, initialFontName=base_font())
    # The frame pads its content by 6 points on each side.
    doc.build(_story(brief, float(doc.width) - 12), canvasmaker=_canvas_class(brief))


# -- content --------------------------------------------------------------------------


@functools.cache
def _styles() -> dict[str, ParagraphStyle]:
    from reportlab.lib.styles import ParagraphStyle

    def style(name: str, size: float, color: str, leading: float | None = None,
              **extra: Any) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=base_font(), bulletFontName=base_font(),
                              fontSize=size, textColor=color, leading=leading or size * 1.3,
                              **extra)

    return {
        "title": style("title", 20, NAVY, 24),
        "subtitle": style("subtitle", 9.5, MUTED, spaceBefore=3),
        "generated": style("generated", 8.5, MUTED, spaceBefore=1),
        "band": style("band", 10, "#ffffff"),
        "heading": style("heading", 11, NAVY, spaceBefore=14, spaceAfter=3),
        "note": style("note", 8, MUTED, spaceAfter=4),
        "label": style("label", 8.5, MUTED),
        "number": style("number", 8.5, NAVY),
        "name": style("name", 12.5, INK, 16),
        "value": style("value", 10.5, INK, 14),
        "unknown": style("unknown", 10, AMBER, 13.5),
        "cell": style("cell", 9, INK, 12),
        "cell_unknown": style("cell_unknown", 9, AMBER, 12),
        "head": style("head", 8, MUTED, 10),
        "empty": style("empty", 9, MUTED),
        "running": style("running", 7.5, MUTED),
    }


def _para(text: str, style: str, width: float, *, bold: bool = False) -> Flowable:
    """``width``: the room the text has (the table cell's, the frame's); reportlab wraps
    each flowable to the width it is given."""
    return paragraph(text, _styles()[style], bold=bold)


def _story(brief: Brief, width: float) -> list[Flowable]:
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import HRFlowable, KeepTogether, Spacer

    story: list[Flowable] = [
        _para(brief.title, "title", width, bold=True),
        _para(brief.subtitle, "subtitle", width),
        _para(brief.generated, "generated", width),
        Spacer(1, 6),
        HRFlowable(width="100%", thickness=1.4, color=HexColor(NAVY), spaceAfter=10),
        _key_table(brief, width),
    ]
    for section in brief.sections:
        block: list[Flowable] = [
            _para(section.title, "heading", width, bold=True),
            HRFlowable(width="100%", thickness=0.6, color=HexColor(RULE), spaceAfter=5),
        ]
        if section.note:
            block.append(_para(section.note, "note", width))
        if section.rows:
            block.append(_section_table(brief, section, width))
        else:
            block.append(_para(section.empty, "empty", width))
        story.append(KeepTogether(block))
    return story


def _key_table(brief: Brief, width: float) -> Flowable:
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Table

    inner_label, inner_value = LABEL_COLUMN - 2 * PAD, width - LABEL_COLUMN - 2 * PAD
    rows: list[list[Any]] = [[_para(brief.key_heading, "band", width - 2 * PAD, bold=True), ""]]
    for item in brief.key_items:
        rows.append([_key_label(item, inner_label),
                     [_key_value(item, index, line, inner_value, brief.unknown)
                      for index, line in enumerate(item.lines)]])
    table = Table(rows, colWidths=(LABEL_COLUMN, width - LABEL_COLUMN), splitInRow=1,
                  repeatRows=1)
    table.setStyle([
        ("FONTNAME", (0, 0), (-1, -1), base_font()),  # never the non-embedded Helvetica
        ("SPAN", (0, 0), (1, 0)),
        ("BACKGROUND", (0, 0), (1, 0), HexColor(NAVY)),
        ("BACKGROUND", (0, 1), (0, -1), HexColor(SHADE)),
        ("BOX", (0, 0), (-1, -1), 0.8, HexColor(NAVY)),
        ("LINEBELOW", (0, 1), (-1, -2), 0.5, HexColor(RULE)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), PAD),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD + 1),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD + 1),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
    ])
    return table


def _key_label(item: KeyItem, width: float) -> Flowable:
    from reportlab.platypus import Paragraph

    st = _styles()["label"]
    if needs_shaping(item.label):  # labels come from brief_labels, never right-to-left so far
        return paragraph(f"{item.number}   {item.label}", st)
    number = markup(str(item.number), bold=True)
    return Paragraph(f'<font color="{NAVY}">{number}</font>&nbsp;&nbsp;&nbsp;'
                     f'{markup(item.label)}', st)


def _key_value(item: KeyItem, index: int, line: str, width: float, unknown: str) -> Flowable:
    if line == unknown or not item.known and index == 0 and unknown in line:
        return _para(line, "unknown", width)
    if item.number == 1:
        return _para(line, "name", width, bold=True)
    return _para(line, "value" if index == 0 else "cell", width)


def _section_table(brief: Brief, section: Section, width: float) -> Flowable:
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Table

    if section.columns:
        shares = _COLUMN_SHARES.get(section.key, ())
        if len(shares) != len(section.columns):
            shares = (1.0,) * len(section.columns)
        widths = [width * share / sum(shares) for share in shares]
        header: list[Any] = [_para(c, "head", w - 2 * PAD, bold=True)
                             for c, w in zip(section.columns, widths, strict=True)]
        body = [[_cell(brief, value, w - 2 * PAD) for value, w in zip(row, widths, strict=True)]
                for row in section.rows]
        rows = [header, *body]
        style: list[Any] = [("BACKGROUND", (0, 0), (-1, 0), HexColor(SHADE)),
                            ("LINEBELOW", (0, 0), (-1, 0), 0.8, HexColor(RULE))]
    else:
        widths = [LABEL_COLUMN, width - LABEL_COLUMN]
        rows = [[_para(row[0], "label", widths[0] - 2 * PAD),
                 _cell(brief, row[1], widths[1] - 2 * PAD)] for row in section.rows]
        style = []
    table = Table(rows, colWidths=widths, splitInRow=1, repeatRows=1 if section.columns else 0)
    table.setStyle([
        *style,
        ("FONTNAME", (0, 0), (-1, -1), base_font()),
        ("LINEBELOW", (0, 1 if section.columns else 0), (-1, -2), 0.4, HexColor(RULE)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
    ])
    return table


def _cell(brief: Brief, value: str, width: float) -> Flowable:
    return _para(value, "cell_unknown" if value == brief.unknown else "cell", width)


# -- page furniture -------------------------------------------------------------------


def _canvas_class(brief: Brief) -> type[Any]:
    """A canvas that knows the page count when it draws each page's footer."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    page_width, page_height = float(A4[0]), float(A4[1])
    font = base_font()
    left, right = MARGIN_X + 6, page_width - MARGIN_X - 6  # the frame pads by 6 points
    # Later pages name the person, so a loose page still says whose it is.
    name = brief.key_items[0].lines[0]
    running_head = f"{brief.title} — {name if len(name) <= 80 else name[:79] + '…'}"

    class _NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no type hints
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._page_states: list[dict[str, Any]] = []

        def showPage(self) -> None:  # reportlab's method name
            self._page_states.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._page_states)
            for number, state in enumerate(self._page_states, start=1):
                self.__dict__.update(state)
                self._footer(number, total)
                super().showPage()
            super().save()

        def _footer(self, number: int, total: int) -> None:
            self.saveState()
            if number > 1:  # user text: through markup(), like every other paragraph
                head = _para(running_head, "running", right - left)
                _, height = head.wrapOn(self, right - left, 30)
                head.drawOn(self, left, page_height - 10 * MM - height)
            # Labels from brief_labels only below: drawString takes no markup.
            self.setStrokeColor(HexColor(RULE))
            self.setLineWidth(0.5)
            self.line(left, 15 * MM, right, 15 * MM)
            self.setFillColor(HexColor(MUTED))
            self.setFont(font, 7.5)
            self.drawString(left, 10.5 * MM, brief.confidentiality)
            self.drawRightString(right, 10.5 * MM,
                                 brief.page_template.format(page=number, pages=total))
            self.restoreState()

    return _NumberedCanvas
