"""ISO 3166 countries with their names in English, French and Dutch (pycountry)."""

from __future__ import annotations

import gettext
from functools import cache

import pycountry

from locator.model.errors import FieldError

LANGUAGES = ("en", "fr", "nl")


@cache
def _translator(lang: str) -> gettext.NullTranslations:
    if lang == "en":
        return gettext.NullTranslations()
    return gettext.translation(
        "iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True
    )


@cache
def countries() -> tuple[tuple[str, str], ...]:
    """(alpha-2 code, English name), sorted by name."""
    items = ((c.alpha_2, getattr(c, "common_name", c.name)) for c in pycountry.countries)
    return tuple(sorted(items, key=lambda item: item[1]))


@cache  # called per row when the case list is drawn and sorted
def country_name(code: str, lang: str = "en") -> str:
    """The country's name in ``lang``; ``""`` for unknown."""
    if not code:
        return ""
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return _translator(lang).gettext(getattr(country, "common_name", country.name))


@cache
def all_names(code: str) -> str:
    """Every name of a country (EN, FR, NL, official), for search."""
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    names = {code, country.alpha_3, country.name, getattr(country, "common_name", country.name)}
    names.update(country_name(code, lang) for lang in LANGUAGES)
    return " ".join(sorted(names))


def normalise_country(text: str, field: str) -> str:
    """Accept an alpha-2 or alpha-3 code or an EN/FR/NL name; ``""`` or ``unknown`` = unknown."""
    raw = text.strip()
    if not raw or raw.lower() == "unknown":
        return ""
    if len(raw) in (2, 3) and raw.isalpha():
        country = (pycountry.countries.get(alpha_2=raw.upper()) if len(raw) == 2
                   else pycountry.countries.get(alpha_3=raw.upper()))
        if country is not None:
            return str(country.alpha_2)
    code = _codes_by_name().get(raw.casefold())
    if code is not None:
        return code
    raise FieldError(field, "not a country we know; pick one from the list, or leave it unknown")


@cache
def _codes_by_name() -> dict[str, str]:
    """Case-folded EN/FR/NL name → alpha-2 code; a name shared by two countries goes to
    the first by English name (as a search through :func:`countries` would)."""
    table: dict[str, str] = {}
    for code, _ in countries():
        for lang in LANGUAGES:
            table.setdefault(country_name(code, lang).casefold(), code)
    return table
