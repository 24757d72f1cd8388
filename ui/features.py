"""Feature panels plugged into the main window (each module has one ``install``)."""

from __future__ import annotations

from typing import Any

from ui.main_window import MainWindow


def install_features(window: MainWindow, controller: Any = None) -> None:
    """Called once per window, before any vault is opened. Help comes last (last menu)."""
    from ui import about, brief_window, deadlines_panel, first_run, help_window, locate

    if controller is not None:
        from ui import vault_menu

        vault_menu.install(window, controller)
    brief_window.install(window)
    locate.install(window)
    deadlines_panel.install(window)
    help_window.install(window)
    first_run.install(window)
    about.install(window)
