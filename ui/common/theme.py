"""The app's colours, light or dark as the system is: one palette of semantic colours.

Qt follows the platform's colour scheme (``QGuiApplication.styleHints().colorScheme()``)
for its own widgets; our stylesheets use the colours here, never a colour of their own,
so a warning stays readable in dark mode too. Every text colour has a contrast ratio of
at least 4.5:1 with its background (:func:`contrast`; ``tests/test_gui_theme.py`` checks
each pair of :data:`TEXT_PAIRS`).

* :func:`colours` — the semantic colours for the current scheme;
* :func:`qss` — a stylesheet template with ``$name`` placeholders, filled in;
* :func:`follow` / :func:`styled` — (re)style a widget now and whenever the scheme
  changes (``colorSchemeChanged``, or a new application palette);
* :func:`follow_system` — at start-up: when the system is dark but the style's palette
  is not (some platforms), use Fusion with :func:`dark_palette`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from functools import lru_cache
from string import Template

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QSizePolicy, QWidget


@dataclass(frozen=True)
class Colours:
    """Semantic colours; ``*_fg`` / ``*_bg`` pairs are text on background."""

    dark: bool
    surface: str  # a panel (the step to do now)
    surface_border: str
    text: str  # strong text on a surface
    muted: str  # secondary text, on a surface or the window
    faint: str  # what does not apply now (still readable)
    link: str
    info_bg: str
    info_fg: str
    warning_bg: str
    warning_fg: str
    warning_edge: str
    danger_bg: str
    danger_fg: str
    danger_edge: str
    error: str  # an error message under a field, on the window
    ok: str  # "found", on a button
    card_bg: str
    card_border: str
    next_bg: str  # the centre to call next
    next_border: str
    readout_bg: str  # the three things to read out (dark in both schemes)
    readout_fg: str
    readout_label: str
    readout_missing: str
    banner_bg: str  # "this case is closed"
    banner_fg: str
    note: str  # a fact still missing, on the window or a page
    rule: str  # table lines
    window: str  # the window and a page, as this scheme paints them (for the checks)
    page: str


LIGHT = Colours(
    dark=False, surface="#f3f6fa", surface_border="#c9d3df", text="#13243a", muted="#44546a",
    faint="#6b6b6b",
    link="#0b57d0", info_bg="#e8f1ff", info_fg="#123a6b", warning_bg="#fff4df",
    warning_fg="#6b4200", warning_edge="#d99a2b", danger_bg="#fdecea", danger_fg="#8c1d18",
    danger_edge="#c62828", error="#b00020", ok="#1b5e20", card_bg="#ffffff",
    card_border="#c9d3df", next_bg="#f5f9ff", next_border="#0b57d0", readout_bg="#13243a",
    readout_fg="#ffffff", readout_label="#c9d6e8", readout_missing="#ffcf8a",
    banner_bg="#eeeeee", banner_fg="#202020", note="#8a5300", rule="#bbbbbb",
    window="#efefef", page="#ffffff")

DARK = Colours(
    dark=True, surface="#1c2633", surface_border="#3a4a5e", text="#e6edf5", muted="#a9b8c9",
    faint="#9aa0a6",
    link="#8ab4f8", info_bg="#16304f", info_fg="#cfe3ff", warning_bg="#3a2a0e",
    warning_fg="#ffd58f", warning_edge="#d99a2b", danger_bg="#3d1616", danger_fg="#ffb4ab",
    danger_edge="#ef5350", error="#ff8a80", ok="#81c995", card_bg="#23272e",
    card_border="#3a4350", next_bg="#1a2a42", next_border="#8ab4f8", readout_bg="#0b1623",
    readout_fg="#ffffff", readout_label="#c9d6e8", readout_missing="#ffcf8a",
    banner_bg="#2f3338", banner_fg="#e8eaed", note="#ffc46b", rule="#555b63",
    window="#1f2125", page="#16181b")

# (text, background) pairs that must read at ≥ 4.5:1 in both schemes
TEXT_PAIRS = (
    ("text", "surface"), ("muted", "surface"), ("muted", "window"), ("muted", "page"),
    ("link", "surface"), ("link", "window"), ("link", "page"), ("info_fg", "info_bg"),
    ("warning_fg", "warning_bg"), ("danger_fg", "danger_bg"), ("error", "window"),
    ("error", "page"), ("text", "card_bg"), ("muted", "card_bg"), ("text", "next_bg"),
    ("readout_fg", "readout_bg"), ("readout_label", "readout_bg"),
    ("readout_missing", "readout_bg"), ("banner_fg", "banner_bg"), ("note", "window"),
    ("note", "page"), ("warning_fg", "window"), ("warning_fg", "page"), ("faint", "page"),
    ("danger_fg", "window"), ("ok", "page"), ("text", "page"), ("ok", "window"),
)


# an error message next to a field (a label's own stylesheet)
ERROR_STYLE = "color: $error;"


def error_label(name: str) -> QLabel:
    """``<name>_error``: an error message under a field, hidden until there is one; plain
    text (it may quote what was typed), in the scheme's error colour."""
    label = QLabel()
    label.setObjectName(f"{name}_error")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    # never taller than its lines: a form's spare height must not swell the row (issue 13)
    policy = label.sizePolicy()
    policy.setVerticalPolicy(QSizePolicy.Policy.Maximum)
    label.setSizePolicy(policy)
    styled(label, ERROR_STYLE)
    label.hide()
    return label


