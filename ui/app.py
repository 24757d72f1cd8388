"""Start-up: find the vault, open the door (create or unlock), show the main window.

The door comes first: it is painted before the main window and its feature panels are
built. Those are built behind it in small steps (:mod:`ui.startup`), after the door has
looked at the keyring, so no frame waits long. :attr:`Controller.window` builds whatever
is left at once when something needs the window sooner (tests do).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from locator.storage.keystore import Keystore, vault_id
from ui.startup import WARM_LATER, FirstPaint, Step, StepBuilder, import_steps
from ui.vault.unlock import VaultDialog

if TYPE_CHECKING:
    from locator.storage.vault import Vault
    from ui.case.editor import CaseEditor
    from ui.main_window import MainWindow
    from ui.vault.idle import IdleLock

# the build starts at the latest this long after the door is painted, even when the
# keyring has not answered yet (it may be waiting for the person to unlock it)
BUILD_AFTER_MS = 1500


def centre_choices(lang: str) -> list[tuple[str, str]]:
    from locator.centres.load import load_centres

    return [(c.id, c.display_name(lang)) for c in load_centres().locations()]


class Controller(QObject):
    """Owns the vault's life: unlocked ↔ locked. One per application."""

    #: the main window, once it and every feature panel are built
    window_ready = Signal(object)

    def __init__(self, vault_path: Path, keystore: Keystore, lang: str = "en") -> None:
        super().__init__()
        self.vault_path = vault_path
        self.keystore = keystore
        self.lang = lang
        #: quits the whole application ("quit instead of lock"); tests replace it
        self.quit_app: Callable[[], None] = QCoreApplication.quit
        #: True while a feature replaces the vault file (restore, erase): a lock then is
        #: followed neither by the door nor by quitting; that feature decides what comes next
        self.swapping = False
        #: a vault was open in this session: its door never offers to create one
        self.had_vault = False
        self.dialog: VaultDialog | None = None
        self.idle: IdleLock | None = None
        self._window: MainWindow | None = None
        self._choices: list[tuple[str, str]] = []
        self._editor: CaseEditor | None = None  # built in a step before the window
        self.builder = StepBuilder(self._steps(), self, later=import_steps(WARM_LATER))
        self.builder.finished.connect(lambda: self.window_ready.emit(self._window))

    # -- building the main window ------------------------------------------------------------

    @property
    def window(self) -> MainWindow:
        """The main window; what is not built yet is built now."""
        if self._window is None or not self.builder.done:
            self.builder.finish_now()
        assert self._window is not None
        return self._window

    @property
    def built_window(self) -> MainWindow | None:
        """The main window if it is built already (never builds it)."""
        return self._window if self.builder.done else None

    def build_in_steps(self) -> None:
        self.builder.start()

    def _steps(self) -> list[Step]:
        return [*import_steps(), ("centres", self._load_centres),
                ("case editor", self._make_editor), ("main window", self._make_window)]

    def _load_centres(self) -> None:
        self._choices = centre_choices(self.lang)

    def _make_editor(self) -> None:
        from ui.case.editor import CaseEditor

        editor = self._editor = CaseEditor(self._choices, self.lang, in_parts=True)
        # its tabs after the window is shown, one per turn (the home screen comes first
        # after an unlock; ~40 ms of it, issue 18), or all at once when a case is opened
        def build_next() -> None:
            if shiboken6.isValid(editor):  # not when the window was closed meanwhile
                editor.build_next()

        self.builder.push_later([(f"case editor: {name}", build_next)
                                 for name, _part in editor.parts])

    def _make_window(self) -> None:
        from locator.centres.search import centre_search_text, location_ids
        from locator.model.countries import country_name
        from ui.features import feature_steps
        from ui.main_window import MainWindow

        self._centre_text = centre_search_text
        lang = self.lang
        choices = self._choices
        names = dict(choices)
        window = MainWindow(
            choices, lang, centre_name=lambda c: names.get(c, c),
            country_name=lambda code: country_name(code, lang), location_ids=location_ids(),
            editor=self._editor)
        window.locked.connect(self._after_lock)
        # what is built after the window (the editor's tabs, warm imports) waits for the
        # list's first paint: an unlock shows the list first (issue 18)
        FirstPaint(window.case_list.viewport(), self.builder.start_later)
        self._window = window
        self.builder.push([*feature_steps(window, self), ("idle lock", self._make_idle)])

    def _make_idle(self) -> None:
        from ui.vault.idle import IdleLock

        window = self._window
        assert window is not None
        self.idle = IdleLock(window.lock, lambda: window.vault is not None)
        self.idle.setParent(window)  # its app-wide event filter ends with the window

    # -- the door --------------------------------------------------------------------------

    def start(self) -> None:
        """Show the door; it opens straight from the keyring when the key is remembered."""
        self.show_door(try_device_key=self.vault_path.exists())

    def _after_lock(self) -> None:
        if self.swapping:
            return
        from ui.vault.settings import quit_on_lock

        window = self.built_window
        if quit_on_lock() and (window is None or window.draft_in_memory is None):
            self.quit_app()  # never while changes wait in memory: quitting would lose them
        else:
            self.show_door()

    def _settle_restore(self) -> tuple[str, bool]:
        """A restore cut short last time (killed, power lost) is finished or undone before
        the door offers anything. Returns what to tell, and whether one is still under way
        or could not be settled (the door then never offers a new vault)."""
        from locator.storage.leftovers import (
            interrupted_restore,
            restore_marker,
            settle_interrupted_restore,
        )

        path = self.vault_path
        try:
            kept = settle_interrupted_restore(path)
        except OSError as err:
            return self.tr(
                "A restore of this vault was cut short and could not be finished ({reason}). "
                "Nothing is made in its place; the files beside it are kept: {folder}"
            ).format(reason=err.strerror or err.__class__.__name__, folder=path.parent), True
        if kept is not None:
            return self.tr(
                "The restore that was cut short last time has been finished: the vault is "
                "the backup. The vault as it was before is kept here: {path}").format(
                path=kept), False
        under_way = interrupted_restore(path) is not None or restore_marker(path).exists()
        return (self.tr("A restore of this vault is under way in another Locator window. "
                        "Wait for it to end.") if under_way else ""), under_way

    def _door_notice(self, missing: bool, restore_note: str = "") -> str:
        notes = [restore_note] if restore_note else []
        if missing:
            notes.append(self.tr(
                "The vault is not in its place any more: {path}. Put it back (plug its USB "
                "stick or disk in again), then unlock. No new vault is made over it."
            ).format(path=self.vault_path))
        window = self.built_window
        if window is not None and window.draft_in_memory is not None:
            notes.append(self.tr(
                "Your unsaved changes could not be written into the vault (it may have been "
                "moved, or its disk is full or gone). They are kept in this window's memory "
                "only: unlock to get them back and save them. Quitting Locator loses them."))
        return "\n\n".join(notes)

    def show_door(self, try_device_key: bool = False) -> None:
        # a vault opened in this session and gone since (moved, a stick pulled) is looked
        # for again, never replaced by a new empty one
        restore_note, restoring = self._settle_restore()
        missing = not self.vault_path.exists()
        create = missing and not self.had_vault and not restoring
        missing = missing and self.had_vault
        self._drop_door()
        self.dialog = VaultDialog(self.vault_path, self.keystore, create,
                                  try_device_key=try_device_key,
                                  notice=self._door_notice(missing, restore_note))
        self.dialog.opened.connect(self._door_opened)
        self.dialog.rejected.connect(self._door_closed)
        if not self.builder.done:
            self.dialog.keystore_checked.connect(self.build_in_steps)
            self.dialog.painted.connect(
                lambda: QTimer.singleShot(BUILD_AFTER_MS, self, self.build_in_steps))
        self.dialog.show()
        self.dialog.raise_()

    def _drop_door(self) -> None:
        """One door at a time: the last one is deleted with its fields (kept, each lock
        leaked one)."""
        old, self.dialog = self.dialog, None
        if old is None:
            return
        old.blockSignals(True)  # its late answers (rejected on hiding…) reach nobody
        old.hide()
        old.deleteLater()

    def bring_to_front(self) -> None:
        window = self.built_window
        shown = self.dialog if (window is None or window.vault is None) and self.dialog \
            else window
        if shown is not None:
            shown.show()
            shown.raise_()
            shown.activateWindow()

    def _door_closed(self) -> None:
        window = self.built_window
        if window is None or window.vault is None:
            QCoreApplication.quit()

    def _door_opened(self, vault: Vault) -> None:
        dialog = self.dialog
        action = dialog.key_action if dialog is not None else None
        if action is not None:
            self._keep_or_forget(action, bytes(vault.key))
        self.unlocked(vault)

    def _keep_or_forget(self, action: str, key: bytes) -> None:
        """Do what the door's box asked of the keyring, on a thread of its own (the keyring
        may wait for its own password), and say how it went in the main window."""
        from locator.storage.vault import read_salt
        from ui.common.worker import run_in_thread
        from ui.vault.unlock import REMEMBER

        keystore, path = self.keystore, self.vault_path

        def work() -> bool | None:
            key_id = vault_id(read_salt(path))
            if action == REMEMBER:
                keystore.remember(key_id, key)
                return True
            return keystore.forget(key_id)

        def done(_result: bool | None) -> None:
            self._tell_about_key(self.tr(
                "The vault key is now kept in this computer's keyring.") if action == REMEMBER
                else self.tr("This computer no longer remembers the vault key."), False)

        def failed(_err: BaseException) -> None:  # never shown: it may name the backend
            self._tell_about_key(self.tr(
                "The keyring did not keep the vault key (it may be locked). Next time, "
                "Locator will ask for the passphrase.") if action == REMEMBER else self.tr(
                "The keyring could not be asked to forget the vault key (it may be locked), "
                "so it may still keep it. Try again in Vault ▸ Settings…, or delete the "
                "“Locator vault” entry in your keyring program."), True)

        run_in_thread(work, done, failed)

    def _tell_about_key(self, text: str, warning: bool) -> None:
        def show() -> None:
            window = self.window
            if not warning:
                if window.vault is not None:
                    window.statusBar().showMessage(text, 10000)
                return
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Keyring"), text,
                              QMessageBox.StandardButton.Ok, window)
            box.setObjectName("keyring_warning")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

        self.builder.then(show)

    def unlocked(self, vault: Vault) -> None:
        if self.builder.started and not self.builder.done:
            # still building in steps: show the window when it is complete, frames keep flowing
            self.builder.then(lambda: self.unlocked(vault))
            return
        window = self.window
        vault.centre_text = self._centre_text
        self.had_vault = True
        self._drop_door()
        window.set_vault(vault)
        window.show()
        window.raise_()

    def close_vault(self) -> None:
        """At the very end: lock what is still open."""
        window = self.built_window
        if window is not None and window.vault is not None:
            window.vault.lock()


