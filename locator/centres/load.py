"""Loading and validating centres.yaml, the detention-centre directory.

The file format is described at the top of centres.yaml. Loading is strict:
an unknown key, a missing ``source``, an unknown source tag, a bad date, a
bad status, a duplicate id or a phone number that does not parse is a
:class:`CentresFileError` naming the centre, the field and the line.

Usage::

    directory = load_centres()           # the shipped file, read once
    for centre in directory.calling_round():
        print(centre.display_name("fr"), [p.display for p in centre.phone_lines()])
"""

from __future__ import annotations

import functools
import re
from datetime import date
from pathlib import Path

import yaml

from locator.centres.model import (
    Address,
    Centre,
    CentreDirectory,
    CentresFileError,
    Confidence,
    Country,
    Email,
    Fact,
    Holds,
    Kind,
    Names,
    Phone,
    PhoneKind,
    Provenance,
    Publisher,
    Source,
    Sourced,
    Status,
    UnknownCentreError,
)
from locator.model.dates import PartialDate, parse_date
from locator.model.errors import FieldError
from locator.model.paths import CENTRES_FILE
from locator.model.phones import display_phone, normalise_phone
from locator.model.yamlstrict import (
    StrictMap,
    StrictYamlError,
    compose,
    line_of,
    peek_text,
    read_data_file,
    scalar_text,
)

__all__ = [
    "CENTRES_FILE", "SCHEMA", "Address", "Centre", "CentreDirectory", "CentresFileError",
    "Confidence", "Country", "Email", "Fact", "Holds", "Kind", "Names", "Phone", "PhoneKind",
    "Provenance", "Publisher", "Source", "Sourced", "Status", "UnknownCentreError",
    "load_centres", "parse_centres",
]

SCHEMA = 1


_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_TAG = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$")
_POSTCODE = {Country.BE: re.compile(r"^\d{4}$"), Country.FR: re.compile(r"^\d{5}$")}


def load_centres(path: Path | None = None) -> CentreDirectory:
    """Load a centres file; ``None`` means the shipped ``centres.yaml`` (read once, then cached).

    Raises:
        CentresFileError: if the file cannot be read or breaks the format.
    """
    return read_data_file(
        path, _shipped, lambda text, name: parse_centres(text, file=name),
        lambda p, error: CentresFileError(f"cannot read the file ({error})", file=p.name))


@functools.cache
def _shipped() -> CentreDirectory:
    return load_centres(CENTRES_FILE)


def parse_centres(text: str, file: str = "centres.yaml") -> CentreDirectory:
    """Build the directory from the text of a centres file (``file`` names it in errors)."""
    return _Parser(file).directory(text)


