"""The questions the vault menu asks, in one replaceable place.

Each question is a plain callable attribute of :class:`Prompts`, so tests (or a
later UI) answer it directly instead of patching Qt. Passphrases typed here go
to the caller and are cleared from the widgets at once; nothing is stored.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from locator.model.errors import LocatorError
from ui.common import filedialogs
from ui.common.i18n import error_text as core_error_text
from ui.common.i18n import translate
from ui.common.theme import error_label
from ui.common.worker import run_in_background


def confirm_box(parent: QWidget | None, title: str, text: str, action: str,
                details: str = "") -> QMessageBox:
    """A question whose safe answer (Cancel) is the default; ``action`` names the other."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, f"<b>{html.escape(text)}</b>",
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("confirm_box")
    box.setTextFormat(Qt.TextFormat.RichText)
    if details:
        box.setInformativeText(details)
        label = box.findChild(QLabel, "qt_msgbox_informativelabel")
        if label is not None:  # never read as markup: paths and names can hold "<"
            label.setTextFormat(Qt.TextFormat.PlainText)
        box.setStyleSheet("QLabel#qt_msgbox_informativelabel { min-width: 480px; }")
    go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    go.setObjectName("confirm_action")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    return box


def exec_until_locked(dialog: QDialog, parent: QWidget | None) -> int:
    """``dialog.exec()``, but a lock of the main window meanwhile closes it: a question
    may show a name or hold a passphrase, and a locked screen shows nothing."""
    locked = getattr(parent, "locked", None)
    if locked is not None:
        locked.connect(dialog.reject)
    try:
        return dialog.exec()
    finally:
        if locked is not None:
            locked.disconnect(dialog.reject)


def confirm(parent: QWidget | None, title: str, text: str, action: str,
            details: str = "") -> bool:
    box = confirm_box(parent, title, text, action, details)
    try:
        exec_until_locked(box, parent)
        clicked = box.clickedButton()
        return clicked is not None and box.buttonRole(clicked) == QMessageBox.ButtonRole.AcceptRole
    finally:
        box.deleteLater()