def make_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName("Locator")
    app.setApplicationName("Locator")
    app.setQuitOnLastWindowClosed(False)
    from ui.common.fonts import register_bundled_fonts

    register_bundled_fonts()  # Ge'ez, Arabic, symbols: drawn even where the system lacks them
    return app


def run(vault_path: Path, keystore: Keystore | None = None) -> int:
    from ui.common.qtlog import install_message_handler
    install_message_handler()  # first: no case data in Qt's messages on stderr
    from ui.vault.single_instance import SingleInstance

    app = make_application(sys.argv)
    from ui.common.i18n import install_translations

    lang = install_translations()  # the setting ui/language (or the system's language)
    from ui.common.theme import follow_system

    follow_system(app)  # light or dark, as the system is
    holder: list[Controller] = []

    def bring_to_front() -> None:
        if holder:
            holder[0].bring_to_front()

    guard = SingleInstance(vault_path, bring_to_front)
    if not guard.acquired:
        print("Locator is already open with this vault"
              + (" (brought to the front)." if guard.woke_other else " in another program."),
              file=sys.stderr)
        return 0 if guard.woke_other else 1
    from ui.help.first_run import watch_start_up

    watcher = watch_start_up(app)  # the guide over a first door; LOCATOR_SMOKE_TEST timing
    controller = Controller(vault_path, keystore or Keystore(), lang)
    holder.append(controller)
    watcher.after_paint = lambda finish: controller.builder.then(finish)
    # The app lives as long as its door or its main window: it quits when the door is
    # closed with no vault open, or when the main window is closed. Not on Qt's "last window
    # closed": the door closes before the main window is shown (a remembered key opens the
    # vault while the window is still being built), and that is no reason to quit.
    controller.window_ready.connect(lambda window: window.closed.connect(app.quit))
    controller.window_ready.connect(lambda window: window.destroyed.connect(app.quit))
    controller.start()
    result: Any = app.exec()
    controller.close_vault()
    guard.release()
    return int(result)
