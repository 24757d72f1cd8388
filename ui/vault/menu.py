"""The Vault menu: back up, restore, hand over or import a copy, recovery, settings, erase.

Slow work (backups, the check of a backup, key derivation, merging, erasing)
runs off the UI thread on a connection of its own, so a lock meanwhile cannot
pull the connection from under it. Every question is asked through
:class:`ui.common.prompts.Prompts`, which tests answer directly.
"""

from __future__ import annotations

import contextlib
import os
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from locator.model.errors import LocatorError
from locator.storage.backup import automatic_backup, backup_folder, backup_to, check_backup, restore
from locator.storage.erase import Erased, erase_vault, vault_files
from locator.storage.errors import DamagedVault, NewerVault, NotAVault, WrongPassphrase
from locator.storage.files import copy_private
from locator.storage.keystore import Keystore
from locator.storage.vault import Vault
from ui.common.i18n import translate
from ui.common.prompts import Jobs, Prompts, error_text
from ui.host import Host
from ui.vault.merge_dialog import choose_resolutions


def manual_backup_path(vault_path: Path, now: datetime | None = None) -> Path:
    """A new name in the default backup folder. Not ``<vault>-*``: automatic backups are
    named so, and only they are thinned out to the newest seven."""
    stamp = (now or datetime.now()).strftime("%Y-%m-%d-%H%M%S")
    folder = backup_folder(vault_path)
    target = folder / f"manual-{vault_path.stem}-{stamp}.locator"
    number = 2
    while target.exists():
        target = folder / f"manual-{vault_path.stem}-{stamp}-{number}.locator"
        number += 1
    return target


def check_backup_copy(vault_path: Path, backup: Path, key: bytes) -> None:
    """Check ``backup`` with ``key`` on a copy beside the vault; nothing else is touched."""
    work = vault_path.with_name(f".{vault_path.name}.checking")
    try:
        copy_private(backup, work)  # a copy of the cases: private like the vault
        check_backup(work, key)
    finally:
        _remove_work_files(work)


def _remove_work_files(work: Path) -> None:
    for leftover in [work, *work.parent.glob(f"{work.name}.before-*")]:
        with contextlib.suppress(OSError):
            leftover.unlink()


class VaultOwner(Protocol):
    """What the Vault menu needs of the app that opens vaults (:class:`ui.app.Controller`)."""

    vault_path: Path
    keystore: Keystore
    #: True while the menu swaps the open vault (restore, erase): the window's lock then
    #: neither quits nor shows the door
    swapping: bool
    #: a vault was open in this session (its door then never offers to create one)
    had_vault: bool

    def unlocked(self, vault: Vault) -> None: ...

    def show_door(self, try_device_key: bool = False) -> None: ...

    def quit_app(self) -> None: ...


