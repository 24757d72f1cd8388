"""Qt Linguist ``.ts`` files: read, merge with freshly extracted messages, write.

The layout written is lupdate's (TS 2.1), so Qt Linguist and ``pyside6-lrelease`` read
the files as usual and diffs stay small: contexts by name, messages in the order they
were found, vanished ones at the end of their context.

A message is identified by (context, source, comment); ``comment`` is Qt's
disambiguation. Status follows Qt: ``finished``, ``unfinished``, and for messages no
longer in the sources ``vanished`` (was finished) or ``obsolete`` (was not).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

FINISHED, UNFINISHED, VANISHED, OBSOLETE = "finished", "unfinished", "vanished", "obsolete"
GONE = (VANISHED, OBSOLETE)
#: how many plural forms a language has (Qt's numerus rules); all three have two
PLURAL_FORMS = {"en": 2, "fr": 2, "nl": 2}
#: the ``language`` attribute written for each of our languages
TS_LANGUAGE = {"en": "en", "fr": "fr_BE", "nl": "nl_BE"}

Key = tuple[str, str, str]


@dataclass
class Entry:
    """One message of a ``.ts`` file (or one just extracted, with no translation yet)."""

    context: str
    source: str
    comment: str = ""  # Qt's disambiguation: part of the identity
    extra: str = ""  # a note for translators (lupdate's "extracomment")
    numerus: bool = False  # has %n: one translation per plural form
    locations: list[tuple[str, int | None]] = field(default_factory=list)
    translation: str = ""
    forms: list[str] = field(default_factory=list)
    status: str = UNFINISHED
    translator_note: str = ""

    @property
    def key(self) -> Key:
        return self.context, self.source, self.comment

    @property
    def texts(self) -> list[str]:
        """The translation, or each plural form."""
        return list(self.forms) if self.numerus else [self.translation]

    @property
    def active(self) -> bool:
        return self.status not in GONE


# -- reading --------------------------------------------------------------------------------


def _text(element: ET.Element | None) -> str:
    return "" if element is None else "".join(element.itertext())


def read_ts(path: Path) -> tuple[str, list[Entry]]:
    """(language, entries) of a ``.ts`` file."""
    root = ET.parse(path).getroot()
    entries = []
    for context in root.iter("context"):
        name = _text(context.find("name"))
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", FINISHED) if translation is not None else UNFINISHED
            numerus = message.get("numerus") == "yes"
            entries.append(Entry(
                context=name, source=_text(message.find("source")),
                comment=_text(message.find("comment")),
                extra=_text(message.find("extracomment")), numerus=numerus,
                locations=[(loc.get("filename", ""), int(loc.get("line", "0")) or None)
                           for loc in message.iter("location")],
                translation="" if numerus else _text(translation),
                forms=[_text(form) for form in translation.iter("numerusform")]
                if numerus and translation is not None else [],
                status=kind, translator_note=_text(message.find("translatorcomment"))))
    return root.get("language", ""), entries


# -- merging --------------------------------------------------------------------------------


def merge(existing: Iterable[Entry], fresh: Sequence[Entry], forms: int = 2,
          drop_obsolete: bool = False) -> list[Entry]:
    """The fresh messages with the translations ``existing`` already has; messages that
    left the sources stay, marked vanished/obsolete (unless ``drop_obsolete``)."""
    old = {entry.key: entry for entry in existing}
    out: list[Entry] = []
    for message in fresh:
        entry = replace(message, locations=list(message.locations), forms=[])
        before = old.pop(entry.key, None)
        if before is not None:
            entry.translation, entry.translator_note = before.translation, before.translator_note
            entry.forms = list(before.forms)
            entry.status = FINISHED if before.status in (FINISHED, VANISHED) else UNFINISHED
        if entry.numerus:
            entry.forms = (entry.forms + [""] * forms)[:forms]
            entry.translation = ""
        out.append(entry)
    if not drop_obsolete:
        for before in old.values():
            gone = replace(before, locations=[])
            if gone.active:
                gone.status = VANISHED if gone.status == FINISHED else OBSOLETE
            out.append(gone)
    return out


# -- writing --------------------------------------------------------------------------------


def _escape(text: str, attribute: bool = False) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace('"', "&quot;") if attribute else text


def _message_xml(entry: Entry) -> list[str]:
    numerus = ' numerus="yes"' if entry.numerus else ""
    lines = [f"    <message{numerus}>"]
    for filename, line in entry.locations:
        where = f' line="{line}"' if line else ""
        lines.append(f'        <location filename="{_escape(filename, True)}"{where}/>')
    lines.append(f"        <source>{_escape(entry.source)}</source>")
    for tag, value in (("comment", entry.comment), ("extracomment", entry.extra),
                       ("translatorcomment", entry.translator_note)):
        if value:
            lines.append(f"        <{tag}>{_escape(value)}</{tag}>")
    kind = "" if entry.status == FINISHED else f' type="{entry.status}"'
    if entry.numerus:
        lines.append(f"        <translation{kind}>")
        lines += [f"            <numerusform>{_escape(form)}</numerusform>"
                  for form in entry.forms]
        lines.append("        </translation>")
    elif entry.translation:
        lines.append(f"        <translation{kind}>{_escape(entry.translation)}</translation>")
    else:
        lines.append(f"        <translation{kind}></translation>")
    lines.append("    </message>")
    return lines


def write_ts(path: Path, language: str, entries: Iterable[Entry]) -> None:
    """Contexts sorted by name; in each, messages in the given order, gone ones last."""
    contexts: dict[str, list[Entry]] = {}
    for entry in entries:
        contexts.setdefault(entry.context, []).append(entry)
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{language}" sourcelanguage="en">']
    for name in sorted(contexts):
        ordered = sorted(contexts[name], key=lambda e: not e.active)  # stable
        lines += ["<context>", f"    <name>{_escape(name)}</name>"]
        for entry in ordered:
            lines += _message_xml(entry)
        lines.append("</context>")
    lines.append("</TS>")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
