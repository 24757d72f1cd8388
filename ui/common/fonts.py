"""The shipped fonts (``resources/fonts``) made known to Qt, so the window draws the
scripts the lawyer brief prints even on a computer that has no such font: Ge'ez
(Tigrinya, Amharic), Arabic script, and the symbols of Noto Sans Symbols and Symbols 2
(ticks, stars, phones, arrows and some emoji, such as 👍).

They are application fonts: a widget's own font still draws every character it has;
only a character it lacks comes from Qt's fallback, which now includes these. The Latin
face (Noto Sans) is left out: every desktop has a font for Latin, Greek and Cyrillic, and
registering Noto Sans would make it the window's font wherever fontconfig prefers it for
"sans-serif" (Debian 12 does) without having it, instead of the desktop's own.
Registering costs a few milliseconds (the files are indexed, not drawn: about 5 ms on a
2-core VM), so it is done at once in :func:`ui.app.make_application`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase

from locator.model.paths import FONTS_DIR  # the files the PDF embeds, also in the bundle

#: the shipped faces the desktop's own font stands for (see above); the PDF still uses them
LATIN_FACES = frozenset({"NotoSans-Regular.ttf", "NotoSans-Bold.ttf"})
#: for the PDF only: in the window the system's colour emoji font stays Qt's fallback
PDF_ONLY_FACES = frozenset({"NotoEmoji-Regular.ttf"})
_registered: dict[Path, tuple[str, ...]] = {}


def register_bundled_fonts(folder: Path = FONTS_DIR) -> tuple[str, ...]:
    """Add the font files in ``folder`` (but the Latin ones) to Qt's font database, once
    per file; returns the families they hold. Needs the QGuiApplication. A file Qt cannot
    read is left out (the window then draws what the system has), never an error."""
    families: list[str] = []
    for path in sorted(folder.glob("*.[ot]tf")):
        if path.name in LATIN_FACES or path.name in PDF_ONLY_FACES:
            continue
        if path not in _registered:
            ident = QFontDatabase.addApplicationFont(str(path))
            found = QFontDatabase.applicationFontFamilies(ident) if ident >= 0 else []
            _registered[path] = tuple(found)
        families += [f for f in _registered[path] if f not in families]
    return tuple(families)
