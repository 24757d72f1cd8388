"""Feature panels plugged into the main window (each module has one ``install``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ui.main_window import MainWindow

if TYPE_CHECKING:  # the vault menu is imported when it is installed (start-up speed)
    from ui.vault.menu import VaultOwner


def feature_steps(window: MainWindow,
                  controller: VaultOwner | None = None) -> list[tuple[str, Callable[[], object]]]:
    """One start-up step per feature, in the order they must be installed: the vault menu
    first, Help last (the last menu). :mod:`ui.startup` runs them in turns of the event loop."""
    from ui.brief import feature as brief_feature
    from ui.deadlines import panel as deadlines_panel
    from ui.help import about, first_run
    from ui.help import window as help_window
    from ui.home import today
    from ui.procedure import locate

    steps: list[tuple[str, Callable[[], object]]] = []
    if controller is not None:
        def vault_menus() -> None:
            from ui.case import menu as case_menu
            from ui.vault import menu as vault_menu
            from ui.vault import session_lock

            window.vault_menu = vault_menu.install(window, controller)
            window.case_menu = case_menu.install(
                window, window.vault_menu.prompts, window.vault_menu.jobs)
            window.session_lock = session_lock.install(window)

        steps.append(("vault menu", vault_menus))

    def procedure() -> None:
        window.locate = locate.install(window)

    def deadlines() -> None:
        window.deadlines_panel = deadlines_panel.install(window)

    def team() -> None:
        from ui.team import feature as team_feature

        window.team = team_feature.install(window)

    steps += [
        ("lawyer brief", lambda: brief_feature.install(window)),
        ("procedure", procedure),
        ("deadlines", deadlines),
        ("team", team),
        ("today", lambda: window.set_home(today.install(window))),
        ("help", lambda: help_window.install(window)),
        ("first run", lambda: first_run.install(window)),
        ("about", lambda: about.install(window)),
    ]
    return steps

