"""Tesseract, in this process and in memory (tesserocr): where its data is, and one
engine per reading. An image is handed over as a Pillow image, never as a file."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PIL import Image

from locator.documents.errors import NoTesseract

#: where Debian, Fedora, Homebrew and a local build keep Tesseract's data
_KNOWN_FOLDERS = (
    "/usr/share/tesseract-ocr/5/tessdata",
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tessdata",
    "/usr/local/share/tessdata",
    "/opt/homebrew/share/tessdata",
    "/usr/local/share/tesseract-ocr/tessdata",
)
#: the characters of a machine-readable zone
MRZ_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"


def _candidates() -> Iterator[Path]:
    prefix = os.environ.get("TESSDATA_PREFIX", "").strip()
    if prefix:
        yield Path(prefix)
        yield Path(prefix) / "tessdata"
    for folder in _KNOWN_FOLDERS:
        yield Path(folder)


@cache
def tessdata(languages: tuple[str, ...] = ("eng", "fra", "nld")) -> str:
    """The tessdata folder holding every one of ``languages`` (with a trailing slash, as
    Tesseract wants it). Raises :class:`NoTesseract` when none does."""
    for folder in _candidates():
        if all((folder / f"{lang}.traineddata").is_file() for lang in languages):
            return f"{folder}/"
    try:
        import tesserocr

        folder_text, found = tesserocr.get_languages()
    except (ImportError, RuntimeError):
        raise NoTesseract() from None
    default = str(folder_text or "")
    if default and set(languages) <= set(found):
        return default if default.endswith("/") else default + "/"
    raise NoTesseract()


@dataclass(frozen=True)
class Line:
    """One line of text as Tesseract read it, with its mean confidence (0 … 100) and its
    words' confidences."""

    text: str
    confidence: float
    words: tuple[tuple[str, float], ...] = ()


@contextmanager
def engine(lang: str, *, whitelist: str = "", single_block: bool = True) -> Iterator[object]:
    """A Tesseract engine for ``lang`` ("fra+nld", "eng"), LSTM only."""
    try:
        import tesserocr
    except ImportError:
        raise NoTesseract() from None
    psm = tesserocr.PSM.SINGLE_BLOCK if single_block else tesserocr.PSM.AUTO
    try:
        api = tesserocr.PyTessBaseAPI(path=tessdata(tuple(lang.split("+"))), lang=lang,
                                      psm=psm, oem=tesserocr.OEM.LSTM_ONLY)
    except RuntimeError:
        raise NoTesseract() from None
    try:
        api.SetVariable("debug_file", os.devnull)  # Tesseract's own chatter: nowhere
        if whitelist:
            api.SetVariable("tessedit_char_whitelist", whitelist)
            api.SetVariable("lstm_choice_mode", "2")  # each glyph's other readings
        yield api
    finally:
        api.End()


def read_lines(api: object, image: Image.Image) -> list[Line]:
    """Every line Tesseract finds in ``image``, top to bottom."""
    import tesserocr

    api.SetImage(image)  # type: ignore[attr-defined]
    api.Recognize()  # type: ignore[attr-defined]
    lines: list[Line] = []
    iterator = api.GetIterator()  # type: ignore[attr-defined]
    if iterator is None:
        return lines
    level, word_level = tesserocr.RIL.TEXTLINE, tesserocr.RIL.WORD
    current: list[tuple[str, float]] = []
    for word in tesserocr.iterate_level(iterator, word_level):
        try:
            text = word.GetUTF8Text(word_level) or ""
        except RuntimeError:  # an empty page: "No text returned"
            continue
        current.append((text, float(word.Confidence(word_level))))
        if word.IsAtFinalElement(level, word_level):
            lines.append(_line(current))
            current = []
    if current:
        lines.append(_line(current))
    return lines


def _line(words: list[tuple[str, float]]) -> Line:
    text = " ".join(w for w, _ in words if w)
    confidence = sum(c for _, c in words) / len(words) if words else 0.0
    return Line(text, confidence, tuple(words))


@dataclass(frozen=True)
class Glyph:
    """One character read, with its box (left, right), confidence and the other
    characters Tesseract thought it might be (with theirs)."""

    char: str
    left: int
    right: int
    confidence: float
    others: tuple[tuple[str, float], ...] = ()

    def could_be(self, char: str) -> float:
        """The confidence Tesseract gave ``char`` as this glyph (0 when it did not)."""
        return max((c for ch, c in self.others if ch == char), default=0.0)


def read_glyphs(api: object, image: Image.Image) -> list[list[Glyph]]:
    """Every character Tesseract finds in ``image``, line by line, with its box."""
    import tesserocr

    api.SetImage(image)  # type: ignore[attr-defined]
    api.Recognize()  # type: ignore[attr-defined]
    iterator = api.GetIterator()  # type: ignore[attr-defined]
    lines: list[list[Glyph]] = []
    if iterator is None:
        return lines
    level, symbol = tesserocr.RIL.TEXTLINE, tesserocr.RIL.SYMBOL
    current: list[Glyph] = []
    for item in tesserocr.iterate_level(iterator, symbol):
        box = item.BoundingBox(symbol)
        try:
            text = item.GetUTF8Text(symbol) or ""
        except RuntimeError:
            continue
        if box is not None and text:
            others = tuple((choice.GetUTF8Text(), float(choice.Confidence()))
                           for choice in item.GetChoiceIterator())
            current.append(Glyph(text, box[0], box[2], float(item.Confidence(symbol)),
                                 tuple(o for o in others if o[0] != text)))
        if item.IsAtFinalElement(level, symbol):
            lines.append(current)
            current = []
    if current:
        lines.append(current)
    return lines