def contrast(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio of two ``#rrggbb`` colours (1 to 21)."""

    def luminance(colour: str) -> float:
        value = QColor(colour)
        channels = []
        for c in (value.redF(), value.greenF(), value.blueF()):
            channels.append(c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
        r, g, b = channels
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


# -- which scheme ---------------------------------------------------------------------------


def scheme_is_dark() -> bool | None:
    """What the system says (Qt ≥ 6.5), None when it does not say."""
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return None


def palette_is_dark(palette: QPalette | None = None) -> bool:
    window = (palette or QGuiApplication.palette()).color(QPalette.ColorRole.Window)
    return window.lightness() < 128


def is_dark() -> bool:
    """The system's scheme when it says one, else what the application palette looks like
    (a platform that does not tell, a dark palette set by hand)."""
    said = scheme_is_dark()
    return palette_is_dark() if said is None else said


def colours() -> Colours:
    return DARK if is_dark() else LIGHT


def qss(template: str) -> str:
    """``template`` with ``$surface``, ``$text``… replaced by this scheme's colours."""
    return _filled(template, is_dark())


@lru_cache(maxsize=512)
def _filled(template: str, dark: bool) -> str:
    return Template(template).substitute(asdict(DARK if dark else LIGHT))


# -- following changes ---------------------------------------------------------------------


class _Watcher(QObject):
    changed = Signal()

    def __init__(self, app: QGuiApplication) -> None:
        super().__init__(app)
        self.dark = is_dark()
        app.styleHints().colorSchemeChanged.connect(self.check)
        app.paletteChanged.connect(self.check)

    def check(self, *_args: object) -> None:
        if isinstance(QGuiApplication.instance(), QApplication):
            sync_palette()
        dark = is_dark()
        if dark != self.dark:
            self.dark = dark
            self.changed.emit()


def watcher() -> _Watcher:
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication), "create the QApplication first"
    found = app.findChild(_Watcher)
    return found if found is not None else _Watcher(app)


class _Follower(QObject):
    """Calls ``restyle`` on every change while its owner lives (a child of the owner)."""

    def __init__(self, owner: QObject, restyle: Callable[[], object]) -> None:
        super().__init__(owner)
        self._restyle = restyle
        watcher().changed.connect(self.apply)

    def apply(self) -> None:
        self._restyle()


def follow(owner: QObject, restyle: Callable[[], object], now: bool = True) -> None:
    """``restyle()`` now (unless ``now`` is False), and again whenever the colour scheme
    changes, while ``owner`` exists."""
    if now:
        restyle()
    _Follower(owner, restyle)


def set_sheet(widget: QWidget, sheet: str) -> None:
    """``widget.setStyleSheet(sheet)`` unless it has it already: Qt restyles the widget and
    its children on every call, even with the same text (the deadlines' minute tick)."""
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)


def styled(widget: QWidget, template: str) -> None:
    """``widget``'s stylesheet from ``template`` (see :func:`qss`), kept current."""
    follow(widget, lambda: widget.setStyleSheet(qss(template)))


def refresh() -> None:
    """Look again now (tests that change the palette or the scheme by hand)."""
    watcher().check()


# -- the application's palette ---------------------------------------------------------------

_forced: list[bool] = []  # True while the app wears dark_palette() because the style would not


def dark_palette() -> QPalette:
    """A dark palette for Fusion, where the platform's style has none."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in ((roles.Window, DARK.window), (roles.WindowText, "#e8eaed"),
                         (roles.Base, DARK.page), (roles.AlternateBase, "#25282c"),
                         (roles.Text, "#e8eaed"), (roles.Button, "#2b2e33"),
                         (roles.ButtonText, "#e8eaed"), (roles.ToolTipBase, "#2b2e33"),
                         (roles.ToolTipText, "#e8eaed"), (roles.PlaceholderText, "#9aa0a6"),
                         (roles.Highlight, "#3d6fb4"), (roles.HighlightedText, "#ffffff"),
                         (roles.Link, DARK.link), (roles.LinkVisited, "#c58af9"),
                         (roles.BrightText, DARK.error), (roles.Light, "#3a3d42"),
                         (roles.Midlight, "#33363b"), (roles.Mid, "#2a2c30"),
                         (roles.Dark, "#151619"), (roles.Shadow, "#000000")):
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor("#7f8389"))
    return palette


def sync_palette() -> None:
    """The system is dark and the style's palette is light (it does not follow): wear
    Fusion's dark palette; back to the style's own when the system is light again."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    said = scheme_is_dark()
    if said and not palette_is_dark():
        _forced.append(True)
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    elif said is False and _forced:
        _forced.clear()
        app.setPalette(app.style().standardPalette())


def follow_system(app: QApplication) -> None:
    """At start-up: match the system's scheme now and whenever it changes."""
    sync_palette()
    watcher()
