"""“I have sent it”: the one way an email or the brief is recorded as *sent*.

Copying a text, saving a PDF or opening the mail program only *prepares* it (the app
cannot see what happens next). The user says it went out, by whom and on which day;
nothing is filled in for them: the day is empty until typed or picked, and the name is
the one they gave for the brief, shown so they can change it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from locator.model.dates import today_brussels
from ui.common.dates import DateField
from ui.common.i18n import translate


class SentDialog(QDialog):
    """Asks who sent it and on which day; :meth:`answer` after ``exec()``."""

    def __init__(self, parent: QWidget | None, what: str, by: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("sent_dialog")
        self.setWindowTitle(translate("SentDialog", "I have sent it"))
        self.intro = QLabel(what)
        self.intro.setWordWrap(True)
        self.by = QLineEdit(by)
        self.by.setObjectName("sent_by")
        self.by.setPlaceholderText(translate("SentDialog", "your name, or the name of who sent it"))
        self.on = DateField("sent_on")
        self.error = QLabel()
        self.error.setObjectName("sent_error")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("SentDialog", "Record as sent"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.intro)
        form.addRow(translate("SentDialog", "Sent by"), self.by)
        form.addRow(translate("SentDialog", "Sent on"), self.on)
        form.addRow(self.error)
        form.addRow(buttons)

    def _accept(self) -> None:
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        self.accept()

    def problem(self) -> str:
        """What stops recording it, in plain words ("" when nothing does)."""
        if not self.by.text().strip():
            return translate("SentDialog", "Say who sent it.")
        day = self.on.day()
        if day is None:
            return translate("SentDialog", "Give the day it was sent: type it (YYYY-MM-DD) "
                             "or pick it in the calendar.")
        if day > today_brussels():
            return translate("SentDialog", "The day it was sent cannot be in the future.")
        return ""

    def answer(self) -> tuple[str, date] | None:
        """(by whom, which day) once accepted, else None."""
        day = self.on.day()
        if self.result() != QDialog.DialogCode.Accepted or day is None:
            return None
        return self.by.text().strip(), day
