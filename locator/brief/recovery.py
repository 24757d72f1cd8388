"""The printable recovery sheet: one A4 page with where the vault is, the date, and blank
lines to write the passphrase by hand. It never holds the passphrase or anything about a
case.

The texts come in already translated (the UI's ``Recovery`` context); this module only
draws them, with the brief's fonts and layout (:func:`locator.brief.shaping.paragraph`),
so a vault path in Arabic, Pashto, Cyrillic or Ge'ez prints joined and copies out as
written. reportlab is imported lazily.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from locator.brief.archival import finish
from locator.brief.fonts import base_font, text_width
from locator.brief.shaping import line_width, needs_shaping, paragraph
from locator.storage.files import written_whole

MM = 72 / 25.4  # points per millimetre
MARGIN = 20 * MM
#: line styles: a heading, a paragraph, and a label followed by a line to write on
STYLES = ("title", "text", "line")
_SIZE = {"title": 18.0, "text": 11.0, "line": 11.0}


def write_recovery_sheet(target: Path, lines: Sequence[tuple[str, str]], lang: str = ""
                         ) -> Path:
    """Draw ``lines`` ((style, text) pairs, style one of :data:`STYLES`) on an A4 page at
    ``target``: a complete private PDF/A-1b file or nothing. The first title is the PDF's
    title; ``lang`` its language ("fr"), when known."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas

    unknown = sorted({style for style, _ in lines} - set(STYLES))
    if unknown:
        raise ValueError(f"unknown recovery sheet styles: {unknown}")
    width, height = A4
    column = width - 2 * MARGIN
    title = next((text for style, text in lines if style == "title"), "")
    drawn = io.BytesIO()
    with written_whole(Path(target)) as part:
        canvas = Canvas(drawn, pagesize=A4, invariant=True, initialFontName=base_font())
        canvas.setTitle(title)
        top = height - 20 * MM  # the top of the next block
        for style, text in lines:
            size, bold = _SIZE[style], style == "title"
            look = ParagraphStyle(style, fontName=base_font(bold=bold), fontSize=size,
                                  leading=size * 1.35)
            if style == "line":
                # the label, then a rule to the right margin
                measure = line_width if needs_shaping(text) else text_width
                label = measure(text, size) + size if text else 0.0
                if text:
                    para = paragraph(text, look)
                    para.wrapOn(canvas, label, height)
                    para.drawOn(canvas, MARGIN, top - look.leading)
                rule = top - look.leading + 0.2 * size
                canvas.line(MARGIN + label, rule, width - MARGIN, rule)
                top -= look.leading + 8 * MM
                continue
            para = paragraph(text, look, bold=bold)
            _, used = para.wrapOn(canvas, column, height)
            para.drawOn(canvas, MARGIN, top - used)
            top -= used + (8 if bold else 4) * MM
        canvas.showPage()
        canvas.save()
        part.write_bytes(finish(drawn.getvalue(), title=title, lang=lang))
    return target