class _Parser:
    def __init__(self, file: str) -> None:
        self.file = file
        self.sources: dict[str, Source] = {}
        self.used: set[str] = set()

    def fail(self, error: StrictYamlError, centre: str | None = None) -> CentresFileError:
        return CentresFileError(error.problem, file=self.file, line=error.line, centre=centre,
                                field=error.path or None)

    def directory(self, text: str) -> CentreDirectory:
        try:
            root = StrictMap(compose(text))
            schema = root.integer("schema")
            if schema != SCHEMA:
                raise root.error("schema", f"this app reads schema {SCHEMA}, not {schema}")
            verified_on = _full_date(root, "verified_on")
            sources = root.mapping("sources")
            for tag in sources.keys():
                self.sources[tag] = self.source(sources, tag)
            rules = tuple(self.sourced_text(m) for m in root.mappings("visiting_rules"))
            notes = tuple(self.sourced_text(m) for m in root.mappings("notes"))
            entries = root.sequence("centres", required=True)
            root.done()
        except StrictYamlError as error:
            raise self.fail(error) from None
        read = [self.centre(path, node) for path, node in entries]
        centres = tuple(centre for centre, _ in read)
        self.check_unique(read)
        unused = [tag for tag in self.sources if tag not in self.used]
        if unused:
            raise self.fail(sources.error(unused[0], f'the source "{unused[0]}" is not used '
                                                     "by any fact"))
        return CentreDirectory(schema, verified_on, tuple(self.sources.values()), rules, notes,
                               centres)

    def source(self, sources: StrictMap, tag: str) -> Source:
        if not _TAG.match(tag):
            raise sources.error(tag, f'"{tag}" is not a usable tag (letters, digits, . _ -)')
        m = sources.mapping(tag)
        title, url, note = m.text("title"), m.opt_text("url"), m.opt_text("note")
        publisher = m.choice("publisher", Publisher) if m.has("publisher") else None
        undated = m.boolean("undated", default=False)
        when = _partial_date(m, "date") if m.has("date") else None
        if undated == (when is not None):
            raise m.error("date", 'give either "date" or "undated: true" (exactly one)')
        not_before = _partial_date(m, "not_before") if m.has("not_before") else None
        if not_before is not None and when is not None:
            raise m.error("not_before", "only an undated source needs not_before")
        m.done()
        return Source(tag, title, url, when, not_before, note, publisher)

    def provenance(self, m: StrictMap) -> Provenance:
        found: list[Source] = []
        for tag in m.texts("source"):
            if tag not in self.sources:
                raise m.error("source", f'unknown source "{tag}" (add it to "sources" at the top)')
            found.append(self.sources[tag])
            self.used.add(tag)
        return Provenance(tuple(found), m.choice("confidence", Confidence))

    def sourced_text(self, m: StrictMap) -> Sourced[str]:
        value, note, provenance = m.text("value"), m.opt_text("note"), self.provenance(m)
        m.done()
        return Sourced(value, provenance, note)

    def opt_sourced_text(self, m: StrictMap, key: str) -> Sourced[str] | None:
        sub = m.opt_mapping(key)
        return None if sub is None else self.sourced_text(sub)

    def centre(self, path: str, node: yaml.Node) -> tuple[Centre, StrictMap]:
        # Errors name the centre by its id, with fields relative to it; without a
        # readable id they name the entry's place in the file (centres[3].id).
        centre_id = peek_text(node, "id")
        try:
            m = StrictMap(node, path if centre_id is None else "")
            centre_id = m.text("id")
            if not _ID.match(centre_id):
                raise m.error("id", f'"{centre_id}" is not a usable id (a-z, 0-9 and dashes)')
            return self.centre_body(m, centre_id), m
        except StrictYamlError as error:
            raise self.fail(error, centre_id) from None

    def centre_body(self, m: StrictMap, centre_id: str) -> Centre:
        country, kind = m.choice("country", Country), m.choice("kind", Kind)
        names_map = m.mapping("names")
        names = Names(*(self.opt_sourced_text(names_map, lang) for lang in ("en", "fr", "nl")))
        names_map.done()
        if names == Names(None, None, None):
            raise m.error("names", "give at least one name (en, fr or nl)")
        status_map = m.mapping("status")
        status = Sourced(status_map.choice("value", Status), self.provenance(status_map),
                         status_map.opt_text("note"))
        status_map.done()
        address_map = m.opt_mapping("address")
        address = None if address_map is None else self.address(address_map, country)
        call_order = m.opt_integer("call_order")
        if status.value is Status.OPEN:
            if call_order is None:
                raise m.error("call_order", "an open centre needs a call_order")
            if address is None:
                raise m.error("address", "an open centre needs an address")
            incomplete = address.street is None or address.postcode is None
            if kind is not Kind.FAMILY_UNITS and incomplete:
                raise m.error("address", "an open centre needs a street and a postcode")
        elif call_order is not None:
            raise m.error("call_order", f"a {status.value} centre must not have a call_order "
                                        "(it must never be offered as a location)")
        holds_map = m.opt_mapping("holds")
        holds = None if holds_map is None else self.holds(holds_map)
        if status.value is Status.OPEN and holds is None:
            raise m.error("holds", "an open centre needs \"holds\": who it holds (men, "
                                   "women, families)")
        phones = [self.phone(p, country) for p in m.mappings("phones")]
        phones.sort(key=lambda p: (p.kind is not PhoneKind.PHONE, p.provenance.confidence.rank))
        centre = Centre(
            id=centre_id, names=names, abbreviation=self.opt_sourced_text(m, "abbreviation"),
            country=country, kind=kind, status=status, address=address, phones=tuple(phones),
            emails=tuple(self.email(e) for e in m.mappings("emails")),
            held=tuple(self.sourced_text(h) for h in m.mappings("held")), holds=holds,
            hours=tuple(self.sourced_text(h) for h in m.mappings("hours")),
            visits=tuple(self.sourced_text(v) for v in m.mappings("visits")),
            operator=self.opt_sourced_text(m, "operator"),
            director=self.opt_sourced_text(m, "director"), call_order=call_order,
            notes=tuple(self.sourced_text(n) for n in m.mappings("notes")))
        m.done()
        return centre

    def holds(self, m: StrictMap) -> Sourced[frozenset[Holds]]:
        """``{value: [men, women], source: …, confidence: …}``: who a place holds."""
        found: list[Holds] = []
        allowed = ", ".join(h.value for h in Holds)
        for path, node in m.sequence("value", required=True):
            text = scalar_text(node, path)
            try:
                who = Holds(text)
            except ValueError:
                raise StrictYamlError(f'"{text}" is not one of: {allowed} (who a centre '
                                      "holds)", path=path,
                                      line=line_of(node)) from None
            if who in found:
                raise StrictYamlError(f'"{text}" is given twice', path=path,
                                      line=line_of(node))
            found.append(who)
        note, provenance = m.opt_text("note"), self.provenance(m)
        m.done()
        return Sourced(frozenset(found), provenance, note)

    def address(self, m: StrictMap, country: Country) -> Address:
        street, postcode = m.opt_text("street"), m.opt_text("postcode")
        if postcode is not None and not _POSTCODE[country].match(postcode):
            raise m.error("postcode", f'"{postcode}" is not a {country.value} postcode')
        address = Address(street, postcode, m.text("municipality"), m.opt_text("note"),
                          self.provenance(m))
        m.done()
        return address

    def phone(self, m: StrictMap, country: Country) -> Phone:
        written = m.text("number")
        try:
            e164 = normalise_phone(written, "number", region=country.value)
        except FieldError:
            raise m.error("number", f'"{written}" is not a valid phone number') from None
        kind = m.choice("kind", PhoneKind) if m.has("kind") else PhoneKind.PHONE
        label, note = m.opt_text("label"), m.opt_text("note")
        confirmed, provenance = m.boolean("confirmed"), self.provenance(m)
        if confirmed != (provenance.confidence is Confidence.OFFICIAL):
            raise m.error("confirmed", "confirmed: true needs confidence: official, and "
                                       "confidence: official needs confirmed: true")
        if not confirmed and note is None:
            raise m.error("note", "an unconfirmed number needs a note saying why")
        m.done()
        return Phone(written, e164, display_phone(e164), kind, label, confirmed, note, provenance)

    def check_unique(self, read: list[tuple[Centre, StrictMap]]) -> None:
        seen_ids: dict[str, int] = {}
        seen_orders: dict[int, str] = {}
        for centre, m in read:
            if centre.id in seen_ids:
                raise self.fail(m.error("id", f'the id "{centre.id}" is used twice '
                                              f"(first at line {seen_ids[centre.id]})"), centre.id)
            seen_ids[centre.id] = m.line_of("id")
            if centre.call_order is not None:
                if centre.call_order in seen_orders:
                    other = seen_orders[centre.call_order]
                    raise self.fail(m.error("call_order", f"call_order {centre.call_order} is "
                                            f'already used by "{other}"'), centre.id)
                seen_orders[centre.call_order] = centre.id

    def email(self, m: StrictMap) -> Email:
        address = m.text("address")
        if not _EMAIL.match(address):
            raise m.error("address", f'"{address}" is not an email address')
        email = Email(address, m.opt_text("purpose"), m.opt_text("note"), self.provenance(m))
        m.done()
        return email




def _partial_date(m: StrictMap, key: str) -> PartialDate:
    text = m.raw(key)
    try:
        return PartialDate.parse(text, key)
    except FieldError as error:
        raise m.error(key, f'"{text}" is not a date: {error.detail}') from None


def _full_date(m: StrictMap, key: str) -> date:
    text = m.raw(key)
    try:
        return parse_date(text, key)
    except FieldError as error:
        raise m.error(key, f'"{text}" is not a date: {error.detail}') from None
