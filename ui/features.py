"""Feature panels plugged into the main window (each module has one ``install``)."""

from __future__ import annotations

from ui.main_window import MainWindow


def install_features(window: MainWindow) -> None:
    """Called once per window, before any vault is opened. Help comes last (last menu)."""
    from ui import about, brief_window, deadlines_panel, first_run, help_window, locate

    brief_window.install(window)
    locate.install(window)
    deadlines_panel.install(window)
    help_window.install(window)
    first_run.install(window)
    about.install(window)
