"""What a passphrase must be, and a generated one (no Qt: the CLI and the GUI share it).

The rule is for the flows a person uses to choose a passphrase (creating a vault,
changing its passphrase, the CLI's ``init``); the core :class:`~locator.storage.vault.Vault`
itself accepts any passphrase.

A passphrase is accepted when zxcvbn (Dropbox's estimator) scores it at least
:data:`MIN_SCORE` (3 of 4: "safely unguessable" for an attacker who has the file), or
when it is at least :data:`MIN_WORDS` different words of one of the shipped word lists
(a generated passphrase). zxcvbn's own feedback is English only: the reasons here are
our own, short, keyed on its warnings, and translated by the UI (``N_`` templates).

Generated passphrases are :data:`GENERATED_WORDS` words drawn with :mod:`secrets` from a
published Diceware list in the person's language (``resources/wordlists/README.md``).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from locator.model.errors import N_
from locator.model.paths import RESOURCES_DIR

MIN_SCORE = 3
MIN_WORDS = 5
GENERATED_WORDS = 6
#: zxcvbn slows down on long inputs; what is past this is not looked at
CHECKED_CHARS = 100
LANGUAGES = ("en", "fr", "nl")
WORDLISTS_DIR = RESOURCES_DIR / "wordlists"
#: the ``diceware`` package's lists, by language; Dutch is vendored (no package ships one)
DICEWARE_LISTS = {"en": "en_eff", "fr": "fr"}
DUTCH_LIST = WORDLISTS_DIR / "nl-diceware-8k.txt"

ADVICE = N_("Use five to seven random words, or the passphrase Locator suggests.")
EMPTY = N_("Type a passphrase.")

#: zxcvbn's warning (its English text, as the package gives it) → our reason
_REASONS: tuple[tuple[str, str], ...] = (
    ("common password", N_("It is one of the passwords people use most, and those are "
                           "tried first.")),
    ("similar to a commonly used", N_("It is one of the passwords people use most, and "
                                      "those are tried first.")),
    ("names and surnames", N_("It is mostly a name, and names are tried first.")),
    ("word by itself", N_("One word on its own is tried first, even with a few digits.")),
    ("keyboard", N_("It follows keys that sit side by side on the keyboard.")),
    ("keys", N_("It follows keys that sit side by side on the keyboard.")),
    ("repeats", N_("It repeats the same letters or words.")),
    ("sequences", N_("It is a run like abc or 123.")),
    ("years", N_("It holds a year, and years are tried first.")),
    ("dates", N_("It holds a date, and dates are tried first.")),
)
SHORT = N_("It is too short: it could be guessed quickly.")
EASY = N_("It could be guessed quickly.")


@dataclass(frozen=True)
class Verdict:
    """How strong a passphrase is, and whether a person may choose it."""

    #: 0 (very weak) … 4 (strong): zxcvbn's score, 4 for a passphrase of list words
    score: int
    accepted: bool
    #: why it is refused (a core template, translated by the UI); None when accepted
    reason: str | None = None
    #: the passphrase is (at least :data:`MIN_WORDS`) words of a shipped list
    list_words: bool = False

    @property
    def explanation(self) -> str:
        """The reason and the advice, in English (the CLI's words)."""
        return f"{self.reason} {ADVICE}" if self.reason else ""


def check(passphrase: str, user_inputs: tuple[str, ...] = ()) -> Verdict:
    """May a person choose ``passphrase``? ``user_inputs``: words zxcvbn should treat as
    known to an attacker (the vault's file name, for example)."""
    if not passphrase:
        return Verdict(0, False, EMPTY)
    if is_list_words(passphrase):
        return Verdict(4, True, None, list_words=True)
    from zxcvbn import zxcvbn  # lazy: a few hundred ms of dictionaries, only when asked

    result = zxcvbn(passphrase[:CHECKED_CHARS], user_inputs=list(user_inputs))
    score = int(result["score"])
    if score >= MIN_SCORE:
        return Verdict(score, True)
    return Verdict(score, False, _reason(passphrase, str(result["feedback"]["warning"] or "")))


def _reason(passphrase: str, warning: str) -> str:
    lowered = warning.lower()
    for key, reason in _REASONS:
        if key in lowered:
            return reason
    return SHORT if len(passphrase) < 12 else EASY


# -- the word lists ---------------------------------------------------------------------------


def language_of(lang: str | None) -> str:
    """One of :data:`LANGUAGES` (English for any other)."""
    return lang if lang in LANGUAGES else "en"


@lru_cache(maxsize=len(LANGUAGES))
def wordlist(lang: str) -> tuple[str, ...]:
    """The words of ``lang``'s list, in the list's order (no duplicates)."""
    lang = language_of(lang)
    if lang in DICEWARE_LISTS:
        from diceware.wordlist import WordList, get_wordlist_path

        words = list(WordList(get_wordlist_path(DICEWARE_LISTS[lang])))
    else:
        words = _read_list(DUTCH_LIST)
    return tuple(dict.fromkeys(w.strip() for w in words if w.strip()))


def _read_list(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=len(LANGUAGES))
def _lowered(lang: str) -> frozenset[str]:
    return frozenset(w.lower() for w in wordlist(lang))


def is_list_words(passphrase: str) -> bool:
    """At least :data:`MIN_WORDS` different words, every one from the same shipped list."""
    words = [w.lower() for w in passphrase.split()]
    if len(set(words)) < MIN_WORDS:
        return False
    return any(all(w in _lowered(lang) for w in words) for lang in LANGUAGES)


def generate(lang: str | None, count: int = GENERATED_WORDS) -> str:
    """``count`` different words of ``lang``'s list, drawn with :mod:`secrets`, joined by
    spaces."""
    words = wordlist(language_of(lang))
    chosen: list[str] = []
    while len(chosen) < count:
        word = secrets.choice(words)
        if word not in chosen:
            chosen.append(word)
    return " ".join(chosen)
