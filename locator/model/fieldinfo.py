"""How a field of a case is declared, once: its kind, label, place in the editor, in the
search index and in the lawyer brief.

Every scalar field of :class:`locator.model.cases.Case` and
:class:`locator.model.cases.Lawyer` is made by :func:`declare`, which puts one
:class:`FieldInfo` in its ``dataclasses.field`` metadata.
The rest derives from it, with one converter per :class:`Kind`: JSON
(:mod:`locator.model.caseio`), database rows (:mod:`locator.storage.rows`), the editor's widgets
(``ui/case/editor.py``, ``ui/case/fields.py``), the search index (:mod:`locator.storage.store`), the
brief (:mod:`locator.brief.content`) and the test helpers. Each of those tables of converters is
checked when its module is imported (:func:`require_every_kind`): a kind without a
converter fails at once, never later with a value stored as text.

Adding a field: declare it on the dataclass; add its column as the next migration in
:mod:`locator.storage.schema` (literal SQL); translate its label (``make translations``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from enum import StrEnum
from types import MappingProxyType
from typing import Any

#: the key of a field's metadata that holds its FieldInfo
INFO = "locator"


class Kind(StrEnum):
    """What a field holds; it decides how the value is read, stored, edited and shown."""

    TEXT = "text"  # one line of free text, trimmed
    LONG_TEXT = "long_text"  # free text over several lines
    TEXT_LIST = "text_list"  # short texts, one per line, without repeats
    REFERENCE = "reference"  # an office's number: letters, digits, spaces, / . -
    DATE = "date"  # a calendar date, not in the future
    PARTIAL_DATE = "partial_date"  # YYYY, YYYY-MM or YYYY-MM-DD, not in the future
    DATETIME = "datetime"  # a moment (aware, UTC), not in the future
    ENUM = "enum"  # one member of FieldInfo.enum; its first member means unknown
    COUNTRY = "country"  # ISO 3166 alpha-2; "" is unknown
    CENTRE = "centre"  # an id of centres.yaml; "" is unknown
    PHONE = "phone"  # E.164
    EMAIL = "email"


class Section(StrEnum):
    """The editor's tab (or group) a field is edited in, in the editor's order."""

    IDENTITY = "identity"
    ARREST = "arrest"
    CONSENT = "consent"
    LAWYER = "lawyer"


class Search(StrEnum):
    """The column of the search index (``case_search``, an FTS5 table) that takes a field."""

    NAMES = "names"
    NATIONALITY = "nationality"
    CENTRE = "centre"
    NOTES = "notes"


class BriefSection(StrEnum):
    """Where the lawyer brief shows a field."""

    KEY = "key"  # one of the key items (the lawyer's first facts)
    REAL = "real"  # the "real identity" line under the nationality item
    CONSENT = "consent"
    REACH = "reach"  # how to reach the person
    LAWYER = "lawyer"


@dataclass(frozen=True)
class BriefPlace:
    """A field's place in the brief.

    Attributes:
        section: where it is shown.
        label: the key of its words in :mod:`locator.brief.labels` (the brief is printed in
            the case's language, with its own wording for lawyers); "" means the field's name.
        number: the key items' order (1 first); 0 elsewhere.
        after: the name of a field this one is shown after (its label then takes the value
            as ``{date}``), instead of in a row of its own: in the same row of a section
            ("yes (asked on …)"), on a line of its own under a key item ("found there on …").
    """

    section: BriefSection
    label: str = ""
    number: int = 0
    after: str = ""


@dataclass(frozen=True)
class FieldInfo:
    """Everything the app knows about one field, besides its name and type.

    Attributes:
        kind: what it holds (see :class:`Kind`).
        label: the one label (English, marked with ``N_`` so the translators get it, context
            ``errors``): the editor's caption, the name in "Fill in: …" and messages.
        section: the editor's tab; None for a field the vault keeps (never typed).
        enum: the StrEnum of an ``ENUM`` field.
        hint: what the editor's empty widget says, when the kind's own hint is not enough.
        help: what the field means, in a sentence or two (English, marked with ``N_``):
            the editor shows it as the field's tooltip, "What's this?" text and
            accessible description, where the fact is asked.
        search: the search-index column that takes it, if any.
        brief: where the brief shows it, if anywhere.
        kept: kept by the vault (``created_at`` …): not edited, not read from JSON.
    """

    kind: Kind
    label: str = ""
    section: Section | None = None
    enum: type[StrEnum] | None = None
    hint: str = ""
    search: Search | None = None
    brief: BriefPlace | None = None
    kept: bool = False
    help: str = ""

    def __post_init__(self) -> None:
        if not isinstance(self.kind, Kind):
            raise TypeError(f"{self.kind!r} is not a kind of field (locator.model.fieldinfo.Kind)")
        if (self.kind is Kind.ENUM) != (self.enum is not None):
            raise TypeError("an enum field names its StrEnum, and only an enum field does")
        if self.kept and (self.label or self.section or self.search or self.brief
                          or self.help):
            raise TypeError("a field kept by the vault is not shown, edited or searched")
        if not self.kept and not (self.label and self.section):
            raise TypeError("a field people fill in needs a label and an editor section")

    def empty(self) -> Any:
        """The value that means unknown (the dataclass default)."""
        if self.enum is not None:
            return next(iter(self.enum))
        if self.kind is Kind.TEXT_LIST:
            return []
        if self.kind in _DATED:
            return None
        if self.kind in _TEXTUAL:
            return ""
        raise TypeError(f"no empty value for the kind {self.kind}")


_DATED = frozenset({Kind.DATE, Kind.PARTIAL_DATE, Kind.DATETIME})
_TEXTUAL = frozenset({Kind.TEXT, Kind.LONG_TEXT, Kind.REFERENCE, Kind.COUNTRY, Kind.CENTRE,
                      Kind.PHONE, Kind.EMAIL})


def declare(kind: Kind, label: str = "", section: Section | None = None, *,
            enum: type[StrEnum] | None = None, hint: str = "", search: Search | None = None,
            brief: BriefPlace | None = None, kept: bool = False, help: str = "") -> Any:
    """A dataclass field holding its :class:`FieldInfo`, its default the kind's empty value."""
    info = FieldInfo(kind, label, section, enum, hint, search, brief, kept, help)
    metadata = MappingProxyType({INFO: info})
    if kind is Kind.TEXT_LIST:
        return field(default_factory=list, metadata=metadata)
    return field(default=info.empty(), metadata=metadata)


def declared(cls: Any) -> Mapping[str, FieldInfo]:
    """Name → FieldInfo of every declared field of a dataclass, in declaration order."""
    found: dict[str, FieldInfo] = {}
    for item in fields(cls):
        info = item.metadata.get(INFO)
        if isinstance(info, FieldInfo):
            found[item.name] = info
    return MappingProxyType(found)


def require_every_kind(table: Mapping[Kind, object], what: str) -> None:
    """Fail (at import) when ``table`` has no entry for some kind."""
    missing = [kind.value for kind in Kind if kind not in table]
    if missing:
        raise TypeError(f"{what}: no converter for the kind(s) {', '.join(missing)}")
