"""A test set of documents made from known data, so the truth is known: machine-readable
zones rendered in OCR-B (Debian fonts-ocr-b) on card and passport pages, and French and
Dutch order-to-leave pages rendered with the app's Noto fonts; each can be degraded like
a phone photo (turned a few degrees, blurred, noised, JPEG-compressed).

The zones are made by the ``mrz`` library's generators (check digits computed there);
a name longer than the zone is cut by the ICAO rule here and spliced in (no check digit
covers the name)."""

from __future__ import annotations

import io
import random
import subprocess
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"


@cache
def ocr_b_path() -> Path:
    """The OCR-B font of Debian's fonts-ocr-b (found through dpkg, else the usual path)."""
    try:
        listed = subprocess.run(["dpkg", "-L", "fonts-ocr-b"], capture_output=True, text=True,
                                check=False, timeout=20).stdout.split()
    except (OSError, subprocess.SubprocessError):
        listed = []
    for name in [*listed, "/usr/share/fonts/opentype/ocr-b/OCRB.otf"]:
        if name.endswith("/OCRB.otf") and Path(name).is_file():
            return Path(name)
    raise FileNotFoundError("fonts-ocr-b is not installed (make test-sysdeps)")


@cache
def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    path = ocr_b_path() if name == "ocrb" else FONTS / name
    return ImageFont.truetype(str(path), size)


@dataclass(frozen=True)
class Person:
    """The truth of one identity document."""

    kind: str  # td1, td3, mrva
    country: str  # issuing code (ICAO)
    surname: str
    given: str
    number: str
    nationality: str  # ICAO code
    birth: str  # YYMMDD
    sex: str  # M, F, <
    expiry: str  # YYMMDD
    expected: dict[str, str] = field(default_factory=dict)  # field → value proposed


def _cut_identifier(surname: str, given: str, width: int) -> str:
    """The name field of ``width`` characters, cut at its end when too long (the given
    names lose their last letters first, as ICAO 9303 part 3 allows)."""
    def code(text: str) -> str:
        return "<".join(text.upper().replace("-", " ").replace("'", "").split())
    full = code(surname) + ("<<" + code(given) if given else "")
    return (full + "<" * width)[:width]


def zone_lines(p: Person) -> list[str]:
    from mrz.generator.mrva import MRVACodeGenerator
    from mrz.generator.td1 import TD1CodeGenerator
    from mrz.generator.td3 import TD3CodeGenerator

    if p.kind == "td1":
        text = str(TD1CodeGenerator("ID", p.country, p.number, p.birth, p.sex, p.expiry,
                                    p.nationality, "X", "Y", force=True))
        lines = text.splitlines()
        lines[2] = _cut_identifier(p.surname, p.given, 30)
        return lines
    generator = TD3CodeGenerator if p.kind == "td3" else MRVACodeGenerator
    doc_type = "P" if p.kind == "td3" else "V"
    lines = str(generator(doc_type, p.country, "X", "Y", p.number, p.nationality, p.birth,
                          p.sex, p.expiry, force=True)).splitlines()
    lines[0] = lines[0][:5] + _cut_identifier(p.surname, p.given, 39)
    return lines


PEOPLE: tuple[Person, ...] = (
    Person("td3", "BEL", "Van der Berghe", "Jean Pierre", "EH123456", "MAR", "990312", "M",
           "300101", {"registered_last_name": "VAN DER BERGHE",
                      "registered_first_name": "JEAN PIERRE", "nationality_recorded": "MA",
                      "birth_date_recorded": "1999-03-12", "sex": "male",
                      "document_number": "EH123456", "document_expiry": "2030-01-01"}),
    Person("td3", "D", "Mustermann", "Erika", "C01X00T47", "D", "640812", "F", "270228",
           {"registered_last_name": "MUSTERMANN", "registered_first_name": "ERIKA",
            "nationality_recorded": "DE", "birth_date_recorded": "1964-08-12",
            "sex": "female", "document_number": "C01X00T47",
            "document_expiry": "2027-02-28"}),
    Person("td3", "AFG", "Mohammadzai Abdulrahimzai", "Ahmad Shah Mohammad Karim", "P0481516",
           "AFG", "050607", "M", "290314",
           {"registered_last_name": "MOHAMMADZAI ABDULRAHIMZAI",
            "registered_first_name": "AHMAD SHAH M", "nationality_recorded": "AF",
            "birth_date_recorded": "2005-06-07", "sex": "male",
            "document_number": "P0481516", "document_expiry": "2029-03-14"}),
    Person("td1", "NLD", "De Vries", "Anna Maria", "SPECI2014", "ERI", "011130", "F",
           "310808", {"registered_last_name": "DE VRIES",
                      "registered_first_name": "ANNA MARIA", "nationality_recorded": "ER",
                      "birth_date_recorded": "2001-11-30", "sex": "female",
                      "document_number": "SPECI2014", "document_expiry": "2031-08-08"}),
    Person("td1", "BEL", "Abdelkader-Benali", "Youssef Mohamed", "B12345678", "DZA", "870101",
           "M", "280415", {"registered_last_name": "ABDELKADER BENALI",
                           "registered_first_name": "YOUSSEF MOH",
                           "nationality_recorded": "DZ",
                           "birth_date_recorded": "1987-01-01", "sex": "male",
                           "document_number": "B12345678",
                           "document_expiry": "2028-04-15"}),
    Person("td1", "FRA", "Diallo", "Fatoumata", "X4RTBPFW4", "GIN", "951224", "F", "330601",
           {"registered_last_name": "DIALLO", "registered_first_name": "FATOUMATA",
            "nationality_recorded": "GN", "birth_date_recorded": "1995-12-24",
            "sex": "female", "document_number": "X4RTBPFW4",
            "document_expiry": "2033-06-01"}),
    Person("mrva", "BEL", "Tesfaye", "Mekdes", "VB0099887", "ETH", "000229", "F", "270110",
           {"registered_last_name": "TESFAYE", "registered_first_name": "MEKDES",
            "nationality_recorded": "ET", "birth_date_recorded": "2000-02-29",
            "sex": "female", "document_number": "VB0099887",
            "document_expiry": "2027-01-10"}),
    Person("td3", "SYR", "Al Hassan", "Omar", "N00123987", "SYR", "781005", "M", "260930",
           {"registered_last_name": "AL HASSAN", "registered_first_name": "OMAR",
            "nationality_recorded": "SY", "birth_date_recorded": "1978-10-05",
            "sex": "male", "document_number": "N00123987",
            "document_expiry": "2026-09-30"}),
)


