"""Dark theme that follows the system: one palette of semantic colours (``ui/common/theme.py``),
readable text in both schemes (contrast ≥ 4.5:1), no colour hard-coded elsewhere, and
the open windows restyled when the scheme changes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from locator.deadlines.alerts import Urgency
from locator.storage.keystore import Keystore
from tests.gui_windows import dialogs, open_case_window
from ui.common import theme
from ui.common.theme import DARK, LIGHT, TEXT_PAIRS, contrast
from ui.deadlines.text import URGENCY_COLOURS, style

pytestmark = pytest.mark.gui
UI = Path(__file__).resolve().parent.parent / "ui"
#: the palette's text colour on a row tint (Fusion's light and our dark palette)
PALETTE_TEXT = {False: "#000000", True: "#e8eaed"}


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
def test_every_text_colour_reads_on_its_background(colours: theme.Colours) -> None:
    values = asdict(colours)
    low = {(fg, bg): round(contrast(values[fg], values[bg]), 2) for fg, bg in TEXT_PAIRS
           if contrast(values[fg], values[bg]) < 4.5}
    assert low == {}


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_deadline_badges_and_rows_read_in_both_schemes(dark: bool) -> None:
    for band in Urgency:
        look = style(band, dark)
        assert contrast(look.foreground, look.background) >= 4.5, band
        assert contrast(PALETTE_TEXT[dark], look.tint) >= 4.5, band
        if look.alert is not None:
            assert contrast(look.alert, look.tint) >= 4.5, band
    assert set(URGENCY_COLOURS[dark]) == set(Urgency)


def test_a_few_ratios_by_hand() -> None:
    assert round(contrast("#000000", "#ffffff"), 1) == 21.0
    assert round(contrast("#ffffff", "#ffffff"), 1) == 1.0
    assert 4.5 <= contrast("#767676", "#ffffff") < 4.6  # the classic AA grey
    assert contrast(LIGHT.error, LIGHT.window) > 5 and contrast(DARK.error, DARK.window) > 5


def test_no_colour_is_hard_coded_outside_the_theme() -> None:
    allowed = {"common/theme.py", "deadlines/text.py"}  # the palettes themselves
    found = {}
    for path in sorted(UI.rglob("*.py")):
        if path.relative_to(UI).as_posix() in allowed:
            continue
        hits = re.findall(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b|palette\(dark\)",
                          path.read_text(encoding="utf-8"))
        if hits:
            found[path.name] = hits
    assert found == {}


@pytest.fixture
def dark_system(qapp: QApplication) -> Iterator[None]:
    """The system turned dark (Qt ≥ 6.8 lets a test say so), with Fusion's dark palette
    for a platform whose style does not follow; everything back afterwards."""
    hints = QGuiApplication.styleHints()
    style, palette = qapp.style().name(), QPalette(qapp.palette())
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(Qt.ColorScheme.Dark)
    qapp.setStyle("Fusion")
    qapp.setPalette(theme.dark_palette())
    theme.refresh()
    yield
    if hasattr(hints, "unsetColorScheme"):
        hints.unsetColorScheme()
    qapp.setStyle(style)
    qapp.setPalette(palette)
    theme.refresh()


def sheets(root: QWidget) -> str:
    return "\n".join(w.styleSheet() for w in [root, *root.findChildren(QWidget)])


def test_the_main_window_and_dialogs_follow_the_dark_scheme(
        qtbot: QtBot, tmp_path: Path, keystore: Keystore, qapp: QApplication) -> None:
    _controller, window, case_id = open_case_window(qtbot, tmp_path, keystore)
    step = window.findChild(QWidget, "step_panel")
    panel = window.findChild(QWidget, "deadlines_panel")
    assert step is not None and panel is not None
    assert not theme.is_dark() and LIGHT.surface in step.styleSheet()
    made: dict[str, Any] = {name: make() for name, make in
                            dialogs(window, case_id, keystore).items()}
    for dialog in made.values():
        qtbot.addWidget(dialog)
    hints = QGuiApplication.styleHints()
    style, palette = qapp.style().name(), QPalette(qapp.palette())
    try:
        if hasattr(hints, "setColorScheme"):
            hints.setColorScheme(Qt.ColorScheme.Dark)
        qapp.setStyle("Fusion")
        qapp.setPalette(theme.dark_palette())
        theme.refresh()
        assert theme.is_dark()
        # already open: restyled
        assert DARK.surface in step.styleSheet() and LIGHT.surface not in step.styleSheet()
        rows = list(getattr(panel, "rows", {}).values())
        assert rows and all(style_of_band in row.styleSheet()
                            for row in rows for style_of_band in [row_tint(row)])
        assert DARK.readout_bg in sheets(made["calling_round"])
        help_html = made["help"].procedure_page.toHtml()
        assert DARK.warning_fg in help_html.lower() or "⚠" not in help_html
        error = window.editor.findChild(QLabel, "alias_error")
        assert error is not None and DARK.error in error.styleSheet()
        window.show()
        window.grab().save(str(tmp_path / "dark.png"))  # painted without a warning
        # made while dark: dark from the start
        fresh = dialogs(window, case_id, keystore)["emails"]()
        qtbot.addWidget(fresh)
        assert DARK.info_bg in fresh.styleSheet()
    finally:
        if hasattr(hints, "unsetColorScheme"):
            hints.unsetColorScheme()
        qapp.setStyle(style)
        qapp.setPalette(palette)
        theme.refresh()
    assert not theme.is_dark()
    assert LIGHT.surface in step.styleSheet()
    for dialog in made.values():
        dialog.close()
    window.editor.clear()
    window.close()


def row_tint(row: Any) -> str:
    from locator.deadlines.alerts import urgency
    from locator.model.dates import utc_now

    return style(urgency(row.deadline, utc_now())).tint


def test_a_dark_system_palette_is_worn_when_the_style_does_not_follow(
        qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    """The system says dark, the style's palette is light: Fusion's dark palette, and the
    style's own again when the system is light."""
    style, palette = qapp.style().name(), QPalette(qapp.palette())
    said: list[bool | None] = [True]
    monkeypatch.setattr(theme, "scheme_is_dark", lambda: said[0])
    try:
        assert not theme.palette_is_dark()
        theme.follow_system(qapp)
        assert theme.palette_is_dark() and theme.is_dark()
        said[0] = False
        theme.refresh()
        assert not theme.palette_is_dark() and not theme.is_dark()
    finally:
        qapp.setStyle(style)
        qapp.setPalette(palette)
        monkeypatch.undo()
        theme.refresh()


def test_dark_fixture_restores_everything(dark_system: None) -> None:
    assert theme.is_dark()
    assert theme.colours() is DARK
