"""Feature panels plugged into the main window (each module has one ``install``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ui.main_window import MainWindow


def feature_steps(window: MainWindow,
                  controller: Any = None) -> list[tuple[str, Callable[[], object]]]:
    """One start-up step per feature, in the order they must be installed: the vault menu
    first, Help last (the last menu). :mod:`ui.startup` runs them one per event-loop turn."""
    from ui.brief import window as brief_window
    from ui.deadlines import panel as deadlines_panel
    from ui.help import about, first_run
    from ui.help import window as help_window
    from ui.procedure import locate

    steps: list[tuple[str, Callable[[], object]]] = []
    if controller is not None:
        from ui.vault import menu as vault_menu

        steps.append(("vault menu", lambda: vault_menu.install(window, controller)))
    steps += [
        ("lawyer brief", lambda: brief_window.install(window)),
        ("procedure", lambda: locate.install(window)),
        ("deadlines", lambda: deadlines_panel.install(window)),
        ("help", lambda: help_window.install(window)),
        ("first run", lambda: first_run.install(window)),
        ("about", lambda: about.install(window)),
    ]
    return steps

