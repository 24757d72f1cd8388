"""The app's language: Qt translators for Locator and for Qt's own dialogs, the default
QLocale (dates, numbers), and the words of the core's messages.

The language is the setting ``ui/language`` (``en``, ``fr``, ``nl`` or ``system``, the
default: the system's language when it is French or Dutch, else English). It is read
once, at start-up: a change in the Settings dialog takes effect after a restart.

Our catalogues are ``resources/translations/locator_<lang>.qm``, compiled from the
``.ts`` sources at build time (``make``); Qt's are ``qtbase_<lang>.qm`` from Qt's own
translations folder. ``LOCATOR_PSEUDO_TRANSLATE=1`` replaces every translation by a
longer, accented one (:mod:`ui.common.pseudo`), to see which layouts break.

Texts of the core (``locator``) are English templates with ``{name}`` placeholders. They
are translated here, with the context ``errors``, then filled in: never a string that
was already formatted. ``tools/update_translations.py`` collects them for the ``.ts``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from locator.model.paths import ROOT

TRANSLATIONS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("en", "fr", "nl")
#: the setting's values, in the order the Settings dialog offers them
CHOICES = ("system", *LANGUAGES)
LANGUAGE_KEY = "ui/language"
PSEUDO_ENV = "LOCATOR_PSEUDO_TRANSLATE"
ERRORS = "errors"  # the one context of every core message
#: the locale each language formats dates and numbers with (Belgium for French and Dutch)
LOCALES = {"en": "en_GB", "fr": "fr_BE", "nl": "nl_BE"}

_installed: list[QTranslator] = []  # kept alive while installed (Qt does not own them)
_generation = [0]  # counts the changes of translators (caches of translated words)


def translate(context: str, text: str, disambiguation: str | None = None,
              n: int = -1) -> str:
    """``QCoreApplication.translate``: a literal ``text`` here is found by pyside6-lupdate."""
    return QCoreApplication.translate(context, text, disambiguation, n)


# -- the core's messages --------------------------------------------------------------------


def core_text(template: str, params: Mapping[str, object] | None = None) -> str:
    """A core template, translated (context ``errors``), then filled in."""
    text = QCoreApplication.translate(ERRORS, template)
    return text.format(**params) if params else text


def error_text(err: object) -> str:
    """The message of a :class:`locator.model.errors.LocatorError` (without a field name).

    Parameters the core marks as words (``translatable_params``, e.g. a ``reason``) are
    translated too; the others (names, paths, numbers) are shown as they are.
    """
    template = str(getattr(err, "template", "") or "Something went wrong.")
    params = dict(getattr(err, "params", {}) or {})
    for name in getattr(err, "translatable_params", ()):
        if isinstance(params.get(name), str):
            params[name] = QCoreApplication.translate(ERRORS, params[name])
    return core_text(template, params)


# -- the language ---------------------------------------------------------------------------


def language_setting() -> str:
    """The stored choice: ``system`` (default), ``en``, ``fr`` or ``nl``."""
    value = str(QSettings().value(LANGUAGE_KEY, "system") or "system")
    return value if value in CHOICES else "system"


def set_language_setting(value: str) -> None:
    QSettings().setValue(LANGUAGE_KEY, value if value in CHOICES else "system")


def system_language(system: QLocale | None = None) -> str:
    """French or Dutch when the system speaks it, else English."""
    language = (system or QLocale.system()).language()
    return {QLocale.Language.French: "fr", QLocale.Language.Dutch: "nl"}.get(language, "en")


def window_language() -> str:
    """The language the windows speak now (the translators installed set the default
    locale)."""
    return system_language(QLocale())


def resolve_language(setting: str | None = None, system: QLocale | None = None) -> str:
    choice = language_setting() if setting is None else setting
    return choice if choice in LANGUAGES else system_language(system)


def locale_for(lang: str, system: QLocale | None = None) -> QLocale:
    """The system's own locale when it speaks ``lang`` (keeps its country), else Belgium's."""
    here = system or QLocale.system()
    if system_language(here) == lang and here.language() != QLocale.Language.C:
        return here
    return QLocale(LOCALES.get(lang, "en_GB"))


def qt_translations_dir() -> Path:
    """Where Qt keeps ``qtbase_*.qm`` (PySide6 ships them; so does the bundle)."""
    path = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if (path / "qtbase_fr.qm").is_file():
        return path
    import PySide6

    return Path(PySide6.__file__).resolve().parent / "Qt" / "translations"


def translators_generation() -> int:
    """A number that changes whenever the translators change: a cache of translated words
    keyed on it is never stale."""
    return _generation[0]


def remove_translators() -> None:
    """Back to the English sources (tests switch languages in one process)."""
    app = QCoreApplication.instance()
    _generation[0] += 1
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)


def _load(folder: Path, name: str) -> QTranslator | None:
    translator = QTranslator()
    return translator if translator.load(name, str(folder)) else None


_catalogues: dict[tuple[Path, str], QTranslator | None] = {}  # loaded once, never installed


def translated_in(lang: str, context: str, text: str, folder: Path | None = None) -> str:
    """``text`` (an English source of ``context``) in ``lang``, from Locator's catalogue,
    whatever the app's own language: the lawyer brief is written in its own language. The
    text itself when ``lang`` is English or the catalogue has no translation of it."""
    if lang not in LANGUAGES or lang == "en" or not text:
        return text
    key = (folder or TRANSLATIONS_DIR, lang)
    if key not in _catalogues:
        _catalogues[key] = _load(key[0], f"locator_{lang}")
    translator = _catalogues[key]
    return (translator.translate(context, text) if translator is not None else "") or text


def install_translations(lang: str | None = None, folder: Path | None = None,
                         pseudo: bool | None = None) -> str:
    """Install the translators for ``lang`` (default: the setting) and make its locale the
    default. Returns the language used. A missing ``.qm`` (a checkout where ``make`` has not
    compiled them yet) leaves that part in English; nothing fails."""
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    remove_translators()
    lang = resolve_language(lang)
    QLocale.setDefault(locale_for(lang))
    # English too: its catalogue holds the plural forms of texts with %n
    for translator in (_load(qt_translations_dir(), f"qtbase_{lang}"),
                       _load(folder or TRANSLATIONS_DIR, f"locator_{lang}")):
        if translator is not None:
            app.installTranslator(translator)
            _installed.append(translator)
    if os.environ.get(PSEUDO_ENV, "") not in ("", "0") if pseudo is None else pseudo:
        from ui.common.pseudo import PseudoTranslator

        translator = PseudoTranslator()
        app.installTranslator(translator)
        _installed.append(translator)
    return lang
