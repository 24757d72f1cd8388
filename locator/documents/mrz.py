"""The machine-readable zone of a passport, card or visa (ICAO 9303: TD1, TD2, TD3,
MRV-A, MRV-B): found at the foot of the page, read by Tesseract with only the zone's
characters, parsed and its check digits verified by the ``mrz`` library.

A field whose check digit fails is proposed as "could not be read with certainty", and
so is every field the check digits do not cover (names, nationality, sex) when any
check of the zone failed: nothing is proposed as certain from a zone read wrongly.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PIL import Image, ImageOps

from locator.documents.ocr import MRZ_CHARACTERS, Glyph, Line, engine, read_glyphs, read_lines
from locator.documents.prep import cleaned, ink, row_profile, straightened
from locator.documents.proposals import (
    UNCERTAIN_CHECK,
    UNCERTAIN_CUT,
    UNCERTAIN_GUESS,
    UNCERTAIN_LOW,
    UNCERTAIN_VALUE,
    Proposal,
    Reading,
    Source,
    weakest_first,
)
from locator.model.countries import normalise_country
from locator.model.errors import FieldError

#: (lines, characters per line) of each format
SHAPES: dict[str, tuple[int, int]] = {"td1": (3, 30), "td2": (2, 36), "td3": (2, 44),
                                      "mrva": (2, 44), "mrvb": (2, 36)}
#: what each position of each line may hold: A letters, N digits, X either, S sex, F name
#: (letters and fillers), D a digit or a filler; "<" counts as part of every class
_LAYOUTS: dict[str, tuple[str, ...]] = {
    "td3": ("AAAAA" + "F" * 39,
            "XXXXXXXXXNAAANNNNNNNSNNNNNNNXXXXXXXXXXXXXXDN"),
    "mrva": ("AAAAA" + "F" * 39,
             "XXXXXXXXXNAAANNNNNNNSNNNNNNNXXXXXXXXXXXXXXXX"),
    "td2": ("AAAAA" + "F" * 31, "XXXXXXXXXNAAANNNNNNNSNNNNNNNXXXXXXXN"),
    "mrvb": ("AAAAA" + "F" * 31, "XXXXXXXXXNAAANNNNNNNSNNNNNNNXXXXXXXX"),
    "td1": ("AAAAAXXXXXXXXXDXXXXXXXXXXXXXXX", "NNNNNNNSNNNNNNNAAAXXXXXXXXXXXN", "F" * 30),
}
_TO_DIGIT = str.maketrans({"O": "0", "Q": "0", "D": "0", "U": "0", "I": "1", "L": "1",
                           "Z": "2", "S": "5", "B": "8", "G": "6", "T": "7"})
_TO_LETTER = str.maketrans({"0": "O", "1": "I", "2": "Z", "5": "S", "8": "B", "6": "G",
                            "4": "A", "7": "T"})
#: issuing codes ICAO uses that are not ISO 3166 alpha-3 (9303 part 3)
_ICAO_CODES = {"D": "DE", "GBD": "GB", "GBN": "GB", "GBO": "GB", "GBP": "GB", "GBS": "GB",
               "RKS": "XK"}
#: codes for no country: stateless, refugee, unspecified, the United Nations …
_NO_COUNTRY = {"XXA", "XXB", "XXC", "XXX", "UNO", "UNA", "UNK", "XOM", "XPO", "XES", "EUE"}


#: a reading is a zone only when this many of its check digits match
MIN_CHECKS = 2
#: the height of a line of the zone as it is read, in pixels
LINE_HEIGHT = 32


@dataclass(frozen=True)
class Zone:
    """The zone's lines as read (fixed to their length) and the OCR's confidence."""

    kind: str
    lines: tuple[str, ...]
    confidence: float
    refitted: bool  # a line had to be lengthened or shortened to fit
    #: (line, position) of characters that may as well have been fillers
    doubtful: frozenset[tuple[int, int]] = frozenset()
    #: look-alikes of the document number were swapped to make its check digit match
    repaired: bool = False
    #: (line, position) of characters Tesseract nearly read as another one
    lookalike: frozenset[tuple[int, int]] = frozenset()


def _fit(text: str, width: int) -> tuple[str, bool]:
    """``text`` made ``width`` long by growing or shrinking its longest run of fillers
    (where OCR most often miscounts); cut or padded at the end when it has none."""
    if len(text) == width:
        return text, False
    runs: list[tuple[int, int]] = []
    start = -1
    for i, ch in enumerate(text + "."):
        if ch == "<" and start < 0:
            start = i
        elif ch != "<" and start >= 0:
            runs.append((start, i))
            start = -1
    if runs:
        a, b = max(runs, key=lambda r: (r[1] - r[0], r[0]))
        length = max(1, (b - a) + width - len(text))
        text = text[:a] + "<" * length + text[b:]
    return (text + "<" * width)[:width], True


def _by_layout(line: str, layout: str) -> str:
    out = []
    for ch, kind in zip(line, layout, strict=True):
        if ch == "<":
            out.append(ch)
        elif kind in "ND":
            out.append(ch.translate(_TO_DIGIT))
        elif kind in "AF":
            out.append(ch.translate(_TO_LETTER))
        elif kind == "S":
            out.append(ch if ch in "MFX" else {"H": "M", "E": "F", "P": "F"}.get(ch, "<"))
        else:
            out.append(ch)
    return "".join(out)


def _kind_of(lines: list[str]) -> str | None:
    count, width = len(lines), len(lines[0])
    if count == 3 and abs(width - 30) <= 3:
        return "td1"
    if count == 2 and abs(width - 44) <= 4:
        return "mrva" if lines[0][:1] == "V" else "td3"
    if count == 2 and abs(width - 36) <= 3:
        return "mrvb" if lines[0][:1] == "V" else "td2"
    return None


def find_zone(lines: list[Line]) -> Zone | None:
    """The zone among the lines read: the last run of 2 or 3 lines of a zone's length that
    hold fillers."""
    texts = ["".join(line.text.split()).upper() for line in lines]
    for end in range(len(texts), 1, -1):
        for count in (3, 2):
            group = texts[max(0, end - count):end]
            if len(group) != count or not all(len(t) >= 26 for t in group):
                continue
            if not any("<" in t for t in group):
                continue
            kind = _kind_of(group)
            if kind is None or (kind == "td1" and count != 3):
                continue
            n, width = SHAPES[kind]
            fitted = [_fit(t, width) for t in group]
            fixed = tuple(_fillers_cleaned(_by_layout(t, layout), layout)
                          for (t, _), layout in zip(fitted, _LAYOUTS[kind], strict=True))
            used = lines[end - count:end]
            confidence = sum(line.confidence for line in used) / count
            return Zone(kind, fixed, confidence, any(r for _, r in fitted))
    return None


# -- locating the band ---------------------------------------------------------------


def _bands(mask: Image.Image) -> list[tuple[int, int]]:
    """Rows of text: runs of rows holding ink, small gaps bridged."""
    rows = row_profile(mask)
    if not rows:
        return []
    peak = max(rows) or 1.0
    bands: list[tuple[int, int]] = []
    start = -1
    for y, value in enumerate([*rows, 0.0]):
        if value > peak * 0.08 and start < 0:
            start = y
        elif value <= peak * 0.08 and start >= 0:
            if y - start >= 3:
                bands.append((start, y))
            start = -1
    return bands


def _width(mask: Image.Image, top: int, bottom: int) -> tuple[int, int]:
    strip = mask.crop((0, top, mask.width, bottom))
    box = strip.getbbox()
    return (box[0], box[2]) if box else (0, 0)


def band_crops(image: Image.Image) -> list[tuple[Image.Image, float]]:
    """Crops of ``image`` that may hold the zone, most likely first: the lowest 3 and 2
    lines of text of about one height that run across most of the page."""
    scale = min(1.0, 1000 / max(image.size))
    small = image.resize((max(1, round(image.width * scale)),
                          max(1, round(image.height * scale)))) if scale < 1 else image
    mask = ink(small)
    bands = _bands(mask)
    if not bands:
        return []
    spans = {band: _width(mask, *band) for band in bands}
    widest = max(b - a for a, b in spans.values()) or 1
    wide = [band for band in bands if spans[band][1] - spans[band][0] >= widest * 0.55]
    crops: list[tuple[Image.Image, float]] = []
    for count in (3, 2):
        if len(wide) < count:
            continue
        group = wide[-count:]
        heights = [b - a for a, b in group]
        if max(heights) > 2.2 * min(heights):
            continue
        top, bottom = group[0][0], group[-1][1]
        if (bottom - top) > count * 3.2 * max(heights):  # not lines of one block
            continue
        left = min(spans[band][0] for band in group)
        right = max(spans[band][1] for band in group)
        pad = max(heights)
        box = (max(0, left - pad), max(0, top - pad), min(small.width, right + pad),
               min(small.height, bottom + pad))
        crop = image.crop(tuple(round(v / scale) for v in box))  # type: ignore[arg-type]
        crops.append((crop, sum(heights) / count / scale))
    # a blurred photo can run the zone's lines into one band, taller than a line of text
    heights = sorted(b - a for a, b in bands)
    line = heights[len(heights) // 2]
    last = wide[-1] if wide else bands[-1]
    if last[1] - last[0] >= 1.6 * line:
        left, right = spans[last]
        box = (max(0, left - line), max(0, last[0] - line), min(small.width, right + line),
               min(small.height, last[1] + line))
        crop = image.crop(tuple(round(v / scale) for v in box))  # type: ignore[arg-type]
        crops.append((crop, line / scale))
    return crops


def _for_ocr(crop: Image.Image, line_height: float) -> Image.Image:
    """A crop scaled so that a line of capitals is about :data:`LINE_HEIGHT` pixels high,
    cleaned, with a white border (Tesseract reads best with some margin)."""
    scale = LINE_HEIGHT / max(1.0, line_height)
    if 0.8 < scale < 1.25:
        scale = 1.0
    if scale != 1.0:
        crop = crop.resize((max(1, round(crop.width * scale)), max(1, round(crop.height * scale))),
                           Image.Resampling.LANCZOS)
    return ImageOps.expand(cleaned(crop), border=20, fill=255)


#: a glyph that Tesseract also read as a filler with this confidence is doubtful; with
#: :data:`FILLER_OVER` it is taken as the filler
FILLER_DOUBT, FILLER_OVER = 20.0, 50.0


def _cells(glyphs: list[list[Glyph]], width: int
           ) -> tuple[list[str], set[tuple[int, int]], set[tuple[int, int]]]:
    """The zone's lines rebuilt on its grid, the cells that may be fillers and the cells
    Tesseract nearly read as another character.

    Every character of OCR-B has the same width, so each glyph falls in one of ``width``
    cells; an empty cell is a filler Tesseract missed; of two glyphs in one cell (a
    filler read as "<K") the filler is kept; a letter Tesseract also saw as a filler
    is one (when it nearly preferred it) and in doubt."""
    left = min(line[0].left for line in glyphs)
    right = max(line[-1].right for line in glyphs)
    pitch = (right - left) / width
    out: list[str] = []
    doubtful: set[tuple[int, int]] = set()
    lookalike: set[tuple[int, int]] = set()
    for row, line in enumerate(glyphs):
        cells: list[list[Glyph]] = [[] for _ in range(width)]
        for g in line:
            index = int(((g.left + g.right) / 2 - left) / pitch)
            cells[min(max(index, 0), width - 1)].append(g)
        chars = []
        for column, cell in enumerate(cells):
            if not cell:
                chars.append("<")
                continue
            chosen = max(cell, key=lambda g: (g.char == "<", g.confidence))
            filler = chosen.could_be("<")
            if chosen.char != "<" and filler >= FILLER_DOUBT:
                doubtful.add((row, column))
            second = max((c for _, c in chosen.others), default=0.0)
            if second >= FILLER_DOUBT:  # a look-alike (O and 0, B and 8 …)
                lookalike.add((row, column))
            if len(cell) > 1:  # two glyphs in one cell: a letter may have been lost
                doubtful.add((row, column))
            chars.append("<" if chosen.char != "<" and filler >= FILLER_OVER else chosen.char)
        out.append("".join(chars))
    return out, doubtful, lookalike


#: what Tesseract reads a filler as
_FILLER_LOOKALIKES = set("<KXSECZG")
#: and, in a long tail (never a name's last letters), these too
_TAIL_LOOKALIKES = _FILLER_LOOKALIKES | set("O6")
_LONG_TAIL = 6


def _fillers_cleaned(text: str, layout: str) -> str:
    """In the name and optional fields: a tail of filler look-alikes after a filler is all
    fillers (of ``<`` and ``K`` only when short), and so is one look-alike standing alone
    between fillers."""
    chars = list(text)
    for i in range(1, len(chars) - 1):
        if (layout[i] in "FX" and chars[i] in _FILLER_LOOKALIKES and chars[i - 1] == "<"
                and chars[i + 1] == "<"):
            chars[i] = "<"
    if layout[-1] in "FX" or layout.endswith("F"):
        for i in range(len(chars)):
            tail = chars[i:]
            allowed = _TAIL_LOOKALIKES if len(tail) >= _LONG_TAIL else set("<K")
            if chars[i] == "<" and all(c in allowed for c in tail) \
                    and all(k in "FX" for k in layout[i:]):
                chars[i:] = "<" * (len(chars) - i)
                break
    return "".join(chars)


def _zones_of_glyphs(glyphs: list[list[Glyph]], confidence: float) -> list[Zone]:
    """Every reading of the lowest 3 or 2 lines as a zone of each shape with that many
    lines (the check digits tell which is right)."""
    lines = [line for line in glyphs if len(line) >= 20]
    zones: list[Zone] = []
    for count in (3, 2):
        group = lines[-count:]
        if len(group) != count:
            continue
        visa = group[0][0].char == "V"
        for kind, (n, width) in SHAPES.items():
            if n != count or (kind.startswith("mrv") != visa and count == 2):
                continue
            rebuilt, doubtful, lookalike = _cells(group, width)
            fixed = tuple(_fillers_cleaned(_by_layout(t, layout), layout)
                          for t, layout in zip(rebuilt, _LAYOUTS[kind], strict=True))
            zones.append(Zone(kind, fixed, confidence, False, frozenset(doubtful),
                              lookalike=frozenset(lookalike)))
    return zones


def _checks(zone: Zone) -> int:
    """How many of the zone's check digits match (-1: not a zone the library reads)."""
    checker = _checker(zone)
    if checker is None:
        return -1
    names = ["document_number_hash", "birth_date_hash", "expiry_date_hash"]
    if not zone.kind.startswith("mrv"):
        names.append("final_hash")
    return sum(bool(getattr(checker, name)) for name in names)


