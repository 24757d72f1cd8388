"""The main window with a case open (two running deadlines), and every dialog of the app
made for that case: shared by the small-screen, accessibility and theme tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from locator.model.caseio import case_from_dict
from locator.model.dates import utc_now
from locator.storage.keystore import Keystore
from locator.storage.vault import Vault

SECRET = "five random words are best"


def open_case_window(qtbot: QtBot, tmp_path: Path, keystore: Keystore,
                     lang: str = "en") -> tuple[Any, Any, int]:
    """(controller, window, case id): a detained person, a removal order handed over 30
    hours ago (two deadlines run), three other cases in the list."""
    from ui.app import Controller

    vault = Vault.create(tmp_path / "windows.locator", SECRET)
    for alias in ("Yusuf", "Amina", "Bilal"):
        vault.save_case(case_from_dict({"alias": alias, "status": "missing"}))
    when = (utc_now() - timedelta(hours=30)).strftime("%Y-%m-%dT%H:%M")
    case = vault.save_case(case_from_dict({
        "alias": "Sami", "registered_last_name": "TESFAYE", "registered_first_name": "Amanuel",
        "nationality_recorded": "ER", "status": "detained", "centre": "127bis",
        "consent_lawyer": "yes", "decisions": [{"kind": "removal", "annexe": "13septies",
                                                "notified_at": when,
                                                "earlier_removal": "unknown"}]}))
    assert case.id is not None
    controller = Controller(vault.path, keystore, lang)
    window = controller.window
    qtbot.addWidget(window)
    controller.unlocked(vault)
    window.open_case(case.id)
    window._select(case.id)
    qtbot.waitExposed(window)
    return controller, window, case.id


def dialogs(window: Any, case_id: int, keystore: Keystore) -> dict[str, Callable[[], QWidget]]:
    """A factory per dialog (each call makes a new one, not shown yet)."""
    from ui.brief.window import BriefWindow
    from ui.common.prompts import PassphraseDialog, WordDialog
    from ui.deadlines.actions import DeadlineActionDialog
    from ui.deadlines.decision_dialog import DecisionDialog
    from ui.deadlines.view import DeadlinesView
    from ui.help.about import AboutBox
    from ui.help.first_run import FirstRunGuide
    from ui.help.window import HelpWindow
    from ui.procedure.centre_view import VisitDialog
    from ui.procedure.emails_dialog import EmailsDialog
    from ui.vault.recovery import RecoveryDialog
    from ui.vault.settings import SettingsDialog
    from ui.vault.unlock import VaultDialog

    vault = window.vault
    deadline = vault.deadlines(case_id, open_only=True)[0]
    path = vault.path

    def deadlines_view() -> QWidget:
        view = DeadlinesView(window, lambda _id: None)
        view.show_vault(vault)
        return view

    def phone() -> QWidget:
        from ui.procedure.phone_dialog import PhoneDialog

        dialog = PhoneDialog(window)
        dialog.show_number("Centre 127bis", "+32 2 759 55 52", "+3227595552")
        dialog.hide()
        return dialog

    def procedure() -> QWidget:
        window.locate.browse()
        return window.locate.dialogs.pop("browser")

    return {
        "vault_dialog_create": lambda: VaultDialog(path.with_name("new.locator"), keystore,
                                                   True),
        "vault_dialog_unlock": lambda: VaultDialog(path, keystore, False),
        "first_run_guide": lambda: FirstRunGuide(None, True),
        "decision_dialog": lambda: DecisionDialog(vault, case_id, window),
        "calling_round": lambda: window.locate.open_round(case_id),
        "brief_window": lambda: BriefWindow(window, case_id),
        "deadlines_view": deadlines_view,
        "deadline_done_dialog": lambda: DeadlineActionDialog(window, deadline, True,
                                                             lambda **_k: None),
        "deadline_na_dialog": lambda: DeadlineActionDialog(window, deadline, False,
                                                           lambda **_k: None),
        "centre_view": lambda: window.locate.open_centres(),
        "visit_dialog": lambda: VisitDialog(window, case_id, "127bis"),
        "phone_dialog": phone,
        "emails": lambda: EmailsDialog(window, case_id, "email_gvo_lawyer"),
        "procedure_browser": procedure,
        "settings": lambda: SettingsDialog(window, keystore, path),
        "recovery": lambda: RecoveryDialog(window, path, None, lambda: None),
        "passphrase": lambda: PassphraseDialog(window, "Export", "A new passphrase.", True),
        "confirm_word": lambda: WordDialog(window, "Erase", "Type ERASE.", "ERASE", "Erase"),
        "help": lambda: HelpWindow(),
        "about": lambda: AboutBox(window),
    }


def action(window: QWidget, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found
