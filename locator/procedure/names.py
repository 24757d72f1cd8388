"""Matching a name against other spellings and transliterations: a ranked list, never a merge.

A person held in a centre is often written down in several ways: Mohamed,
Muhammad, Mohammed, محمد; Abdelrahman, Abd al-Rahman, Abderrahmane; Tesfay,
Tesfaye, ተስፋይ. This module says how alike two names are (0.0 … 1.0) so that a
referent can look up "the Yusuf I saw at Vottem" in every case. It only ranks:
deciding that two entries are the same person is always a human's call.

How far it goes (and no further):

* **Scripts.** Latin with any accents (folded away); Arabic, with the Persian
  and Urdu letters (a small table, one Latin spelling per letter); Ge'ez /
  Ethiopic syllables (Tigrinya, Amharic: consonant row × vowel order). Other
  scripts (Cyrillic, Greek …) are compared as they are, after case folding.
* **Sounds.** A name becomes a key of sound classes: common digraphs fold to
  one symbol (sh/ch/sch, kh, gh, th, dh, ph, dj, ou …), q/c become k, double
  letters count once, vowels keep only their class (a, e, i, o/u). The Arabic
  article before a "sun letter" is restored (Abderrahmane → Abdelrahmane,
  Nasreddine → Nasraldine) after abd/abu and in -eddine/-uddin.
* **Distance.** A weighted edit distance on the keys: a vowel costs little, a
  near consonant (d/t, b/p, s/z, j/y, k/g, kh/h …) half, any other consonant
  one. Arabic and Ge'ez spellings leave short vowels out, so when one side
  comes from them a missing vowel costs almost nothing. Distances are divided
  by the number of consonants (the backbone of a name). A different first sound
  (Amir / Samir, Ahmed / Mohamed) costs a further 15 %.
* **Full names.** Each word of the query is matched to its best word of the
  candidate (each word used once), and the words run together are compared
  too (Abd al-Rahman / Abdelrahman); the better of the two counts.

Scores: :data:`LIKELY` and above "probably another spelling of the same name";
:data:`POSSIBLE` and above "maybe"; :data:`SHOWN` is the least a list shows.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, TypeVar

T = TypeVar("T", bound=Hashable)

LIKELY = 0.85
POSSIBLE = 0.7
SHOWN = 0.65

# -- scripts to Latin ------------------------------------------------------------------

AYN = "ʕ"  # the Arabic ʿayn: Latin spellings write a vowel, an apostrophe or nothing
_ARABIC = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ٱ": "a", "ء": "", "ب": "b", "ت": "t", "ث": "th",
    "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s",
    "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": AYN, "غ": "gh", "ف": "f",
    "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ة": "a", "ى": "a",
    "ئ": "y", "ؤ": "w", "پ": "p", "چ": "ch", "ژ": "zh", "گ": "g", "ک": "k", "ی": "i",
    "ڤ": "v", "ٹ": "t", "ڈ": "d", "ں": "n", "ھ": "h", "ے": "e",
}
_ARABIC_GLIDES = {"و": ("w", "u"), "ي": ("y", "i"), "ی": ("y", "i")}  # (word-initial, inside)
_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")  # harakat, shadda, tatweel

# Ethiopic: rows of 8 code points, one consonant per row, the vowel order inside the row.
_GEEZ_ROWS = (
    "h", "l", "h", "m", "s", "r", "s", "sh", "q", "qw", "q", "qw", "b", "v", "t", "ch",
    "h", "hw", "n", "ny", "", "k", "kw", "kh", "khw", "w", "", "z", "zh", "y", "d", "d",
    "j", "g", "gw", "g", "t", "ch", "p", "ts", "ts", "f", "p",
)
_GEEZ_VOWELS = ("e", "u", "i", "a", "e", "", "o", "wa")
_GEEZ_FIRST, _GEEZ_LAST = 0x1200, 0x1200 + 8 * len(_GEEZ_ROWS) - 1

_LATIN_EXTRA = {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ð": "d", "ł": "l",
                "ı": "i", "þ": "th", "ħ": "h"}
_DROP = set("'’‘`´ʼʻʿʾ\u02bc")


def _from_arabic(word: str) -> str:
    word = _ARABIC_MARKS.sub("", word)
    out: list[str] = []
    for i, char in enumerate(word):
        if char in _ARABIC_GLIDES:
            initial, inside = _ARABIC_GLIDES[char]
            out.append(initial if i == 0 else inside)
        else:
            out.append(_ARABIC.get(char, char))
    return "".join(out)


def _from_geez(char: str) -> str:
    row, order = divmod(ord(char) - _GEEZ_FIRST, 8)
    return _GEEZ_ROWS[row] + _GEEZ_VOWELS[order]


def _is_arabic(char: str) -> bool:
    return "\u0600" <= char <= "\u06ff" or "\u0750" <= char <= "\u077f"


def _is_geez(char: str) -> bool:
    return _GEEZ_FIRST <= ord(char) <= _GEEZ_LAST


def fold(text: str) -> tuple[str, bool]:
    """The name in lower-case Latin letters, words split by single spaces.

    Returns ``(folded, implicit_vowels)``: the second is True when part of the
    name came from Arabic or Ge'ez script, which leave short vowels unwritten.
    """
    implicit = False
    words: list[str] = []
    for raw in re.split(r"[\s\-‐‑–—_.,;/()]+", unicodedata.normalize("NFC", text)):
        if not raw:
            continue
        if any(_is_arabic(c) for c in raw):
            raw, implicit = _from_arabic(raw), True
        if any(_is_geez(c) for c in raw):
            raw = "".join(_from_geez(c) if _is_geez(c) else c for c in raw)
            implicit = True
        chars: list[str] = []
        for char in unicodedata.normalize("NFKD", raw.casefold()):
            if unicodedata.combining(char) or char in _DROP:
                continue
            chars.append(_LATIN_EXTRA.get(char, char))
        spaced = "".join(c if c.isalnum() else " " for c in "".join(chars))
        words.extend(spaced.split())
    return " ".join(words), implicit


# -- sound keys ----------------------------------------------------------------------------

VOWELS = frozenset("AEIU")
_OPEN = VOWELS | {AYN}  # an opening vowel sound
_ARTICLE_AFTER_ABD = re.compile(r"^(abd|abu|abou|bou)([aeiou])([tdrzsn])\3")
_ARTICLE_DIN = re.compile(r"([aeiou])dd(in|ine|een)$")
_DIGRAPHS = (
    ("x", "ks"), ("sch", "S"), ("tch", "S"), ("sh", "S"), ("ch", "S"), ("kh", "x"),
    ("gh", "g"), ("th", "t"), ("dh", "d"), ("ph", "f"), ("dj", "j"), ("dz", "z"),
    ("ck", "k"), ("q", "k"), ("c", "k"),
    ("ou", "U"), ("oo", "U"), ("ee", "I"), ("ie", "I"), ("ai", "E"), ("ei", "E"),
    ("ae", "E"), ("au", "U"), ("oe", "U"),
    ("a", "A"), ("e", "E"), ("i", "I"), ("o", "U"), ("u", "U"),
)


@dataclass(frozen=True)
class NameKey:
    """One word (or words run together) as sound symbols.

    Attributes:
        symbols: lower-case letters (and ``S`` for sh, ``x`` for kh) are
            consonants; ``A E I U`` are vowel classes.
        consonants: how many consonant symbols (the size of the name).
        implicit_vowels: written in a script that leaves short vowels out.
    """

    symbols: str
    consonants: int
    implicit_vowels: bool


def key(word: str, implicit_vowels: bool = False) -> NameKey:
    """The sound key of one folded word (``fold`` first)."""
    text = _ARTICLE_AFTER_ABD.sub(r"\1\2l\3", word)
    text = _ARTICLE_DIN.sub(r"\1ld\2", text)
    for old, new in _DIGRAPHS:
        text = text.replace(old, new)
    out: list[str] = []
    for symbol in text:
        if not out or out[-1] != symbol:
            out.append(symbol)
    symbols = "".join(out)
    return NameKey(symbols, sum(1 for s in symbols if s not in _OPEN), implicit_vowels)


_NEAR = frozenset(frozenset(p) for p in (
    "dt", "bp", "fp", "fv", "vw", "sz", "sS", "jy", "jg", "jS", "kg", "xh", "xk", "xS", "zj"))
_VOWEL_SUB = {frozenset("AE"): 0.2, frozenset("IE"): 0.2, frozenset("UE"): 0.3}
_GLIDE_VOWEL = {frozenset("yI"), frozenset("wU"), frozenset("yE")}
_WEAK = frozenset("hwy")


def _substitute(a: str, b: str) -> float:
    if a == b:
        return 0.0
    pair = frozenset((a, b))
    a_vowel, b_vowel = a in VOWELS, b in VOWELS
    if AYN in pair:
        return 0.1 if a_vowel or b_vowel else 1.0
    if a_vowel and b_vowel:
        return _VOWEL_SUB.get(pair, 0.4)
    if pair in _GLIDE_VOWEL:
        return 0.3
    if a_vowel or b_vowel:
        return 1.0
    return 0.5 if pair in _NEAR else 1.0


def _distance(a: NameKey, b: NameKey) -> float:
    vowel_gap = 0.1 if a.implicit_vowels or b.implicit_vowels else 0.3

    def gap(symbol: str) -> float:
        if symbol in VOWELS or symbol == AYN:
            return vowel_gap
        return 0.5 if symbol in _WEAK else 1.0

    previous = [0.0]
    for symbol in b.symbols:
        previous.append(previous[-1] + gap(symbol))
    for x in a.symbols:
        current = [previous[0] + gap(x)]
        for j, y in enumerate(b.symbols, start=1):
            current.append(min(previous[j] + gap(x), current[j - 1] + gap(y),
                               previous[j - 1] + _substitute(x, y)))
        previous = current
    return previous[-1]


def key_similarity(a: NameKey, b: NameKey) -> float:
    """How alike two keys sound, 0.0 … 1.0 (symmetric: the same for (a, b) and (b, a))."""
    if b.symbols < a.symbols:  # one order of operations, so no rounding difference
        a, b = b, a
    if not a.symbols or not b.symbols:
        return 1.0 if a.symbols == b.symbols else 0.0
    if a.symbols == b.symbols:
        return 1.0
    size = max(a.consonants, b.consonants, 1)
    score = max(0.0, 1.0 - _distance(a, b) / size)
    if _first_sounds_differ(a, b):
        score *= 0.85
    return score


def _first_sounds_differ(a: NameKey, b: NameKey) -> bool:
    first_a, first_b = a.symbols[0], b.symbols[0]
    if (first_a in _OPEN) != (first_b in _OPEN):
        return True
    return first_a not in _OPEN and _substitute(first_a, first_b) >= 1.0


# -- whole names -------------------------------------------------------------------------------

_PARTICLES = frozenset({"al", "el", "ul", "ad", "ar", "as", "at", "an", "az", "ed", "er"})


@dataclass(frozen=True)
class _Name:
    words: tuple[NameKey, ...]
    joined: NameKey


@lru_cache(maxsize=20000)
def _name(text: str) -> _Name:
    folded, implicit = fold(text)
    parts = folded.split()
    words = tuple(key(w, implicit) for w in parts if w not in _PARTICLES) or tuple(
        key(w, implicit) for w in parts)
    return _Name(words, key("".join(parts), implicit))


def name_score(query: str, candidate: str) -> float:
    """How well ``candidate`` matches the name searched for, 0.0 … 1.0.

    Every word of the query should be in the candidate (in any order); a
    candidate with extra words ("MOHAMED Ali" for "Mohamed") scores a little less.
    """
    q, c = _name(query), _name(candidate)
    if not q.words or not c.words:
        return 0.0
    joined = key_similarity(q.joined, c.joined)
    scores = sorted(((key_similarity(a, b), i, j) for i, a in enumerate(q.words)
                     for j, b in enumerate(c.words)), reverse=True)
    best: dict[int, float] = {}
    used: set[int] = set()
    for score, i, j in scores:
        if i not in best and j not in used:
            best[i] = score
            used.add(j)
    weights = [max(w.consonants, 1) for w in q.words]
    words = sum(best.get(i, 0.0) * w for i, w in enumerate(weights)) / sum(weights)
    words *= 0.9 + 0.1 * len(used) / len(c.words)
    return round(round(max(joined, words), 9), 3)  # two steps: float noise cannot flip it


@dataclass(frozen=True)
class Match(Generic[T]):
    """One ranked result: the item, its best-matching name and the score."""

    item: T
    name: str
    score: float

    @property
    def likely(self) -> bool:
        return self.score >= LIKELY


def rank(query: str, candidates: Iterable[tuple[T, Sequence[str]]], *,
         threshold: float = SHOWN, limit: int = 50) -> list[Match[T]]:
    """Candidates ``(item, its names)`` whose best name scores at least ``threshold``.

    Best first (ties keep the given order); each item appears once, with its best name.
    """
    if not fold(query)[0]:
        return []
    found: list[Match[T]] = []
    for item, names in candidates:
        best: Match[T] | None = None
        for name in names:
            if not name.strip():
                continue
            score = name_score(query, name)
            if best is None or score > best.score:
                best = Match(item, name, score)
        if best is not None and best.score >= threshold:
            found.append(best)
    found.sort(key=lambda m: -m.score)
    return found[:limit]