def _all_checks(kind: str) -> int:
    return 3 if kind in ("mrva", "mrvb") else 4


#: characters a document number may hold that OCR confuses, and their look-alikes
_SWAPS = {"O": "0", "0": "O", "I": "1", "1": "I", "S": "5", "5": "S", "B": "8", "8": "B",
          "Z": "2", "2": "Z", "D": "0", "G": "6", "6": "G"}


def _repaired(zone: Zone) -> Zone:
    """The zone with its document number's look-alike letters and digits (O and 0 …)
    swapped until its check digit and the final one match, when that is possible with at
    most three swaps; otherwise as it was. A guess (a visa has no final digit to confirm
    it; a passport's may match by chance): the number is then proposed as not certain
    (:attr:`Zone.repaired`)."""
    from itertools import combinations

    if _checks(zone) == _all_checks(zone.kind):
        return zone
    row, start = (0, 5) if zone.kind == "td1" else (1, 0)
    number = zone.lines[row][start:start + 9]
    spots = [i for i, ch in enumerate(number) if ch in _SWAPS]
    best = zone
    for count in (1, 2, 3):
        for chosen in combinations(spots, count):
            chars = list(number)
            for i in chosen:
                chars[i] = _SWAPS[chars[i]]
            line = zone.lines[row]
            new_line = line[:start] + "".join(chars) + line[start + 9:]
            lines = list(zone.lines)
            lines[row] = new_line
            candidate = Zone(zone.kind, tuple(lines), zone.confidence, zone.refitted,
                             zone.doubtful, repaired=True, lookalike=zone.lookalike)
            if _checks(candidate) == _all_checks(zone.kind):
                return candidate
    return best


