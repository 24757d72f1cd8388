"""The centres directory as the rest of the app needs it (ids, search words)."""

from __future__ import annotations

from functools import cache


@cache
def location_ids() -> frozenset[str]:
    """Centre ids a case may be located at (open centres)."""
    from locator.centres.load import load_centres

    return frozenset(c.id for c in load_centres().locations())


def centre_search_text(centre_id: str) -> str:
    """The words that find a case by its centre: id, names in every language, abbreviation."""
    from locator.centres.load import load_centres

    directory = load_centres()
    try:
        centre = directory.get(centre_id)
    except LookupError:
        return centre_id
    words = {centre.id, *(centre.display_name(lang) for lang in ("en", "fr", "nl"))}
    if centre.abbreviation is not None:
        words.add(str(centre.abbreviation.value))
    return " ".join(sorted(w for w in words if w))
