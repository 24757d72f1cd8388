"""The lawyer brief as plain email text, and the ``mailto:`` link that starts a message.

Same content, same order and same values as the PDF (both come from one
:class:`~locator.brief.content.Brief`). The text keeps every character as stored,
emoji and right-to-left names included: the mail client does the rendering.
"""

from __future__ import annotations

from urllib.parse import quote

from locator.brief.content import Brief, Section
from locator.brief.labels import label

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


def mailto_url(to: str, subject: str = "") -> str:
    """A ``mailto:`` URL (RFC 6068) with the address and a subject, percent-encoded as UTF-8.

    It never carries the text of the email: a URL handed to the desktop ends up on the
    mail program's command line (readable with ``ps`` by any local user), in the messages
    of ``xdg-open`` and of Qt (the journal, ``~/.xsession-errors``), and many mail
    programs cut it at about 2,000 characters. The text goes through the clipboard
    instead; callers pass a subject that says nothing about the person.
    """
    url = f"mailto:{quote(to, safe='@')}"
    return f"{url}?subject={quote(subject, safe='')}" if subject else url