def read_zone(image: Image.Image, should_stop: Callable[[], bool] = lambda: False,
              *, thorough: bool = True) -> Zone | None:
    """The zone of ``image`` (grey, level), upright or upside down, the reading whose check
    digits match best; None when none is found. ``thorough``: when the foot of the page
    holds none, read the whole page for one (slower)."""
    found: list[Zone] = []

    def best() -> Zone | None:
        """The best reading, if at least :data:`MIN_CHECKS` check digits match (fewer
        happen by chance on text that is no zone)."""
        top = max(found, key=_checks) if found else None
        return top if top is not None and _checks(top) >= MIN_CHECKS else None

    def at_the_foot(api: object, turned: Image.Image) -> Zone | None:
        for crop, height in band_crops(turned):
            if should_stop():
                return None
            glyphs = read_glyphs(api, _for_ocr(crop, height))
            confidences = [g.confidence for line in glyphs for g in line]
            mean = sum(confidences) / len(confidences) if confidences else 0.0
            for zone in map(_repaired, _zones_of_glyphs(glyphs, mean)):
                found.append(zone)
                if _checks(zone) == _all_checks(zone.kind):
                    return zone
        return best()

    with engine("eng", whitelist=MRZ_CHARACTERS) as api:
        for turned in (image, image.rotate(180)):
            zone = at_the_foot(api, turned)
            if zone is not None or should_stop():
                return zone
        if not thorough:
            return None
        for quarter in (90, 270):  # a photo taken sideways
            zone = at_the_foot(api, straightened(image.rotate(quarter, expand=True)))
            if zone is not None or should_stop():
                return zone
        whole = find_zone(read_lines(api, cleaned(image)))
        if whole is not None:
            found.append(_repaired(whole))
        return best()


