"""Settings: the language, auto-lock, "quit instead of lock", forgetting this device's key.

Settings are declared here once, typed. They hold UI state only — never a case,
a name, a search, or a path that names a person (QSettings is a plain file on
Linux, the registry on Windows).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from locator.model.errors import LocatorError
from locator.storage.keystore import KeystoreUnavailable, vault_id
from locator.storage.vault import read_salt
from ui.common.i18n import CHOICES, core_text, language_setting, set_language_setting
from ui.common.worker import run_in_thread
from ui.vault.idle import AUTO_LOCK_KEY, DEFAULT_MINUTES, MAX_MINUTES, idle_minutes

#: the keyring could not answer (locked, its prompt dismissed, not answering in time)
UNKNOWN = object()

QUIT_ON_LOCK_KEY = "security/quit_on_lock"

#: "restart to see the new language", in each language itself: the person who picks a
#: language they read is told in it (the translators of the running app speak the old one)
RESTART_NOTICE = {
    "en": "Restart Locator to see it in this language: close it and open it again.",
    "fr": "Redémarrez Locator pour le voir dans cette langue : fermez-le puis "
          "rouvrez-le.",
    "nl": "Start Locator opnieuw om het in deze taal te zien: sluit het en open het "
          "opnieuw.",
}


def quit_on_lock() -> bool:
    """When on, locking (by hand, idle, screen lock) quits the app after saving the draft."""
    return bool(QSettings().value(QUIT_ON_LOCK_KEY, False, type=bool))


def set_quit_on_lock(on: bool) -> None:
    QSettings().setValue(QUIT_ON_LOCK_KEY, bool(on))


def set_auto_lock_minutes(minutes: int) -> None:
    QSettings().setValue(AUTO_LOCK_KEY, max(0, min(MAX_MINUTES, int(minutes))))


class SettingsDialog(QDialog):
    """Security settings; changes apply when OK is pressed (the key is forgotten at once)."""

    def __init__(self, parent: QWidget | None, keystore: Any, vault_path: Path) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.keystore = keystore
        self.vault_path = vault_path
        self._asking = False
        self._closed = False
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)

        self.language = QComboBox()
        self.language.setObjectName("language")
        names = {"system": self.tr("The computer's language"), "en": "English",
                 "fr": "Français", "nl": "Nederlands"}  # each language in its own words
        for code in CHOICES:
            self.language.addItem(names[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(language_setting())))
        self.language.setAccessibleName(self.tr("Language"))
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self._note(self.tr(
            "A new language shows the next time Locator starts. Dates follow the language "
            "too.")))
        self._language_at_start = self.language.currentData()
        self.language_notice = self._note("")
        self.language_notice.setObjectName("language_restart_notice")
        self.language_notice.hide()
        form.addRow("", self.language_notice)
        self.language.currentIndexChanged.connect(self._language_changed)

        self.auto_lock = QSpinBox()
        self.auto_lock.setObjectName("auto_lock_minutes")
        self.auto_lock.setRange(0, MAX_MINUTES)
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setSpecialValueText(self.tr("Off"))
        self.auto_lock.setValue(idle_minutes())
        self.auto_lock.setAccessibleName(self.tr("Lock after minutes without use"))
        form.addRow(self.tr("Lock after this long without use"), self.auto_lock)
        note = self._note(self.tr(
            "Time the computer spends asleep counts too. 0 turns automatic locking off "
            "(not advised). The default is {n} minutes.").format(n=DEFAULT_MINUTES))
        form.addRow("", note)

        self.quit_on_lock = QCheckBox(self.tr("Quit Locator instead of locking"))
        self.quit_on_lock.setObjectName("quit_on_lock")
        self.quit_on_lock.setChecked(quit_on_lock())
        form.addRow(self.quit_on_lock)
        form.addRow(self._note(self.tr(
            "Locking empties every window, but a program cannot be sure nothing stays in "
            "its memory. Quitting is the strongest protection: unsaved changes are kept, "
            "encrypted, and come back when you open the vault again.")))

        self.forget_key = QPushButton(self.tr("Forget this device's key"))
        self.forget_key.setObjectName("forget_device_key")
        self.forget_key.clicked.connect(self.forget)
        self.key_note = self._note("")
        self.key_note.setObjectName("device_key_note")
        form.addRow(self.forget_key)
        form.addRow(self.key_note)
        self._show_key_state()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def _language_changed(self, _index: int) -> None:
        """Say plainly, in the chosen language too, that it needs a restart."""
        code = self.language.currentData()
        if code == self._language_at_start:
            self.language_notice.hide()
            return
        here = self.tr("Restart Locator to see it in this language: close it and open it "
                       "again.")
        # the same sentence in the chosen language (the app's own words stay in the current
        # one until the restart)
        there = RESTART_NOTICE.get(str(code), "")
        self.language_notice.setText(here if not there or there == here
                                     else f"{here}\n{there}")
        self.language_notice.show()

    @staticmethod
    def _note(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _ask_keyring(self, work: Any, answered: Any) -> None:
        """Ask the keyring on a thread of its own: it may put up its own unlock prompt."""
        self._asking = True
        self.forget_key.setEnabled(False)

        def done(result: Any) -> None:
            self._asking = False
            if not self._closed:
                answered(result)

        def failed(_err: BaseException) -> None:  # never shown: it may name the backend
            done(UNKNOWN)

        run_in_thread(work, done, failed)

    def _show_key_state(self) -> None:
        """Does this computer keep the key? Asked off the UI thread; "Checking…" meanwhile."""
        self.key_note.setText(self.tr("Checking this computer's keyring…"))
        keystore, path = self.keystore, self.vault_path

        def work() -> tuple[Any, Any]:
            status = keystore.status()
            if not status.usable:
                return status, False
            try:
                salt = read_salt(path)
            except LocatorError:
                return status, False
            try:
                return status, keystore.recall(vault_id(salt)) is not None
            except KeystoreUnavailable:
                return status, UNKNOWN

        self._ask_keyring(work, self._key_state_answered)

    def _key_state_answered(self, answer: Any) -> None:
        if answer is UNKNOWN:
            answer = (None, UNKNOWN)
        status, remembered = answer
        if remembered is UNKNOWN:
            self.forget_key.setEnabled(True)  # trying asks the keyring to unlock
            self.key_note.setText(self.tr(
                "The keyring of this computer is locked, so Locator cannot tell whether it "
                "keeps the vault key. “Forget this device's key” asks the keyring to unlock "
                "first."))
        elif remembered:
            self.forget_key.setEnabled(True)
            self.key_note.setText(self.tr(
                "This computer remembers the vault key ({where}): anyone using your account "
                "can open the vault without the passphrase.").format(
                    where=core_text(status.template, status.params)))
        else:
            self.forget_key.setEnabled(False)
            self.key_note.setText(self.tr("This computer does not remember the vault key: the "
                                          "passphrase is asked every time."))

    def forget(self) -> None:
        if self._asking:
            return
        self.key_note.setText(self.tr("Asking the keyring to forget the key…"))
        keystore, path = self.keystore, self.vault_path

        def work() -> Any:
            try:
                return keystore.forget(vault_id(read_salt(path)))
            except KeystoreUnavailable:
                return UNKNOWN

        self._ask_keyring(work, self._forgotten)

    def _forgotten(self, removed: Any) -> None:
        if removed is UNKNOWN:
            self.forget_key.setEnabled(True)
            self.key_note.setText(self.tr(
                "The keyring could not be asked to forget the key (it may be locked), so it "
                "may still keep it. Try again, or delete the “Locator vault” entry in your "
                "keyring program."))
            return
        self.forget_key.setEnabled(False)
        self.key_note.setText(self.tr("Forgotten. The passphrase will be asked next time.")
                              if removed else self.tr(
                                  "This computer does not remember the vault key: the "
                                  "passphrase is asked every time."))

    def done(self, result: int) -> None:
        self._closed = True
        super().done(result)

    def accept(self) -> None:
        set_language_setting(str(self.language.currentData()))
        set_auto_lock_minutes(self.auto_lock.value())
        set_quit_on_lock(self.quit_on_lock.isChecked())
        QSettings().sync()
        super().accept()
