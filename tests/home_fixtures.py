"""A main window with the features the home screen works with (the procedure, the
deadlines, Today), built as :class:`ui.app.Controller` builds it, and a vault of cases."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from locator.centres.search import location_ids
from locator.model.caseio import case_from_dict
from locator.model.countries import country_name
from locator.storage.vault import Vault
from ui.app import centre_choices
from ui.main_window import MainWindow

SECRET = "five random words are best"


def notified(hours_ago: float, now: datetime) -> str:
    """A notification time ``hours_ago`` before ``now``, as the editor takes it."""
    return (now - timedelta(hours=hours_ago)).astimezone().strftime("%Y-%m-%dT%H:%M")


def seed(path: Path, now: datetime) -> tuple[Vault, dict[str, int]]:
    """Sami: a removal order 30 hours ago (a 5-day appeal runs); Amina: a removal order
    handed over 8 days ago (the 10-day appeal nearly over); Yusuf: missing, no deadline."""
    vault = Vault.create(path, SECRET)
    ids: dict[str, int] = {}
    yusuf = vault.save_case(case_from_dict({"alias": "Yusuf", "status": "missing"}))
    ids["Yusuf"] = int(yusuf.id or 0)
    for alias, hours, earlier in (("Sami", 30, "yes"), ("Amina", 8 * 24, "no")):
        case = vault.save_case(case_from_dict({
            "alias": alias, "status": "detained", "centre": "127bis", "consent_lawyer": "yes",
            "decisions": [{"kind": "removal", "annexe": "13septies",
                           "notified_at": notified(hours, now), "earlier_removal": earlier}]}))
        ids[alias] = int(case.id or 0)
    return vault, ids


def home_window(qtbot: Any, lang: str = "en") -> MainWindow:
    """The main window (not unlocked yet) with the procedure, the deadlines and Today."""
    from ui.deadlines import panel as deadlines_panel
    from ui.home import today
    from ui.procedure import locate

    choices = centre_choices(lang)
    names = dict(choices)
    window = MainWindow(choices, lang, centre_name=lambda c: names.get(c, c),
                        country_name=lambda code: country_name(code, lang),
                        location_ids=location_ids())
    qtbot.addWidget(window)
    window.locate = locate.install(window)
    window.deadlines_panel = deadlines_panel.install(window)
    window.set_home(today.install(window))
    return window