def identity_page(p: Person, lines: list[str] | None = None) -> Image.Image:
    """A card or passport page: a title, a photo box, printed fields, the zone at the
    foot, in OCR-B at about 300 dpi."""
    lines = lines or zone_lines(p)
    char = 34 if p.kind == "td1" else 30
    width = int(len(lines[0]) * char * 0.74) + 120
    height = 720 if p.kind == "td1" else 900
    page = Image.new("L", (width, height), 236)
    draw = ImageDraw.Draw(page)
    sans = font("NotoSans-Regular.ttf", 30)
    title = "PASSEPORT / PASPOORT / PASSPORT" if p.kind == "td3" else (
        "VISA" if p.kind == "mrva" else "IDENTITY CARD / CARTE D'IDENTITÉ")
    draw.text((60, 40), title, font=font("NotoSans-Bold.ttf", 34), fill=30)
    draw.rectangle((60, 120, 300, 420), outline=80, width=3, fill=200)
    for i, text in enumerate((f"Nom / Surname: {p.surname}", f"Prénoms / Given: {p.given}",
                              f"Nationalité: {p.nationality}")):
        draw.text((340, 140 + i * 60), text, font=sans, fill=40)
    mrz_font = font("ocrb", char)
    line_gap = int(char * 1.5)
    top = height - 60 - line_gap * len(lines)
    for i, line in enumerate(lines):
        draw.text((60, top + i * line_gap), line, font=mrz_font, fill=15)
    return page


@dataclass(frozen=True)
class Order:
    """The truth of one order-to-leave page."""

    lang: str  # fr, nl
    surname: str
    given: str
    nationality: str  # the country's name as printed
    birth: str  # DD/MM/YYYY
    oe_number: str
    annexe: str
    notified: str  # DD/MM/YYYY
    method: str  # hand, registered
    expected: dict[str, str] = field(default_factory=dict)


ORDERS: tuple[Order, ...] = (
    Order("fr", "BENALI", "Youssef", "Maroc", "12/03/1990", "8.123.456", "13septies",
          "02/12/2026", "hand",
          {"registered_last_name": "BENALI", "registered_first_name": "Youssef",
           "nationality_recorded": "MA", "birth_date_recorded": "1990-03-12",
           "oe_number": "8.123.456", "decision_annexe": "13septies",
           "decision_notified_on": "2026-12-02", "decision_notification_method": "hand",
           "case_language": "fr"}),
    Order("nl", "TESFAYE", "Mekdes", "Eritrea", "05/07/2001", "9.876.543", "13",
          "28/11/2026", "registered",
          {"registered_last_name": "TESFAYE", "registered_first_name": "Mekdes",
           "nationality_recorded": "ER", "birth_date_recorded": "2001-07-05",
           "oe_number": "9.876.543", "decision_annexe": "13",
           "decision_notified_on": "2026-11-28",
           "decision_notification_method": "registered", "case_language": "nl"}),
    Order("fr", "DIALLO", "Mamadou Saliou", "Guinée", "01/01/1985", "7.654.321", "26quater",
          "03/12/2026", "hand",
          {"registered_last_name": "DIALLO", "registered_first_name": "Mamadou Saliou",
           "nationality_recorded": "GN", "birth_date_recorded": "1985-01-01",
           "oe_number": "7.654.321", "decision_annexe": "26quater",
           "decision_notified_on": "2026-12-03", "decision_notification_method": "hand",
           "case_language": "fr"}),
    Order("nl", "HAKIMI", "Ahmad", "Afghanistan", "30/06/2004", "1.234.567", "13sexies",
          "01/12/2026", "hand",
          {"registered_last_name": "HAKIMI", "registered_first_name": "Ahmad",
           "nationality_recorded": "AF", "birth_date_recorded": "2004-06-30",
           "oe_number": "1.234.567", "decision_annexe": "13sexies",
           "decision_notified_on": "2026-12-01", "decision_notification_method": "hand",
           "case_language": "nl"}),
)

