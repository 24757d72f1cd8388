"""Choosing a passphrase: the two fields, show/hide, a strength meter, a suggested one.

The rule is the core's (:mod:`locator.model.passphrase`): the same for creating a vault
and changing its passphrase. The suggestion is six random words of a published list in
the window's language, shown large, with an announced, time-limited copy.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from locator.model import passphrase as rule
from ui.common import clipboard
from ui.common.i18n import core_text, translate, window_language


def add_show_toggle(fields: list[QLineEdit], parent: QWidget | None = None) -> QCheckBox:
    """A "Show the passphrase" box that switches ``fields`` between dots and letters."""
    box = QCheckBox(translate("PassphraseForm", "Show the passphrase"), parent)
    box.setObjectName("show_passphrase")

    def toggled(on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        for field in fields:
            field.setEchoMode(mode)

    box.toggled.connect(toggled)
    return box


class PassphraseForm(QObject):
    """The widgets to choose a new passphrase, added to ``layout`` in reading order.

    ``first`` and ``confirm`` are the two fields; :meth:`problem` says what stops the
    passphrase from being chosen (None: it may be).
    """

    def __init__(self, parent: QWidget, layout: QBoxLayout, first: QLineEdit,
                 confirm: QLineEdit, error: QLabel) -> None:
        super().__init__(parent)
        self.first, self.confirm, self.error = first, confirm, error
        layout.addWidget(first)
        layout.addWidget(confirm)

        row = QHBoxLayout()
        self.show_box = add_show_toggle([first, confirm], parent)
        row.addWidget(self.show_box)
        row.addStretch(1)
        self.suggest_button = QPushButton(self.tr("Suggest a passphrase"), parent)
        self.suggest_button.setObjectName("suggest_passphrase")
        self.suggest_button.setToolTip(self.tr("Six random words in the language of Locator"))
        self.suggest_button.clicked.connect(self.suggest)
        row.addWidget(self.suggest_button)
        layout.addLayout(row)

        # a meter, not a box: thin, and hidden until something is typed
        self.strength = QProgressBar(parent)
        self.strength.setObjectName("passphrase_strength")
        self.strength.setRange(0, 4)
        self.strength.setTextVisible(False)
        self.strength.setFixedHeight(6)
        self.strength.setAccessibleName(self.tr("Passphrase strength"))
        self.strength.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.strength_label = QLabel(parent)
        self.strength_label.setObjectName("passphrase_strength_label")
        self.strength_label.setWordWrap(True)
        self.strength_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.strength)
        layout.addWidget(self.strength_label)

        self.panel = QFrame(parent)
        self.panel.setObjectName("suggested_passphrase_panel")
        self.panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel_layout = QVBoxLayout(self.panel)
        self.words = QLabel(self.panel)
        self.words.setObjectName("suggested_passphrase")
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.words.setWordWrap(True)
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.words.font())
        font.setPointSizeF(font.pointSizeF() * 1.6 if font.pointSizeF() > 0 else 16)
        font.setBold(True)
        self.words.setFont(font)
        self.words.setAccessibleName(self.tr("Suggested passphrase"))
        panel_layout.addWidget(self.words)
        self.advice = QLabel(self.tr(
            "Write these words on the recovery sheet (Vault → Recovery…) or on paper kept "
            "away from this computer, then type them again in the second field."), self.panel)
        self.advice.setObjectName("suggested_passphrase_advice")
        self.advice.setWordWrap(True)
        self.advice.setTextFormat(Qt.TextFormat.PlainText)
        panel_layout.addWidget(self.advice)
        buttons = QHBoxLayout()
        self.other_button = QPushButton(self.tr("Other words"), self.panel)
        self.other_button.setObjectName("suggest_other_words")
        self.other_button.clicked.connect(self.suggest)
        self.copy_button = QPushButton(self.tr("Copy"), self.panel)
        self.copy_button.setObjectName("copy_suggested_passphrase")
        self.copy_button.setToolTip(self.tr(
            "Copies the words for {n} seconds, then empties the clipboard").format(
                n=clipboard.CLEAR_AFTER_S))
        self.copy_button.clicked.connect(self.copy)
        buttons.addWidget(self.other_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        panel_layout.addLayout(buttons)
        self.copy_note = QLabel(self.panel)
        self.copy_note.setObjectName("suggested_passphrase_copy_note")
        self.copy_note.setWordWrap(True)
        self.copy_note.hide()
        panel_layout.addWidget(self.copy_note)
        self.panel.hide()
        layout.addWidget(self.panel)

        first.textChanged.connect(self._changed)
        confirm.textChanged.connect(self._changed)
        self._shown_problem: str | None = None
        self._changed()

    # -- what is typed ------------------------------------------------------------------

    def mismatch_text(self) -> str:
        return self.tr("The two passphrases are not the same.")

    def problem(self) -> str | None:
        """Why this passphrase cannot be chosen, in words (None: it can)."""
        text = self.first.text()
        verdict = rule.check(text)
        if not verdict.accepted:
            if not text:
                return core_text(rule.EMPTY)
            return self.tr("This passphrase is too easy to guess. {reason} {advice}").format(
                reason=core_text(verdict.reason or rule.EASY), advice=core_text(rule.ADVICE))
        if text != self.confirm.text():
            return self.mismatch_text()
        return None

    def show_problem(self, text: str) -> None:
        """Shown in the error line; it goes away by itself once fixed."""
        self._shown_problem = text
        self.error.setText(text)
        self.error.show()

    def _changed(self, _text: str = "") -> None:
        self._update_strength(self.first.text())
        if self._shown_problem is not None and self.error.text() == self._shown_problem:
            now = self.problem()
            if now != self._shown_problem:
                self._shown_problem = None
                self.error.clear()
                self.error.hide()

    def _update_strength(self, text: str) -> None:
        if not text:
            self.strength.setValue(0)
            self.strength.hide()
            self.strength_label.setText(self.tr(
                "Five to seven random words make a strong passphrase."))
            return
        verdict = rule.check(text)
        self.strength.show()
        self.strength.setValue(verdict.score)
        words = [self.tr("Very weak"), self.tr("Weak"), self.tr("Weak"), self.tr("Good"),
                 self.tr("Strong")]
        if verdict.accepted:
            self.strength_label.setText(self.tr("Strength: {word}").format(
                word=words[verdict.score]))
        else:
            self.strength_label.setText(self.tr("Strength: {word}. Not accepted: {reason}")
                                        .format(word=words[verdict.score],
                                                reason=core_text(verdict.reason or rule.EASY)))

    # -- the suggestion -------------------------------------------------------------------

    def suggest(self) -> None:
        """Six new random words: shown large, put in the first field; the second is left
        for the person to type from what they wrote down."""
        words = rule.generate(window_language())
        self.words.setText(words)
        self.copy_note.hide()
        self.panel.show()
        self.first.setText(words)
        self.confirm.clear()
        self.confirm.setFocus()
        self._fit()

    def copy(self) -> None:
        text = self.words.text()
        if not text:
            return
        clipboard.copy_sensitive(text)
        self.copy_note.setText(self.tr(
            "Copied. Locator empties the clipboard in {n} seconds.").format(
                n=clipboard.CLEAR_AFTER_S))
        self.copy_note.show()
        self._fit()

    def _fit(self) -> None:
        window = self.parent()
        fit = getattr(window, "fit_height", None)
        if callable(fit):
            fit()

    def clear(self) -> None:
        """Nothing of the passphrase stays in the widgets."""
        self.first.clear()
        self.confirm.clear()
        self.words.clear()
        self.panel.hide()