class VaultMenu(QObject):
    """Installed once per main window."""

    def __init__(self, host: Host, controller: VaultOwner) -> None:
        window = host.window()
        super().__init__(window)
        self.host, self.window = host, window
        self.controller = controller
        self.prompts = Prompts(choose_resolutions)
        self.jobs = Jobs(window)
        self.menu = QMenu(self.tr("&Vault"), window)
        self.menu.setObjectName("vault_menu")
        host.add_menu(self.menu, first=True)
        self.menu.addAction(host.lock_action)
        self.menu.addSeparator()
        self.backup_action = self._action("backup_now", self.tr("Back up now"), self.backup_now,
                                          "Ctrl+Shift+B")
        self.restore_action = self._action("restore_backup", self.tr("Restore from backup…"),
                                           self.restore_backup)
        self.menu.addSeparator()
        from ui.vault.transfer import VaultTransfer

        self.transfer = VaultTransfer(self)
        self.export_action = self._action("export_copy", self.tr("Export encrypted copy…"),
                                          self.transfer.export_copy)
        self.import_action = self._action("import_cases", self.tr("Import cases from a copy…"),
                                          self.transfer.import_cases)
        self.menu.addSeparator()
        self.recovery_action = self._action("recovery", self.tr("Recovery…"), self.recovery)
        self.settings_action = self._action("settings", self.tr("Settings…"), self.settings)
        self.menu.addSeparator()
        self.erase_action = self._action("erase_vault", self.tr("Erase this vault…"), self.erase)
        self.menu.addSeparator()
        # Quit: locks the vault (an unsaved edit is asked about first), then the app ends
        self.quit_action = self._action("quit", self.tr("Quit"), window.close)
        self.quit_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
                                      or [QKeySequence("Ctrl+Q")])
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.backup_action.setToolTip(self.tr("Make an encrypted backup now (Ctrl+Shift+B)"))
        host.add_tool_action(self.backup_action, None)
        self._vault_actions = [self.backup_action, self.restore_action, self.export_action,
                               self.import_action, self.recovery_action, self.erase_action]
        host.vault_opened.connect(lambda _vault: self._enable(True))
        host.locked.connect(self._locked)
        host.vault_closing.connect(self.closing)
        self._enable(host.vault is not None)
        self.last_backup: Path | None = None
        self._dialogs: set[Any] = set()  # open windows of this menu, closed on a lock

    def _action(self, name: str, text: str, slot: Any, keys: str = "") -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False: slot())
        self.menu.addAction(action)
        return action

    def _locked(self) -> None:
        self._enable(False)
        for dialog in list(self._dialogs):
            dialog.reject()

    def _show(self, dialog: Any) -> Any:
        self._dialogs.add(dialog)
        dialog.finished.connect(lambda _result: self._dialogs.discard(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _enable(self, on: bool) -> None:
        for action in self._vault_actions:
            action.setEnabled(on)

    def vault_filter(self) -> str:
        return self.tr("Locator vaults (*.locator);;All files (*)")

    def _warn(self, title: str, text: str) -> None:
        self.prompts.warn(self.window, title, text)

    # -- back up ---------------------------------------------------------------------------

    def backup_now(self) -> bool:
        vault = self.host.vault
        if vault is None:
            return False
        path, key, target = vault.path, vault.key, manual_backup_path(vault.path)

        def work() -> Path:
            with Vault.open(path, key) as own:  # its own connection: the UI goes on reading
                return backup_to(own, target)

        def done(made: Path) -> None:
            self.last_backup = made
            self.host.show_status(self.tr("Backup made."), 8000)
            self.prompts.inform(self.window, self.tr("Backup made"), self.tr(
                "The backup is here:\n{path}\n\nIt opens with the same passphrase as your "
                "vault. Keep a copy somewhere else too (a USB stick kept apart from this "
                "computer): a backup on the same disk is lost with the laptop.")
                .format(path=made))

        return self.jobs.run(self.tr("Making a backup…"), work, done,
                             lambda err: self._warn(self.tr("No backup made"), error_text(err)))

    def closing(self, vault: Any, for_good: bool) -> None:
        """Before the vault closes: the daily automatic backup, when the app ends."""
        from ui.vault.settings import quit_on_lock

        if self.controller.swapping or not (for_good or quit_on_lock()):
            return
        with contextlib.suppress(LocatorError, OSError):  # closing must never be stopped
            automatic_backup(vault)

    # -- restore ---------------------------------------------------------------------------

    def restore_backup(self) -> bool:
        vault = self.host.vault
        if vault is None or self.jobs.running or not self.host.resolve_unsaved():
            return False
        chosen = self.prompts.ask_open_file(self.window, self.tr("Choose the backup to restore"),
                                            self.vault_filter())
        if chosen is None:
            return False
        if chosen.resolve() == vault.path.resolve():
            self._warn(self.tr("Not restored"), self.tr("This is the vault itself, not a backup."))
            return False
        if not self.prompts.confirm(
                self.window, self.tr("Restore from backup"),
                self.tr("Replace your vault by this backup?"), self.tr("Restore"),
                self.tr("The backup is checked first; if it does not open with your vault's "
                        "passphrase, nothing happens. Then your vault is replaced by the "
                        "backup: whatever was written after the backup was made will not be in "
                        "it. Your vault as it is now is kept beside it, under a name ending in "
                        "“before-restore” and the date, so nothing is lost.")):
            return False
        path, key = vault.path, vault.key
        return self.jobs.run(self.tr("Checking the backup…"),
                             lambda: check_backup_copy(path, chosen, key),
                             lambda _none: self._swap_in(chosen, path, key),
                             self._refused)

    def _refused(self, err: BaseException) -> None:
        if isinstance(err, WrongPassphrase):
            text = self.tr("This file does not open with your vault's passphrase: it is a "
                           "backup made with another passphrase or of another vault — or it "
                           "is not a Locator backup at all.")
        elif isinstance(err, DamagedVault):
            text = self.tr("This backup is damaged ({reason}): it cannot be restored.").format(
                reason=translate("errors", str(err.params.get("reason", ""))))
        elif isinstance(err, NotAVault):
            text = self.tr("This file cannot be restored: {reason}").format(
                reason=error_text(err))
        elif isinstance(err, NewerVault):
            text = error_text(err)
        else:
            text = self.tr("The backup could not be checked: {reason}").format(
                reason=error_text(err))
        self._warn(self.tr("Not restored"), text + "\n\n" + self.tr("Your vault was not changed."))

    def _swap_in(self, backup: Path, path: Path, key: bytes) -> None:
        if self.host.vault is None:  # locked while the backup was checked: it stays locked
            self._warn(self.tr("Not restored"), self.tr(
                "Locator was locked while the backup was being checked. Nothing was changed; "
                "unlock and restore again."))
            return
        self.host.discard_edits()  # saved or discarded just before: nothing to keep as draft
        self.controller.swapping = True
        self.host.lock()

        def work() -> tuple[Path | None, BaseException | None, Vault]:
            try:
                aside: Path | None = restore(path, backup, key)
            except BaseException as err:  # the vault stays as it was; open it again
                _put_back(path)
                return None, err, Vault.open(path, key)
            finally:
                _remove_work_files(path.with_name(f".{path.name}.part"))
            return aside, None, Vault.open(path, key)

        self.jobs.run(self.tr("Restoring…"), work, self._restored, self._reopen_failed)

    def _restored(self, result: tuple[Path | None, BaseException | None, Vault]) -> None:
        aside, err, vault = result
        self.controller.swapping = False
        self.controller.unlocked(vault)
        if err is not None:
            self._warn(self.tr("Not restored"), self.tr(
                "The backup could not be put in place: {reason}\n\nYour vault was not "
                "changed.").format(reason=error_text(err)))
            return
        self.prompts.inform(self.window, self.tr("Restored"), self.tr(
            "The vault is now as it was in the backup. The vault as it was before is kept "
            "here:\n{path}").format(path=aside))

    def _reopen_failed(self, err: BaseException) -> None:
        self.controller.swapping = False
        self._warn(self.tr("Vault not opened"), self.tr(
            "The vault could not be opened again: {reason}").format(reason=error_text(err)))
        self.controller.show_door()

    # -- recovery, settings ------------------------------------------------------------------

    def recovery(self) -> Any:
        from ui.vault.recovery import RecoveryDialog

        if self.host.vault is None:
            return None
        return self._show(RecoveryDialog(self.window, self.host.vault.path, self.prompts,
                                         self.transfer.export_copy))

    def settings(self) -> Any:
        from ui.vault.settings import SettingsDialog

        return self._show(SettingsDialog(self.window, self.controller.keystore,
                                         self.controller.vault_path))

    # -- erase -------------------------------------------------------------------------------

    def erase_details(self, path: Path) -> str:
        folder = backup_folder(path)
        backups = [p for p in vault_files(path) if p.parent == folder]
        others = [p for p in vault_files(path) if p.parent != folder and p != path]
        # the keyring is not asked here: it may be locked and hold the window behind its prompt
        lines = [self.tr("On this computer, this deletes:"),
                 self.tr("• the vault: {path}").format(path=path),
                 self.tr("• its %n backup(s) in {folder}", "", len(backups)).format(
                     folder=folder)]
        if others:
            lines.append(self.tr("• %n other file(s) Locator made beside it (copies kept "
                                 "before an update or a restore)", "", len(others)))
        lines.append(self.tr("• its key in the keyring, if one was kept there"))
        lines += ["", self.tr(
            "Nothing of it can be brought back. Copies elsewhere — exported copies, backups "
            "you moved, a USB stick — are not deleted: delete them yourself."), "",
            self.tr("Locator then starts again with a new, empty vault.")]
        return "\n".join(lines)

    def erase(self) -> bool:
        vault = self.host.vault
        if vault is None or self.jobs.running:
            return False
        path = vault.path
        title = self.tr("Erase this vault")
        if not self.prompts.confirm(self.window, title,
                                    self.tr("Erase this vault and all its backups, for good?"),
                                    self.tr("Continue…"), self.erase_details(path)):
            return False
        word = self.tr("ERASE")
        if not self.prompts.ask_word(self.window, title, self.tr(
                "Last check. Every case in this vault will be gone for good.\n\nType {word} "
                "to erase.").format(word=word), word, self.tr("Erase for good")):
            return False
        self.host.discard_edits()  # no draft: the vault is going
        self.controller.swapping = True
        self.host.lock()
        keystore = self.controller.keystore
        return self.jobs.run(self.tr("Erasing…"), lambda: erase_vault(path, keystore),
                             self._erased, self._erase_failed)

    def _erased(self, erased: Erased) -> None:
        self.controller.swapping = False
        self.controller.had_vault = False  # erased on purpose: the door may make a new one
        n = len(erased.removed)
        if erased.key_removed is None:
            self._warn(self.tr("The key may still be kept"), self.tr(
                "The vault and its backups were erased ({n} files). The keyring could not "
                "be asked to remove the vault key (it may be locked), so it may still keep "
                "it: open your keyring program (for example “Passwords and Keys”) and delete "
                "the entry “Locator vault”.").format(n=n))
        elif erased.key_removed:
            self.prompts.inform(None, self.tr("Erased"), self.tr(
                "The vault, its backups and its key were erased ({n} files).").format(n=n))
        else:
            self.prompts.inform(None, self.tr("Erased"), self.tr(
                "The vault and its backups were erased ({n} files). No key was kept in the "
                "keyring.").format(n=n))
        self._after_erase()

    def _erase_failed(self, err: BaseException) -> None:
        self.controller.swapping = False
        self._warn(self.tr("Not everything was erased"), self.tr(
            "Erasing stopped: {reason}\n\nLook in the vault's folder for what is left.")
            .format(reason=error_text(err)))
        self._after_erase()

    def _after_erase(self) -> None:
        from ui.vault.settings import quit_on_lock

        if quit_on_lock():
            self.controller.quit_app()
        else:
            self.controller.show_door()  # the vault is gone: the door offers a new one


def _put_back(path: Path) -> None:
    """After a failed restore: if the vault was moved aside but not replaced, move it back."""
    if path.exists():
        return
    asides = sorted(path.parent.glob(f"{path.name}.before-restore-*"))
    if asides:
        os.replace(asides[-1], path)


def install(host: Host, controller: VaultOwner) -> VaultMenu:
    """The Vault menu (once per main window; the caller keeps it alive)."""
    return VaultMenu(host, controller)


__all__ = ["VaultMenu", "install"]
