"""Start-up: find the vault, open the door (create or unlock), show the main window."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication

from locator.countries import country_name
from locator.errors import LocatorError
from locator.keystore import Keystore, vault_id
from locator.vault import Vault, read_salt
from ui.main_window import MainWindow
from ui.unlock import VaultDialog


def centre_choices(lang: str) -> list[tuple[str, str]]:
    from locator.centres import load_centres

    return [(c.id, c.display_name(lang)) for c in load_centres().locations()]


class Controller(QObject):
    """Owns the vault's life: unlocked ↔ locked. One per application."""

    def __init__(self, vault_path: Path, keystore: Keystore, lang: str = "en") -> None:
        super().__init__()
        from locator.directory import centre_search_text, location_ids

        self.vault_path = vault_path
        self.keystore = keystore
        self.lang = lang
        #: quits the whole application ("quit instead of lock"); tests replace it
        self.quit_app: Callable[[], None] = QCoreApplication.quit
        #: True while a feature replaces the vault file (restore, erase): a lock then is
        #: followed neither by the door nor by quitting; that feature decides what comes next
        self.swapping = False
        self._centre_text = centre_search_text
        choices = centre_choices(lang)
        names = dict(choices)
        self.window = MainWindow(
            choices, lang, centre_name=lambda c: names.get(c, c),
            country_name=lambda code: country_name(code, lang), location_ids=location_ids())
        self.window.locked.connect(self._after_lock)
        from ui.features import install_features

        install_features(self.window, self)
        self.dialog: VaultDialog | None = None
        from ui.idle import IdleLock

        self.idle = IdleLock(self.window.lock, lambda: self.window.vault is not None)

    def start(self) -> None:
        """Open straight from the keyring when remembered, else ask."""
        if self.vault_path.exists() and self._try_keyring():
            return
        self.show_door()

    def _try_keyring(self) -> bool:
        try:
            salt = read_salt(self.vault_path)
        except LocatorError:
            return False
        key = self.keystore.recall(vault_id(salt))
        if key is None:
            return False
        try:
            vault = Vault.open(self.vault_path, key)
        except LocatorError:
            return False
        self.unlocked(vault)
        return True

    def _after_lock(self) -> None:
        if self.swapping:
            return
        from ui.settings_dialog import quit_on_lock

        if quit_on_lock():
            self.quit_app()
        else:
            self.show_door()

    def show_door(self) -> None:
        create = not self.vault_path.exists()
        self.dialog = VaultDialog(self.vault_path, self.keystore, create)
        self.dialog.opened.connect(self.unlocked)
        self.dialog.rejected.connect(self._door_closed)
        self.dialog.show()
        self.dialog.raise_()

    def bring_to_front(self) -> None:
        shown = self.dialog if self.window.vault is None and self.dialog else self.window
        shown.show()
        shown.raise_()
        shown.activateWindow()

    def _door_closed(self) -> None:
        if self.window.vault is None:
            QCoreApplication.quit()

    def unlocked(self, vault: Vault) -> None:
        vault.centre_text = self._centre_text
        self.dialog = None
        self.window.set_vault(vault)
        self.window.show()
        self.window.raise_()


def make_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName("Locator")
    app.setApplicationName("Locator")
    app.setQuitOnLastWindowClosed(False)
    return app


def run(vault_path: Path, keystore: Keystore | None = None) -> int:
    from ui.single_instance import SingleInstance

    app = make_application(sys.argv)
    from ui.i18n import install_translations

    lang = install_translations()  # the setting ui/language (or the system's language)
    holder: list[Controller] = []
    guard = SingleInstance(vault_path, lambda: holder and holder[0].bring_to_front())
    if not guard.acquired:
        print("Locator is already open with this vault"
              + (" (brought to the front)." if guard.woke_other else " in another program."),
              file=sys.stderr)
        return 0 if guard.woke_other else 1
    controller = Controller(vault_path, keystore or Keystore(), lang)
    holder.append(controller)
    controller.window.destroyed.connect(app.quit)
    app.lastWindowClosed.connect(app.quit)
    controller.start()
    result: Any = app.exec()
    if controller.window.vault is not None:
        controller.window.vault.lock()
    guard.release()
    return int(result)
