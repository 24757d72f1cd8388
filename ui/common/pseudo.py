"""Pseudo-translation: every text longer and accented, to find layouts that break.

``LOCATOR_PSEUDO_TRANSLATE=1 make run`` shows "Search cases" as
"[Šéàŕçĥ çàšéš ~~~~~]": about 40 % longer (French and Dutch often are), with
accents that reach above and below the line. Placeholders (``{name}``, ``%1``,
``%n``), markup (``<b>``, ``&amp;``) and the ``&`` of a keyboard accelerator are
kept as they are, so every text still works.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QTranslator

_PLAIN = "abcdeghiklnorstuyzABCDEGHIKLNORSTUYZ"
_ACCENTED = "àƀçđéĝĥîķĺñøŕšţûýžÀƁÇĐÉĜĤÎĶĹÑØŔŠŢÛÝŽ"
_ACCENTS = str.maketrans(_PLAIN, _ACCENTED)
#: kept as they are: placeholders, Qt's %-arguments, markup, entities, accelerators
_PROTECTED = re.compile(r"(\{[^{}]*\}|%(?:L?\d+|n)|<[^<>]*>|&[#\w]+;|&&|&(?=\w))")
#: Qt's own texts that are not words: key names and the layout direction
_SKIP_CONTEXTS = frozenset({"QShortcut", "QKeySequence", "QKeySequenceEdit"})
_SKIP_SOURCES = frozenset({"QT_LAYOUT_DIRECTION"})
GROWTH = 0.4


def pseudo(text: str) -> str:
    """``text`` accented and about 40 % longer; empty stays empty."""
    if not text.strip():
        return text
    parts = _PROTECTED.split(text)
    body = "".join(part if index % 2 else part.translate(_ACCENTS)
                   for index, part in enumerate(parts))
    return f"[{body} {'~' * max(2, round(len(text) * GROWTH))}]"


class PseudoTranslator(QTranslator):
    """Answers every ``tr()`` with :func:`pseudo` of its source text."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        if context in _SKIP_CONTEXTS or source in _SKIP_SOURCES:
            return ""
        return pseudo(source)

    def isEmpty(self) -> bool:
        return False