# -- the fields ----------------------------------------------------------------------


def _checker(zone: Zone) -> object | None:
    from mrz.checker.mrva import MRVACodeChecker
    from mrz.checker.mrvb import MRVBCodeChecker
    from mrz.checker.td1 import TD1CodeChecker
    from mrz.checker.td2 import TD2CodeChecker
    from mrz.checker.td3 import TD3CodeChecker

    classes = {"td1": TD1CodeChecker, "td2": TD2CodeChecker, "td3": TD3CodeChecker,
               "mrva": MRVACodeChecker, "mrvb": MRVBCodeChecker}
    try:
        checker: object = classes[zone.kind]("\n".join(zone.lines))
        return checker
    except Exception:  # noqa: BLE001 - the library raises its own classes for a bad zone
        return None


def _country(code: str) -> str | None:
    """The alpha-2 code of an issuing or nationality code; "" for "no country"; None when
    the code is not one."""
    bare = code.replace("<", "")
    if bare in _NO_COUNTRY:
        return ""
    if bare in _ICAO_CODES:
        return _ICAO_CODES[bare]
    try:
        found = normalise_country(bare, "nationality_recorded") if len(bare) == 3 else None
    except FieldError:
        return None
    return found or None


def _day(text: str, *, birth: bool, today: date) -> str | None:
    """An MRZ date (YYMMDD, unknown parts as fillers) as ISO text, partial when the day or
    the month is not given; None when it is not a date."""
    yy, mm, dd = text[0:2], text[2:4], text[4:6]
    if not yy.isdigit():
        return None
    year = 2000 + int(yy)
    if birth and year > today.year:
        year -= 100
    if not birth and year > today.year + 50:
        year -= 100
    if not mm.isdigit() or mm == "00":
        return f"{year:04d}"
    if not 1 <= int(mm) <= 12:
        return None
    if not dd.isdigit() or dd == "00":
        return f"{year:04d}-{mm}"
    try:
        return date(year, int(mm), int(dd)).isoformat()
    except ValueError:
        return None