_TEXTS: dict[str, dict[str, Any]] = {
    "fr": {"head": "ROYAUME DE BELGIQUE — Office des étrangers",
           "title": "ORDRE DE QUITTER LE TERRITOIRE",
           "annexe": "ANNEXE {annexe}",
           "intro": "Il est enjoint à la personne qui déclare se nommer :",
           "surname": "Nom", "given": "Prénom", "birth": "Date de naissance",
           "nationality": "Nationalité", "oe": "Numéro SP",
           "notified": "Date de notification",
           "method": {"hand": "Notifié : remis en mains propres",
                      "registered": "Notifié : par pli recommandé"},
           "body": "de quitter le territoire de la Belgique dans les 7 jours.",
           },
    "nl": {"head": "KONINKRIJK BELGIË — Dienst Vreemdelingenzaken",
           "title": "BEVEL OM HET GRONDGEBIED TE VERLATEN",
           "annexe": "BIJLAGE {annexe}",
           "intro": "Aan de persoon die verklaart te heten :",
           "surname": "Naam", "given": "Voornaam", "birth": "Geboortedatum",
           "nationality": "Nationaliteit", "oe": "OV-nummer",
           "notified": "Datum van kennisgeving",
           "method": {"hand": "Betekend : in handen overhandigd",
                      "registered": "Betekend : bij aangetekende brief"},
           "body": "wordt het bevel gegeven het grondgebied van België te verlaten.",
           },
}


def order_page(o: Order) -> Image.Image:
    """An A4 page at about 150 dpi with the order's printed labels and values."""
    t = _TEXTS[o.lang]
    page = Image.new("L", (1240, 1754), 245)
    draw = ImageDraw.Draw(page)
    regular, bold = font("NotoSans-Regular.ttf", 28), font("NotoSans-Bold.ttf", 30)
    y = 90
    for text, face in ((t["head"], regular), (t["title"], bold),
                       (t["annexe"].format(annexe=o.annexe), bold), (t["intro"], regular)):
        draw.text((110, y), text, font=face, fill=20)
        y += 70
    y += 20
    for label, value in ((t["surname"], o.surname), (t["given"], o.given),
                         (t["birth"], o.birth), (t["nationality"], o.nationality),
                         (t["oe"], o.oe_number)):
        draw.text((110, y), f"{label} : {value}", font=regular, fill=20)
        y += 62
    y += 30
    draw.text((110, y), t["body"], font=regular, fill=20)
    y += 120
    draw.text((110, y), f"{t['notified']} : {o.notified}", font=regular, fill=20)
    y += 62
    draw.text((110, y), t["method"][o.method], font=regular, fill=20)
    return page


def degraded(image: Image.Image, seed: int) -> Image.Image:
    """``image`` as a phone would take it: turned 1.5-4 degrees either way, blurred,
    noised, lit unevenly, saved as JPEG."""
    rng = random.Random(seed)
    angle = rng.uniform(1.5, 4.0) * rng.choice((-1, 1))
    out = image.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=190)
    out = out.filter(ImageFilter.GaussianBlur(rng.uniform(0.8, 1.3)))
    # noise of its own seed (Image.effect_noise draws from the C library's global state)
    noise = Image.frombytes("L", out.size, rng.randbytes(out.width * out.height))
    out = Image.blend(out, noise.filter(ImageFilter.GaussianBlur(0.6)), rng.uniform(0.10, 0.16))
    light = Image.linear_gradient("L").resize(out.size).point(lambda v: 200 + v // 5)
    out = Image.composite(out, light, Image.new("L", out.size, 215))
    return out


def badly_degraded(image: Image.Image, seed: int) -> Image.Image:
    """Worse than :func:`degraded` (beyond the targets, for the record): turned 4-7
    degrees on a dark table, strongly blurred and noised."""
    rng = random.Random(seed)
    angle = rng.uniform(4.0, 7.0) * rng.choice((-1, 1))
    out = image.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=120)
    out = out.filter(ImageFilter.GaussianBlur(rng.uniform(1.5, 2.0)))
    noise = Image.frombytes("L", out.size, rng.randbytes(out.width * out.height))
    return Image.blend(out, noise, 0.18)


def image_bytes(image: Image.Image, kind: str = "PNG", quality: int = 80) -> bytes:
    """The image's file bytes, made in memory."""
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, kind, **({"quality": quality} if kind == "JPEG" else {}))
    return buffer.getvalue()
