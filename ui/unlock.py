"""The vault door: create a vault (first start) or unlock it.

Key derivation runs off the UI thread. Failed attempts make the next one wait
longer. Nothing typed here is stored anywhere but in the vault's key.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from locator.errors import LocatorError
from locator.kdf import derive_key
from locator.keystore import Keystore, vault_id
from locator.vault import Vault, read_salt
from ui.i18n import core_text, error_text
from ui.worker import run_in_background

FREE_ATTEMPTS = 3
MAX_DELAY_S = 60


class VaultDialog(QDialog):
    """Asks for the passphrase. Emits :attr:`opened` with the open :class:`Vault`."""

    opened = Signal(object)

    def __init__(self, path: Path, keystore: Keystore, create: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.keystore = keystore
        self.creating = create
        self.failures = 0
        self._wait_left = 0
        self.setWindowTitle(self.tr("Create your vault") if create else self.tr("Unlock Locator"))
        self.setObjectName("vault_dialog")
        layout = QVBoxLayout(self)

        intro = QLabel(self._intro_text())
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)

        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        layout.addWidget(self.passphrase)

        self.passphrase_confirm = QLineEdit()
        self.passphrase_confirm.setObjectName("passphrase_confirm")
        self.passphrase_confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_confirm.setPlaceholderText(self.tr("Type the passphrase again"))
        self.passphrase_confirm.setAccessibleName(self.tr("Passphrase, again"))
        self.strength = QProgressBar()
        self.strength.setObjectName("passphrase_strength")
        self.strength.setRange(0, 4)
        self.strength.setTextVisible(False)
        self.strength_label = QLabel()
        self.strength_label.setObjectName("passphrase_strength_label")
        self.strength_label.setWordWrap(True)
        if create:
            layout.addWidget(self.passphrase_confirm)
            layout.addWidget(self.strength)
            layout.addWidget(self.strength_label)
            self.passphrase.textChanged.connect(self._update_strength)
            self._update_strength("")

        self.remember = QCheckBox(self.tr("Remember on this device"))
        self.remember.setObjectName("remember_device")
        self.remember.setEnabled(False)
        self.remember_note = QLabel(self.tr("Checking this computer's keyring…"))
        self.remember_note.setObjectName("remember_note")
        self.remember_note.setWordWrap(True)
        layout.addWidget(self.remember)
        layout.addWidget(self.remember_note)

        self.error = QLabel()
        self.error.setObjectName("unlock_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("unlock_button")
        self.ok_button.setText(self.tr("Create vault") if create else self.tr("Unlock"))
        self.buttons.accepted.connect(self.submit)
        layout.addWidget(self.buttons)

        self.setMinimumWidth(440)  # room for the notes, in every language
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count_down)
        QTimer.singleShot(0, self._check_keystore)

    def _intro_text(self) -> str:
        if self.creating:
            return self.tr(
                "Everything about the people you help is kept in one encrypted file, the "
                "vault. Choose a passphrase of five to seven random words.\n\n"
                "If you forget it, nobody can open the vault again — not us, not anyone. "
                "Write it down and keep it somewhere safe, away from this computer.")
        return self.tr("Type your passphrase to open the vault.")

    def _check_keystore(self) -> None:
        status = self.keystore.status()
        self.remember.setEnabled(status.usable)
        if status.usable:
            self.remember_note.setText(self.tr(
                "The vault key will be kept in {where}. Anyone who can use this computer "
                "while you are logged in can then open the vault without the passphrase.")
                .format(where=core_text(status.template, status.params)))
            if not self.creating and self.keystore.recall(vault_id(read_salt(self.path))):
                self.remember.setChecked(True)
        else:
            self.remember_note.setText(self.tr("Not available: {reason}")
                                       .format(reason=core_text(status.template,
                                                                status.params)))
        self.fit_height()

    def _update_strength(self, text: str) -> None:
        if not text:
            self.strength.setValue(0)
            self.strength_label.setText(self.tr("Five to seven random words make a strong "
                                                "passphrase."))
            return
        from zxcvbn import zxcvbn  # lazy: only the create dialog needs it

        score = int(zxcvbn(text[:100])["score"])
        self.strength.setValue(score)
        words = [self.tr("Very weak"), self.tr("Weak"), self.tr("Fair"), self.tr("Good"),
                 self.tr("Strong")]
        self.strength_label.setText(self.tr("Strength: {word}").format(word=words[score]))

    # -- submit -------------------------------------------------------------

    def submit(self) -> None:
        if self._wait_left > 0:
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self._show_error(self.tr("Type your passphrase."))
            return
        if self.creating and passphrase != self.passphrase_confirm.text():
            self._show_error(self.tr("The two passphrases are not the same."))
            return
        self._set_busy(True)
        path, creating = self.path, self.creating

        def work() -> Any:
            if creating:
                return Vault.create(path, passphrase)
            return Vault.open(path, derive_key(passphrase, read_salt(path)))

        run_in_background(work, self._opened, self._failed)

    def _opened(self, vault: Vault) -> None:
        self._set_busy(False)
        salt_id = vault_id(read_salt(self.path))
        try:
            if self.remember.isChecked():
                self.keystore.remember(salt_id, vault.key)
            elif self.remember.isEnabled():
                self.keystore.forget(salt_id)
        except Exception:
            self.remember_note.setText(self.tr("The keyring refused to keep the key; you will "
                                               "be asked for the passphrase next time."))
        self.passphrase.clear()
        self.passphrase_confirm.clear()
        self.opened.emit(vault)
        self.accept()

    def _failed(self, err: BaseException) -> None:
        self._set_busy(False)
        self.failures += 1
        if isinstance(err, LocatorError):
            text = error_text(err)
        else:
            text = self.tr("The vault could not be opened.")
        self._show_error(text)
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        if self.failures >= FREE_ATTEMPTS:
            self._wait_left = min(MAX_DELAY_S, 2 ** (self.failures - FREE_ATTEMPTS + 1))
            self._set_busy(True, waiting=True)
            self._tick.start()

    def _count_down(self) -> None:
        self._wait_left -= 1
        if self._wait_left <= 0:
            self._tick.stop()
            self._set_busy(False)
        else:
            self.ok_button.setText(self.tr("Wait {n} s").format(n=self._wait_left))

    def _set_busy(self, busy: bool, waiting: bool = False) -> None:
        for widget in (self.passphrase, self.passphrase_confirm, self.ok_button):
            widget.setEnabled(not busy)
        if busy and not waiting:
            self.ok_button.setText(self.tr("Opening…"))
        elif not busy:
            self.ok_button.setText(self.tr("Create vault") if self.creating
                                   else self.tr("Unlock"))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.fit_height()

    def fit_height(self) -> None:
        """Taller when a note or an error added lines: a text is never cut."""
        layout = self.layout()
        layout.activate()
        need = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else 0
        if need > self.height():
            self.resize(self.width(), need)

    def reject(self) -> None:
        self.passphrase.clear()
        self.passphrase_confirm.clear()
        super().reject()