def _names(identifier: str) -> tuple[str, str, bool]:
    """(last name, first names, cut short) of a zone's name field."""
    cut = not identifier.endswith("<")
    last, _, first = identifier.rstrip("<").partition("<<")
    return (" ".join(last.split("<")).strip(), " ".join(first.replace("<", " ").split()),
            cut)


def proposals(zone: Zone, today: date | None = None) -> Reading:
    """What ``zone`` says, field by field, each checked as far as the zone allows."""
    today = today or date.today()
    checker = _checker(zone)
    lines = zone.lines
    if zone.kind == "td1":
        name_field, doc, nat = lines[2], lines[0][5:14], lines[1][15:18]
        birth, sex, expiry, country = lines[1][0:6], lines[1][7], lines[1][8:14], lines[0][2:5]
    else:
        name_field, doc, nat = lines[0][5:], lines[1][0:9], lines[1][10:13]
        birth, sex, expiry, country = (lines[1][13:19], lines[1][20], lines[1][21:27],
                                       lines[0][2:5])
    doc_ok = birth_ok = expiry_ok = final_ok = False
    if checker is not None:
        doc_ok = bool(checker.document_number_hash)  # type: ignore[attr-defined]
        birth_ok = bool(checker.birth_date_hash)  # type: ignore[attr-defined]
        expiry_ok = bool(checker.expiry_date_hash)  # type: ignore[attr-defined]
        final_ok = zone.kind.startswith("mrv") or bool(
            checker.final_hash)  # type: ignore[attr-defined]
    all_ok = doc_ok and birth_ok and expiry_ok and final_ok
    conf = zone.confidence
    out: list[Proposal] = []

    def add(name: str, value: str | None, read: str, ok: bool, reason: str = "") -> None:
        if value is None:
            out.append(Proposal(name, "", min(conf, 30.0), False, Source.MRZ, read,
                                reason or UNCERTAIN_VALUE))
        elif value:
            out.append(Proposal(name, value, conf if ok else min(conf, 45.0), ok, Source.MRZ,
                                read, "" if ok else (reason or UNCERTAIN_CHECK)))

    last, first, cut = _names(name_field)
    zone_ok = all_ok and not zone.refitted
    name_row, name_start = (2, 0) if zone.kind == "td1" else (0, 5)
    name_end = name_start + len(name_field.rstrip("<"))
    split = name_start + (name_field.find("<<") if "<<" in name_field else len(name_field))
    doubt_last = any(r == name_row and name_start <= c < min(split, name_end)
                     for r, c in zone.doubtful)
    doubt_first = any(r == name_row and split <= c < name_end for r, c in zone.doubtful)
    nat_row, nat_start = (1, 15) if zone.kind == "td1" else (1, 10)
    doubt_nat = any(r == nat_row and nat_start <= c < nat_start + 3 for r, c in zone.doubtful)

    def why(doubt: bool, cut_here: bool) -> str:
        if not all_ok:
            return ""
        return UNCERTAIN_CUT if cut_here else (UNCERTAIN_LOW if doubt else "")

    last_cut = cut and not first
    add("registered_last_name", last, name_field, zone_ok and not last_cut and not doubt_last,
        why(doubt_last, last_cut))
    add("registered_first_name", first, name_field, zone_ok and not cut and not doubt_first,
        why(doubt_first, cut))
    add("nationality_recorded", _country(nat), nat, zone_ok and not doubt_nat,
        why(doubt_nat, False))
    add("birth_date_recorded", _day(birth, birth=True, today=today), birth,
        birth_ok and final_ok)
    add("sex", {"M": "male", "F": "female"}.get(sex, ""), sex, zone_ok)
    doc_row, doc_start = (0, 5) if zone.kind == "td1" else (1, 0)
    doubt_doc = any(r == doc_row and doc_start <= c < doc_start + 9 for r, c in zone.lookalike)
    guessed = zone.repaired or (doubt_doc and zone.kind.startswith("mrv"))  # one digit only
    add("document_number", doc.replace("<", ""), doc, doc_ok and final_ok and not guessed,
        (UNCERTAIN_GUESS if zone.repaired else UNCERTAIN_LOW) if doc_ok and final_ok else "")
    add("document_expiry", _day(expiry, birth=False, today=today), expiry,
        expiry_ok and final_ok)
    add("document_country", _country(country), country, zone_ok)
    add("document_kind", zone.kind, lines[0][:2], True)
    notes = () if all_ok else (UNCERTAIN_CHECK,)
    return Reading(weakest_first(out), zone.kind, notes)
