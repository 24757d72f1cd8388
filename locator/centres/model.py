"""The detention-centre directory as frozen dataclasses (built by :mod:`locator.centres.load`).

Every fact carries a :class:`Provenance`: the sources that state it (each with
its page date, or marked undated) and a confidence level, so the app can show
how old and how sure each fact is.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Generic, TypeVar

from locator.model.dates import PartialDate
from locator.model.errors import LocatorError

T = TypeVar("T")

LANGUAGES = ("en", "fr", "nl")
# Which name to show when a centre has none in the asked language.
_NAME_FALLBACK = {"en": ("en", "fr", "nl"), "fr": ("fr", "nl", "en"), "nl": ("nl", "fr", "en")}


class Confidence(StrEnum):
    """How sure a fact is (the ✅ / 🟡 / ⚠️ of the research notes)."""

    OFFICIAL = "official"  # ✅ an official source states it
    SECONDARY = "secondary"  # 🟡 only an NGO, the press or another secondary source
    UNCONFIRMED = "unconfirmed"  # ⚠️ sources conflict, may be out of date, or unconfirmed

    @property
    def rank(self) -> int:
        """0 for official, 1 for secondary, 2 for unconfirmed (for sorting)."""
        return list(Confidence).index(self)


class Country(StrEnum):
    BE = "BE"
    FR = "FR"


class Kind(StrEnum):
    CLOSED_CENTRE = "closed-centre"
    FAMILY_UNITS = "family-units"
    CRA = "cra"  # French "centre de rétention administrative"


class Status(StrEnum):
    OPEN = "open"
    PLANNED = "planned"  # never offered as a location
    NOT_IN_USE = "not-in-use"  # built but empty; never offered as a location


class PhoneKind(StrEnum):
    PHONE = "phone"
    FAX = "fax"


class Holds(StrEnum):
    """Who a place holds (a centre's ``holds`` in centres.yaml): it decides which places a
    person's calling round shows (:mod:`locator.centres.fit`)."""

    MEN = "men"
    WOMEN = "women"
    FAMILIES = "families"  # families with children under 18 (the family units)


class Publisher(StrEnum):
    """Who publishes a source, when the app names it in plain words ("the Immigration
    Office's number")."""

    IMMIGRATION_OFFICE = "immigration-office"  # Office des Étrangers / DVZ (dofi.ibz.be)
    GVO = "gvo"  # Getting the Voice Out


class CentresFileError(LocatorError):
    """centres.yaml (or a file in its format) is broken.

    Attributes:
        problem: what is wrong, without the location.
        file: the file name shown in the message.
        line: 1-based line in the file, or None.
        centre: id of the centre being read, or None (top of the file).
        field: path of the value inside the centre (``phones[1].number``) or
            inside the file when ``centre`` is None; None if unknown.
    """

    def __init__(self, problem: str, *, file: str = "centres.yaml", line: int | None = None,
                 centre: str | None = None, field: str | None = None) -> None:
        self.problem, self.file, self.line, self.centre, self.field = (
            problem, file, line, centre, field)
        where = "{file} line {line}" if line is not None else "{file}"
        if centre is not None:
            where += ': centre "{centre}"'
        if field:
            where += ', field "{field}"' if centre is not None else ': field "{field}"'
        super().__init__(where + ": {problem}", file=file, line=line, centre=centre,
                         field=field, problem=problem)


class UnknownCentreError(LocatorError, LookupError):
    """No centre in the directory has this id."""

    def __init__(self, centre_id: str) -> None:
        self.centre_id = centre_id
        super().__init__('No centre has the id "{centre_id}".', centre_id=centre_id)


@dataclass(frozen=True)
class Source:
    """One entry of the file's ``sources`` list: a page or document we rely on.

    Attributes:
        tag: short name used by facts (``DOFI-NL``).
        title: what it is, in plain words.
        url: where it is, if known.
        date: the page's own date (may be only a year or a month); None = undated.
        not_before: for an undated page, a date it was certainly written after.
        note: anything else worth knowing about the source.
        publisher: who publishes it, when the app names it in plain words (else None).
    """

    tag: str
    title: str
    url: str | None
    date: PartialDate | None
    not_before: PartialDate | None
    note: str | None
    publisher: Publisher | None = None

    @property
    def undated(self) -> bool:
        return self.date is None


@dataclass(frozen=True)
class Provenance:
    """Where a fact comes from and how sure it is."""

    sources: tuple[Source, ...]
    confidence: Confidence

    @property
    def date(self) -> PartialDate | None:
        """The newest date among the sources (the latest known moment the fact was stated).

        None when every source is undated.
        """
        dated = [s.date for s in self.sources if s.date is not None]
        return max(dated, key=PartialDate.earliest) if dated else None

    @property
    def undated(self) -> bool:
        return self.date is None

    @property
    def not_before(self) -> PartialDate | None:
        """For an undated fact: the latest date its sources are known to be written after."""
        bounds = [s.not_before for s in self.sources if s.not_before is not None]
        return max(bounds, key=PartialDate.earliest) if bounds else None

    def published_by(self, publisher: Publisher) -> bool:
        """True when one of the sources is published by ``publisher``."""
        return any(s.publisher is publisher for s in self.sources)

    @property
    def only_by(self) -> Publisher | None:
        """The one publisher of every source, if they all have the same one (else None)."""
        publishers = {s.publisher for s in self.sources}
        return next(iter(publishers)) if len(publishers) == 1 else None

    def age_days(self, today: dt.date) -> int | None:
        """Days since :attr:`date` (counted from its first possible day); None if undated."""
        when = self.date
        return None if when is None else (today - when.earliest()).days


@dataclass(frozen=True)
class Sourced(Generic[T]):
    """A value with its provenance and an optional caveat."""

    value: T
    provenance: Provenance
    note: str | None = None


@dataclass(frozen=True)
class Address:
    street: str | None
    postcode: str | None
    municipality: str
    note: str | None
    provenance: Provenance

    def one_line(self) -> str:
        """``"Tervuursesteenweg 302, 1820 Steenokkerzeel"``."""
        town = f"{self.postcode} {self.municipality}" if self.postcode else self.municipality
        return f"{self.street}, {town}" if self.street else town


@dataclass(frozen=True)
class Phone:
    """A phone or fax number.

    Attributes:
        as_written: the number as the source writes it (``02/488.77.00``).
        e164: ``+3224887700``.
        display: international form, dialable from anywhere (``+32 2 488 77 00``).
        confirmed: False when no official source gives this number.
        label: what the line is for (``medical service``), if not the main line.
    """

    as_written: str
    e164: str
    display: str
    kind: PhoneKind
    label: str | None
    confirmed: bool
    note: str | None
    provenance: Provenance


@dataclass(frozen=True)
class Email:
    address: str
    purpose: str | None
    note: str | None
    provenance: Provenance


@dataclass(frozen=True)
class Names:
    en: Sourced[str] | None
    fr: Sourced[str] | None
    nl: Sourced[str] | None


@dataclass(frozen=True)
class Fact:
    """One sourced value of a centre, named by its path (``phones[1]``, ``names.fr``)."""

    field: str
    provenance: Provenance


@dataclass(frozen=True)
class Centre:
    """A detention centre, family-unit site or French CRA (open, planned or not in use)."""

    id: str
    names: Names
    abbreviation: Sourced[str] | None
    country: Country
    kind: Kind
    status: Sourced[Status]
    address: Address | None
    phones: tuple[Phone, ...]  # phone lines before faxes, official before secondary/unconfirmed
    emails: tuple[Email, ...]
    held: tuple[Sourced[str], ...]  # who is held there, in words
    holds: Sourced[frozenset[Holds]] | None  # who is held there, as data (required when open)
    hours: tuple[Sourced[str], ...]  # opening or visiting hours known, in plain words
    visits: tuple[Sourced[str], ...]  # this centre's visiting arrangements
    operator: Sourced[str] | None
    director: Sourced[str] | None
    call_order: int | None  # None unless open
    notes: tuple[Sourced[str], ...]

    @property
    def is_open(self) -> bool:
        return self.status.value is Status.OPEN

    def could_hold(self, who: Holds) -> bool:
        """True when the file says this place holds ``who`` (False when it does not say)."""
        return self.holds is not None and who in self.holds.value

    def display_name(self, lang: str) -> str:
        """The name in ``lang`` ("en", "fr" or "nl"), else in the nearest language we have."""
        if lang not in _NAME_FALLBACK:
            raise ValueError(f'unknown language "{lang}" (use one of {", ".join(LANGUAGES)})')
        for code in _NAME_FALLBACK[lang]:
            name: Sourced[str] | None = getattr(self.names, code)
            if name is not None:
                return name.value
        raise AssertionError(f"centre {self.id} has no name")  # the loader forbids this

    def phone_lines(self) -> tuple[Phone, ...]:
        """The numbers one can call (no faxes), official first."""
        return tuple(p for p in self.phones if p.kind is PhoneKind.PHONE)

    def facts(self) -> tuple[Fact, ...]:
        """Every sourced value of this centre, in a stable order."""
        found: list[Fact] = []
        for lang in LANGUAGES:
            name: Sourced[str] | None = getattr(self.names, lang)
            if name is not None:
                found.append(Fact(f"names.{lang}", name.provenance))
        singles: dict[str, Provenance | None] = {
            "abbreviation": _provenance(self.abbreviation), "status": self.status.provenance,
            "address": _provenance(self.address), "operator": _provenance(self.operator),
            "director": _provenance(self.director),
            "holds": self.holds.provenance if self.holds is not None else None}
        found += [Fact(key, prov) for key, prov in singles.items() if prov is not None]
        lists: dict[str, list[Provenance]] = {
            "phones": [p.provenance for p in self.phones],
            "emails": [e.provenance for e in self.emails],
            "held": [h.provenance for h in self.held],
            "hours": [h.provenance for h in self.hours],
            "visits": [v.provenance for v in self.visits],
            "notes": [n.provenance for n in self.notes]}
        for key, provenances in lists.items():
            found += [Fact(f"{key}[{i}]", prov) for i, prov in enumerate(provenances)]
        return tuple(found)

    def oldest_fact_date(self) -> PartialDate | None:
        """The oldest dated fact (by its newest source); None if every fact is undated."""
        dated = [f.provenance.date for f in self.facts() if f.provenance.date is not None]
        return min(dated, key=PartialDate.earliest) if dated else None

    def undated_facts(self) -> tuple[Fact, ...]:
        """Facts whose sources are all undated: their age is unknown."""
        return tuple(f for f in self.facts() if f.provenance.undated)


@dataclass(frozen=True)
class CentreDirectory:
    """The whole file: sources, general rules and centres (in file order)."""

    schema: int
    verified_on: dt.date  # the day the file was last checked against its research notes
    sources: tuple[Source, ...]
    visiting_rules: tuple[Sourced[str], ...]  # apply to every Belgian closed centre
    notes: tuple[Sourced[str], ...]
    centres: tuple[Centre, ...]

    def ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.centres)

    def get(self, centre_id: str) -> Centre:
        """The centre with this id.

        Raises:
            UnknownCentreError: (a ``LookupError``) if there is none.
        """
        for centre in self.centres:
            if centre.id == centre_id:
                return centre
        raise UnknownCentreError(centre_id)

    def source(self, tag: str) -> Source:
        """The source with this tag (raises ``LookupError``)."""
        for source in self.sources:
            if source.tag == tag:
                return source
        raise LookupError(f'no source has the tag "{tag}"')

    def locations(self) -> tuple[Centre, ...]:
        """Where a case may be located: open entries, Belgium first, each country in call order."""
        found = [c for c in self.centres if c.is_open]
        return tuple(sorted(found, key=lambda c: (c.country is not Country.BE, _order(c))))

    def calling_round(self) -> tuple[Centre, ...]:
        """Belgian open closed centres and family units in call order (Caricole first)."""
        found = [c for c in self.centres if c.is_open and c.country is Country.BE
                 and c.kind in (Kind.CLOSED_CENTRE, Kind.FAMILY_UNITS)]
        return tuple(sorted(found, key=_order))


def _provenance(item: Sourced[str] | Address | None) -> Provenance | None:
    return None if item is None else item.provenance


def _order(centre: Centre) -> int:
    if centre.call_order is None:  # the loader requires call_order for open centres
        raise AssertionError(f"open centre {centre.id} has no call_order")
    return centre.call_order