def inform(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok,
                      parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    exec_until_locked(box, parent)
    box.deleteLater()


def warn(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok,
                      parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    exec_until_locked(box, parent)
    box.deleteLater()


class WordDialog(QDialog):
    """Type a word (e.g. ERASE) to go on: a second, deliberate confirmation."""

    def __init__(self, parent: QWidget | None, title: str, text: str, word: str,
                 action: str) -> None:
        super().__init__(parent)
        self.setObjectName("confirm_word_dialog")
        self.setWindowTitle(title)
        self.word = word
        layout = QVBoxLayout(self)
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(label)
        self.field = QLineEdit()
        self.field.setObjectName("confirm_word")
        self.field.setAccessibleName(translate("Prompts", "Confirmation word"))
        self.field.setPlaceholderText(word)
        layout.addWidget(self.field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.go = buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.go.setObjectName("confirm_word_action")
        self.go.setEnabled(False)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.field.textChanged.connect(lambda text: self.go.setEnabled(text.strip() == word))
        layout.addWidget(buttons)
        self.setMinimumWidth(440)


def ask_word(parent: QWidget | None, title: str, text: str, word: str, action: str) -> bool:
    dialog = WordDialog(parent, title, text, word, action)
    try:
        return (exec_until_locked(dialog, parent) == QDialog.DialogCode.Accepted
                and dialog.field.text().strip() == word)
    finally:
        dialog.deleteLater()


def _password_field(name: str, placeholder: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    field.setAccessibleName(placeholder)
    return field


class PassphraseDialog(QDialog):
    """One passphrase (``twice`` False) or a new one typed twice, with a strength hint."""

    def __init__(self, parent: QWidget | None, title: str, text: str, twice: bool) -> None:
        super().__init__(parent)
        self.setObjectName("passphrase_dialog")
        self.setWindowTitle(title)
        self.twice = twice
        layout = QVBoxLayout(self)
        intro = QLabel(text)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        self.first = _password_field("new_passphrase" if twice else "copy_passphrase",
                                     translate("Prompts", "Passphrase"))
        self.second = _password_field("new_passphrase_again",
                                      translate("Prompts", "Type the passphrase again"))
        self.strength = QProgressBar()
        self.strength.setObjectName("new_passphrase_strength")
        self.strength.setRange(0, 4)
        self.strength.setTextVisible(False)
        self.hint = QLabel()
        self.hint.setObjectName("new_passphrase_hint")
        self.hint.setWordWrap(True)
        self.error = error_label("passphrase")
        layout.addWidget(self.first)
        if twice:
            for widget in (self.second, self.strength, self.hint):
                layout.addWidget(widget)
            self.first.textChanged.connect(self.update_strength)
            self.update_strength("")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def update_strength(self, text: str) -> None:
        if not text:
            self.strength.setValue(0)
            self.hint.setText(translate("Prompts",
                                        "Five to seven random words make a strong passphrase."))
            return
        from zxcvbn import zxcvbn  # lazy: only this dialog and the first start need it

        score = int(zxcvbn(text[:100])["score"])
        self.strength.setValue(score)
        words = [translate("Prompts", "Very weak"), translate("Prompts", "Weak"),
                 translate("Prompts", "Fair"), translate("Prompts", "Good"),
                 translate("Prompts", "Strong")]
        self.hint.setText(translate("Prompts", "Strength: {word}").format(word=words[score]))

    def _check(self) -> None:
        if not self.first.text():
            self.error.setText(translate("Prompts", "Type a passphrase."))
        elif self.twice and self.first.text() != self.second.text():
            self.error.setText(translate("Prompts", "The two passphrases are not the same."))
        else:
            self.accept()
            return
        self.error.show()

    def take(self) -> str:
        """The passphrase, wiped from the widgets."""
        text = self.first.text()
        self.first.clear()
        self.second.clear()
        return text


def _ask(parent: QWidget | None, title: str, text: str, twice: bool) -> str | None:
    dialog = PassphraseDialog(parent, title, text, twice)
    try:
        accepted = exec_until_locked(dialog, parent) == QDialog.DialogCode.Accepted
        secret = dialog.take()
        return secret if accepted else None
    finally:
        dialog.deleteLater()


def ask_passphrase(parent: QWidget | None, title: str, text: str) -> str | None:
    return _ask(parent, title, text, twice=False)


def ask_new_passphrase(parent: QWidget | None, title: str, text: str) -> str | None:
    return _ask(parent, title, text, twice=True)


def busy(parent: QWidget | None, text: str) -> QProgressDialog:
    """A modal "working…" window for slow work running in the background."""
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setObjectName("busy_dialog")
    dialog.setWindowTitle(translate("Prompts", "Locator"))
    dialog.setCancelButton(None)  # no cancel: the work cannot be stopped halfway
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.show()
    return dialog


def error_text(err: BaseException) -> str:
    """A failure in words a person can act on; never the data involved."""
    if isinstance(err, LocatorError):
        return core_error_text(err)
    if isinstance(err, OSError):
        return translate("Prompts", "The file could not be read or written ({reason}).").format(
            reason=err.strerror or type(err).__name__)
    return translate("Prompts", "Something went wrong.")


class Jobs:
    """One slow job at a time, off the UI thread, behind a modal "working…" window."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent
        self.dialog: QProgressDialog | None = None

    @property
    def running(self) -> bool:
        return self.dialog is not None

    def run(self, text: str, work: Callable[[], Any], done: Callable[[Any], None],
            failed: Callable[[BaseException], None]) -> bool:
        """False (and nothing done) while another job runs."""
        if self.dialog is not None:
            return False
        self.dialog = busy(self.parent, text)

        def finish(callback: Callable[[Any], None]) -> Callable[[Any], None]:
            def call(value: Any) -> None:
                if self.dialog is not None:
                    self.dialog.close()
                    self.dialog.deleteLater()
                    self.dialog = None
                callback(value)
            return call

        run_in_background(work, finish(done), finish(failed))
        return True


class Prompts:
    """Every question the vault menu asks; replace an attribute to answer it another way.
    ``choose_resolutions`` asks for the per-case choices of an import (None: cancelled)."""

    def __init__(self, choose_resolutions: Callable[..., dict[int, Any] | None]) -> None:
        self.confirm: Callable[..., bool] = confirm
        self.inform: Callable[[QWidget | None, str, str], None] = inform
        self.warn: Callable[[QWidget | None, str, str], None] = warn
        self.ask_word: Callable[[QWidget | None, str, str, str, str], bool] = ask_word
        self.ask_open_file: Callable[..., Path | None] = filedialogs.ask_open_file
        self.ask_save_file: Callable[..., Path | None] = filedialogs.ask_save_file
        self.ask_passphrase: Callable[[QWidget | None, str, str], str | None] = ask_passphrase
        self.ask_new_passphrase: Callable[[QWidget | None, str, str], str | None] = \
            ask_new_passphrase
        self.choose_resolutions: Callable[..., dict[int, Any] | None] = choose_resolutions
