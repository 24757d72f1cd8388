"""Belgian orders to leave and detention decisions: the whole page read in French and
Dutch, then each field found by its printed label in either language ("Nom" / "Naam",
"Date de naissance" / "Geboortedatum" …), with the confidence Tesseract gives its words.
The language of the labels found is the likely language of the procedure."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from difflib import SequenceMatcher

from PIL import Image

from locator.documents.ocr import Line, engine, read_lines
from locator.documents.prep import cleaned
from locator.documents.proposals import (
    UNCERTAIN_LOW,
    UNCERTAIN_VALUE,
    Proposal,
    Reading,
    Source,
    weakest_first,
)
from locator.model.countries import normalise_country
from locator.model.errors import FieldError

#: a word read with less confidence than this makes its field uncertain
CERTAIN_FROM = 75.0


@dataclass(frozen=True)
class Label:
    field: str
    lang: str  # fr, nl
    words: str  # folded: lower case, no accents


#: the printed labels, folded; longer ones first so "prenom" wins over "nom"
LABELS: tuple[Label, ...] = tuple(sorted((
    Label("registered_first_name", "fr", "prenom"),
    Label("registered_first_name", "fr", "prenoms"),
    Label("registered_first_name", "nl", "voornaam"),
    Label("registered_first_name", "nl", "voornamen"),
    Label("registered_last_name", "fr", "nom"),
    Label("registered_last_name", "fr", "nom de famille"),
    Label("registered_last_name", "nl", "naam"),
    Label("registered_last_name", "nl", "familienaam"),
    Label("nationality_recorded", "fr", "nationalite"),
    Label("nationality_recorded", "nl", "nationaliteit"),
    Label("birth_date_recorded", "fr", "date de naissance"),
    Label("birth_date_recorded", "fr", "ne le"),
    Label("birth_date_recorded", "nl", "geboortedatum"),
    Label("birth_date_recorded", "nl", "geboren op"),
    Label("oe_number", "fr", "numero sp"),
    Label("oe_number", "fr", "numero oe"),
    Label("oe_number", "fr", "n sp"),
    Label("oe_number", "fr", "n oe"),
    Label("oe_number", "fr", "sp"),
    Label("oe_number", "nl", "ov-nummer"),
    Label("oe_number", "nl", "dvz-nummer"),
    Label("oe_number", "nl", "ov nummer"),
    Label("oe_number", "nl", "dvz nummer"),
    Label("decision_notified_on", "fr", "date de notification"),
    Label("decision_notified_on", "fr", "notifie le"),
    Label("decision_notified_on", "nl", "datum van kennisgeving"),
    Label("decision_notified_on", "nl", "betekend op"),
    Label("decision_notification_method", "fr", "notifie"),
    Label("decision_notification_method", "nl", "betekend"),
), key=lambda label: -len(label.words)))

#: words that say how it was notified (folded)
_METHODS = (("mains propres", "hand"), ("in handen", "hand"), ("overhandigd", "hand"),
            ("recommande", "registered"), ("aangetekend", "registered"))
_ANNEXE = re.compile(r"\b(annexe|bijlage)\s*([0-9]{1,2}\s*(?:bis|ter|quater|quinquies|"
                     r"sexies|septies|octies)?)\b", re.IGNORECASE)
_DATE = re.compile(r"\b([0-3]?\d)\s*[/.\-]\s*([01]?\d)\s*[/.\-]\s*((?:19|20)\d\d)\b")
#: the first words of the page's title, in each language (folded)
_TITLES = {"fr": ("ordre de quitter", "decision de maintien", "office des etrangers",
                  "royaume de belgique", "il est enjoint"),
           "nl": ("bevel om het grondgebied", "beslissing tot", "dienst vreemdelingenzaken",
                  "koninkrijk belgie", "verklaart te heten")}


def fold(text: str) -> str:
    """Lower case, accents off, one space between words."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().replace("°", " ").replace("º", " ").split())


def _label_of(head: str) -> Label | None:
    """The label ``head`` (the words before the colon) reads as, allowing for an OCR slip
    in a long label."""
    folded = fold(head).strip(" .:;")
    for label in LABELS:
        if folded == label.words:
            return label
    best, best_ratio = None, 0.0
    for label in LABELS:
        if len(label.words) < 6:
            continue
        ratio = SequenceMatcher(None, folded, label.words).ratio()
        if ratio > best_ratio:
            best, best_ratio = label, ratio
    return best if best_ratio >= 0.85 else None


