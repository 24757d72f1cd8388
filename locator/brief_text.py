"""The lawyer brief as plain email text, and a ``mailto:`` link to send it.

Same content, same order and same values as the PDF (both come from one
:class:`~locator.brief.Brief`). The text keeps every character as stored,
emoji and right-to-left names included: the mail client does the rendering.
"""

from __future__ import annotations

from urllib.parse import quote

from locator.brief import Brief, Section
from locator.brief_labels import label

_INDENT = "   "


def brief_text(brief: Brief) -> str:
    """The email body (the subject is ``brief.subject``)."""
    sep = label("sep", brief.lang)
    out: list[str] = [brief.title.upper(), brief.subtitle, brief.generated, ""]
    out.append(brief.key_heading.upper())
    for item in brief.key_items:
        first, *more = item.lines
        out.append(_indented(f"{item.number}. {item.label}{sep}{first}"))
        out.extend(_indented(_INDENT + line) for line in more)
    for section in brief.sections:
        out.append("")
        out.extend(_section(section, sep))
    out.extend(["", "-- ", brief.confidentiality])
    return "\n".join(out) + "\n"


def _section(section: Section, sep: str) -> list[str]:
    out = [section.title.upper()]
    if section.note:
        out.append(section.note)
    if not section.rows:
        out.append(section.empty)
    for row in section.rows:
        if not section.columns:
            out.append(_indented(f"{row[0]}{sep}{row[1]}"))
        elif len(row) == 2:
            out.append(_indented(f"- {row[0]} — {row[1]}"))
        else:
            out.append(_indented(f"- {row[0]}"))
            rest = " · ".join(f"{column}{sep}{cell}" for column, cell in
                              zip(section.columns[1:], row[1:], strict=True) if cell)
            if rest:
                out.append(_indented(_INDENT + rest))
    return out


def _indented(text: str) -> str:
    """Line breaks inside a value continue under the value, indented."""
    return ("\n" + _INDENT).join(text.splitlines() or [""])


def mailto_url(to: str, subject: str, body: str) -> str:
    """A ``mailto:`` URL (RFC 6068): every part percent-encoded as UTF-8, CRLF line breaks."""
    crlf = "\r\n".join(body.splitlines())
    return (f"mailto:{quote(to, safe='@')}?subject={quote(subject, safe='')}"
            f"&body={quote(crlf, safe='')}")
