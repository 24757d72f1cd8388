"""The vault door: create a vault (first start) or unlock it.

Key derivation runs off the UI thread. Failed attempts make the next one wait
longer. Nothing typed here is stored anywhere but in the vault's key.

The door is the first window of the app and must appear fast: the vault module and
the keyring are imported only after it is painted, and the keyring is asked off the UI
thread (it can be slow, or wait for the person to unlock it). At start-up, when the key
is remembered on this device, the door opens the vault with it, also off the UI thread.

A keyring that cannot answer (locked, its prompt dismissed) is never taken to mean "no key
is kept": the door then changes nothing in it unless the person ticks the box. What the
door decided (:attr:`VaultDialog.key_action`) is carried out by the controller, off the UI
thread, once the vault is open.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from locator.model.errors import LocatorError
from locator.storage.kdf import derive_key
from locator.storage.keystore import Keystore, KeystoreStatus, KeystoreUnavailable, vault_id
from ui.common.i18n import core_text, error_text
from ui.common.theme import error_label
from ui.common.worker import run_in_background, run_in_thread
from ui.vault.passphrase_form import PassphraseForm, add_show_toggle

FREE_ATTEMPTS = 3
MAX_DELAY_S = 60
PAINT_FALLBACK_MS = 500  # a door that is never painted (hidden, minimised) goes on anyway
KEYRING_SLOW_MS = 3000  # then the door says it is still waiting for the keyring

#: what the door asks of the keyring once the vault is open (:attr:`VaultDialog.key_action`)
REMEMBER = "remember"
FORGET = "forget"


class VaultDialog(QDialog):
    """Asks for the passphrase. Emits :attr:`opened` with the open :class:`Vault`."""

    opened = Signal(object)
    # the door has been painted once (the app builds its main window after that)
    painted = Signal()
    # the keyring has answered (whether it can keep the key, and whether it does)
    keystore_checked = Signal()

    def __init__(self, path: Path, keystore: Keystore, create: bool,
                 parent: QWidget | None = None, try_device_key: bool = False,
                 notice: str = "") -> None:
        super().__init__(parent)
        self.path = path
        self.keystore = keystore
        self.creating = create
        self.try_device_key = try_device_key and not create
        self.failures = 0
        self._wait_left = 0
        self._was_painted = False
        self._device_key_open = False
        self._closed = False
        #: does the keyring keep this vault's key? None: not known (not answered yet, or
        #: it could not answer: locked, its prompt dismissed)
        self._remembered: bool | None = False if create else None
        self._kept_key_failed = False  # the kept key did not open the vault
        #: REMEMBER, FORGET or None: what to do in the keyring, decided when the vault opened
        self.key_action: str | None = None
        self.setWindowTitle(self.tr("Create your vault") if create else self.tr("Unlock Locator"))
        self.setObjectName("vault_dialog")
        layout = QVBoxLayout(self)

        intro = QLabel(self._intro_text())
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        #: what the person must know before unlocking (changes kept in memory only…)
        self.notice = QLabel(notice)
        self.notice.setObjectName("door_notice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setStyleSheet("font-weight: bold;")
        self.notice.setVisible(bool(notice))
        layout.addWidget(self.notice)

        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))

        self.passphrase_confirm = QLineEdit()
        self.passphrase_confirm.setObjectName("passphrase_confirm")
        self.passphrase_confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_confirm.setPlaceholderText(self.tr("Type the passphrase again"))
        self.passphrase_confirm.setAccessibleName(self.tr("Passphrase, again"))
        self.error = error_label("unlock")
        self.form: PassphraseForm | None = None
        if create:
            self.form = PassphraseForm(self, layout, self.passphrase, self.passphrase_confirm,
                                       self.error)
            self.show_passphrase = self.form.show_box
            self.strength = self.form.strength
            self.strength_label = self.form.strength_label
        else:
            layout.addWidget(self.passphrase)
            self.show_passphrase = add_show_toggle([self.passphrase], self)
            layout.addWidget(self.show_passphrase)

        self.remember = QCheckBox(self.tr("Remember on this device"))
        self.remember.setObjectName("remember_device")
        self.remember.setEnabled(False)
        self.remember_note = QLabel(self.tr("Checking this computer's keyring…"))
        self.remember_note.setObjectName("remember_note")
        self.remember_note.setWordWrap(True)
        layout.addWidget(self.remember)
        layout.addWidget(self.remember_note)
        layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("unlock_button")
        self.ok_button.setText(self.tr("Create vault") if create else self.tr("Unlock"))
        self.buttons.accepted.connect(self.submit)
        layout.addWidget(self.buttons)
        # Tab: the fields, the keyring's box, then the helpers (show, suggest)
        chain: list[QWidget] = [self.passphrase]
        if self.form is not None:
            chain += [self.passphrase_confirm, self.remember, self.show_passphrase,
                      self.form.suggest_button]
        else:
            chain += [self.remember, self.show_passphrase]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

        self.setMinimumWidth(440)  # room for the notes, in every language
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count_down)
        self._keyring_slow = QTimer(self)
        self._keyring_slow.setSingleShot(True)
        self._keyring_slow.setInterval(KEYRING_SLOW_MS)
        self._keyring_slow.timeout.connect(self._keyring_is_slow)
        QTimer.singleShot(PAINT_FALLBACK_MS, self, self._after_paint)

    def _intro_text(self) -> str:
        if self.creating:
            return self.tr(
                "Everything about the people you help is kept in one encrypted file, the "
                "vault. Choose a passphrase of five to seven random words, or let Locator "
                "suggest one.\n\n"
                "If you forget it, nobody can open the vault again — not us, not anyone. "
                "Write it down and keep it somewhere safe, away from this computer.")
        return self.tr("Type your passphrase to open the vault.")

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._was_painted:
            QTimer.singleShot(0, self, self._after_paint)

    def _after_paint(self) -> None:
        if self._was_painted:
            return
        self._was_painted = True
        self.painted.emit()
        self._check_keystore()

    def _check_keystore(self) -> None:
        """Ask the keyring, on a thread of its own: can it keep the key, and does it?

        The keyring may put up its own unlock prompt and wait for the person: the door
        keeps answering meanwhile, and the passphrase can be typed as usual.
        """
        keystore, path, creating = self.keystore, self.path, self.creating

        def work() -> tuple[KeystoreStatus, bytes | None, bool]:
            from locator.storage.vault import read_salt  # here: the door is up already

            status = keystore.status()
            if creating or not status.usable:
                return status, None, True
            try:
                salt = read_salt(path)
            except LocatorError:
                return status, None, True  # opening will say what is wrong with the file
            try:
                return status, keystore.recall(vault_id(salt)), True
            except KeystoreUnavailable:
                return status, None, False  # locked, prompt dismissed: not known

        self._keyring_slow.start()
        run_in_thread(work, self._keystore_answered, self._keystore_broken)

    def _keyring_is_slow(self) -> None:
        if self._closed:
            return
        self.remember_note.setText(self.tr(
            "Waiting for this computer's keyring (it may be asking for its own password). "
            "You can type your passphrase meanwhile."))
        self.fit_height()

    def _keystore_answered(self, answer: tuple[KeystoreStatus, bytes | None, bool]) -> None:
        self._keyring_slow.stop()
        if self._closed:
            return  # the vault was opened with the passphrase meanwhile
        status, key, known = answer
        self.remember.setEnabled(status.usable)
        if status.usable and not known:
            self._remembered = None
            self.remember.setChecked(False)
            self.remember_note.setText(self.tr(
                "The keyring of this computer is locked, so Locator cannot tell whether it "
                "keeps the vault key. Type your passphrase. Tick the box to keep the key "
                "there; leaving it unticked removes nothing."))
        elif status.usable:
            self._remembered = key is not None
            self.remember_note.setText(self.tr(
                "The vault key will be kept in {where}. Anyone who can use this computer "
                "while you are logged in can then open the vault without the passphrase.")
                .format(where=core_text(status.template, status.params)))
            self.remember.setChecked(key is not None)
        else:
            self.remember_note.setText(self.tr("Not available: {reason}")
                                       .format(reason=core_text(status.template,
                                                                status.params)))
        self.fit_height()
        if key is not None and self.try_device_key and not self._opening:
            self._open_with_device_key(key)
        else:
            self.keystore_checked.emit()

    def _keystore_broken(self, _err: BaseException) -> None:
        self._keyring_slow.stop()
        if self._closed:
            return
        self.remember_note.setText(self.tr("Not available: {reason}").format(
            reason=core_text("No keyring could be loaded on this computer.")))
        self.fit_height()
        self.keystore_checked.emit()

    def _open_with_device_key(self, key: bytes) -> None:
        """"Remember on this device": open with the kept key, off the UI thread."""
        from locator.storage.vault import Vault

        path = self.path
        self._device_key_open = True
        self._set_busy(True)
        self.keystore_checked.emit()  # the window is built while the vault opens
        run_in_background(lambda: Vault.open(path, key), self._opened, self._device_key_failed)

    def _device_key_failed(self, _err: BaseException) -> None:
        """The kept key did not open the vault (replaced, restored…): ask as usual."""
        self._device_key_open = False
        self._kept_key_failed = True
        self._set_busy(False)
        self.remember_note.setText(self.tr(
            "The key kept on this computer did not open the vault. Type your passphrase."))
        self.fit_height()
        self.passphrase.setFocus()

    @property
    def _opening(self) -> bool:
        return not self.ok_button.isEnabled()

    # -- submit -------------------------------------------------------------

    def submit(self) -> None:
        if self._wait_left > 0:
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self._show_error(self.tr("Type your passphrase."))
            return
        if self.form is not None:
            problem = self.form.problem()
            if problem is not None:
                self.form.show_problem(problem)
                self.fit_height()
                return
        from locator.storage.vault import Vault, read_salt

        self._set_busy(True)
        path, creating = self.path, self.creating

        def work() -> Any:
            if creating:
                return Vault.create(path, passphrase)
            return Vault.open(path, derive_key(passphrase, read_salt(path)))

        run_in_background(work, self._opened, self._failed)

    def _opened(self, vault: Any) -> None:
        self._set_busy(False)
        self.key_action = self._key_action()
        self._closed = True
        self.passphrase.clear()
        self.passphrase_confirm.clear()
        if self.form is not None:
            self.form.clear()
        self.opened.emit(vault)
        self.accept()

    def _key_action(self) -> str | None:
        """What the keyring must do now the vault is open: only what the box asks for.

        Ticked: keep the key (unless it is kept and worked). Unticked: forget it only when
        the keyring said it keeps it — never because it could not answer.
        """
        if self._device_key_open or not self.remember.isEnabled():
            return None
        if self.remember.isChecked():
            return REMEMBER if self._remembered is not True or self._kept_key_failed else None
        return FORGET if self._remembered is True else None

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
            self.ok_button.setText(self.tr("Opening with the key kept on this computer…")
                                   if self._device_key_open else self.tr("Opening…"))
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
        if layout is None:
            return
        layout.activate()
        need = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else 0
        if need > self.height():
            self.resize(self.width(), need)

    def reject(self) -> None:
        self._closed = True
        self.passphrase.clear()
        self.passphrase_confirm.clear()
        if self.form is not None:
            self.form.clear()
        super().reject()