def _value_confidence(line: Line, value: str) -> float:
    """The lowest confidence of the words that make up ``value`` on ``line``."""
    words = value.split()
    confidences = [c for w, c in line.words if w and any(w in v or v in w for v in words)]
    return min(confidences) if confidences else line.confidence


def _date(text: str, today: date) -> str | None:
    m = _DATE.search(text)
    if not m:
        return None
    try:
        found = date(int(m[3]), int(m[2]), int(m[1]))
    except ValueError:
        return None
    return found.isoformat() if found <= today else None


def _country(text: str) -> str | None:
    try:
        return normalise_country(text.strip(" .,;"), "nationality_recorded") or None
    except FieldError:
        return None


def _oe(text: str) -> str | None:
    m = re.search(r"[0-9OIl][0-9OIl .]{3,}[0-9OIl]", text)
    if not m:
        return None
    value = m.group().translate(str.maketrans("OIl", "011")).replace(" ", "")
    return value if sum(ch.isdigit() for ch in value) >= 5 else None


def _method(text: str) -> str | None:
    folded = fold(text)
    return next((method for words, method in _METHODS if words in folded), None)


def fields_of(lines: list[Line], today: date | None = None) -> Reading:
    """The proposals the labelled lines of a page give."""
    today = today or date.today()
    found: dict[str, Proposal] = {}
    votes = {"fr": 0, "nl": 0}
    for line in lines:
        folded = fold(line.text)
        for lang, titles in _TITLES.items():
            votes[lang] += sum(2 for t in titles if t in folded)
        annexe = _ANNEXE.search(line.text)
        if annexe and "decision_annexe" not in found:
            votes["fr" if annexe[1].lower() == "annexe" else "nl"] += 2
            annexe_value = annexe[2].replace(" ", "").lower()
            conf = _value_confidence(line, annexe[2])
            found["decision_annexe"] = Proposal("decision_annexe", annexe_value, conf,
                                                conf >= CERTAIN_FROM, Source.FORM, line.text,
                                                "" if conf >= CERTAIN_FROM else UNCERTAIN_LOW)
        head, colon, rest = line.text.partition(":")
        if not colon:
            continue
        label = _label_of(head)
        if label is None or label.field in found:
            continue
        votes[label.lang] += 1
        raw = rest.strip()
        value: str | None
        if label.field in ("birth_date_recorded", "decision_notified_on"):
            value = _date(raw, today)
        elif label.field == "nationality_recorded":
            value = _country(raw)
        elif label.field == "oe_number":
            value = _oe(raw)
        elif label.field == "decision_notification_method":
            value = _method(raw)
        else:
            value = " ".join(raw.split()) or None
        conf = _value_confidence(line, raw)
        if value is None:
            found[label.field] = Proposal(label.field, "", min(conf, 30.0), False,
                                          Source.FORM, raw, UNCERTAIN_VALUE)
            continue
        certain = conf >= CERTAIN_FROM
        found[label.field] = Proposal(label.field, value, conf, certain, Source.FORM, raw,
                                      "" if certain else UNCERTAIN_LOW)
    if votes["fr"] or votes["nl"]:
        lang = "fr" if votes["fr"] >= votes["nl"] else "nl"
        total = votes["fr"] + votes["nl"]
        share = 100.0 * votes[lang] / total
        found["case_language"] = Proposal("case_language", lang, share, share >= 80,
                                          Source.FORM, "", "" if share >= 80 else UNCERTAIN_LOW)
    kind = "form" if len(found) > 1 else ""
    return Reading(weakest_first([p for p in found.values() if p.value or not p.certain]),
                   kind)


def read_form(image: Image.Image, should_stop: Callable[[], bool] = lambda: False,
              today: date | None = None) -> Reading:
    """The labelled fields of a page (grey, level)."""
    if should_stop():
        return Reading()
    page = image
    if max(page.size) < 1600:  # small letters read better a little larger
        scale = 1600 / max(page.size)
        page = page.resize((round(page.width * scale), round(page.height * scale)),
                           Image.Resampling.LANCZOS)
    with engine("fra+nld", single_block=False) as api:
        lines = read_lines(api, cleaned(page))
    return fields_of(lines, today)
