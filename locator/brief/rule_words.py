"""The deadline rules' words in French and Dutch for a brief made without the app's window
(the command line): read from the committed translation sources, context
``deadline_rules`` (``resources/translations/locator_<lang>.ts``), the very texts the app
shows — no second copy. Only finished translations are used; any other text stays in
English, as the brief says nothing it was not given.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache

from locator.model.paths import RESOURCES_DIR

__all__ = ["catalogue_rule_words"]

TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
CONTEXT = "deadline_rules"


@cache
def _catalogue(lang: str) -> dict[str, str]:
    path = TRANSLATIONS_DIR / f"locator_{lang}.ts"
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return {}  # a bundle ships the compiled files only: the rules' words stay English
    words: dict[str, str] = {}
    for context in root.iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            source, translation = message.findtext("source"), message.find("translation")
            if (source and translation is not None and translation.text
                    and translation.get("type") is None):
                words[source] = translation.text
    return words


def catalogue_rule_words(text: str, lang: str) -> str:
    """``text`` (a rule's English title, condition or basis) in ``lang``."""
    if lang == "en" or not text:
        return text
    return _catalogue(lang).get(text, text)
