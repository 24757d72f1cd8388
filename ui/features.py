"""Feature panels plugged into the main window (each module has one ``install``)."""

from __future__ import annotations

from ui.main_window import MainWindow


def install_features(window: MainWindow) -> None:
    """Called once per window, before any vault is opened."""
    from ui import brief_window

    brief_window.install(window)
    from ui import locate
    locate.install(window)
    from ui import deadlines_panel
    deadlines_panel.install(window)
