"""Small dialogs to close a deadline: "Filed…" (date + by whom) and "Not applicable…"
(a reason). A deadline is never deleted; both stay on the timeline."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from locator.deadlines.timers import Deadline
from locator.model.errors import FieldError, LocatorError
from ui.common.a11y import form_row
from ui.common.dates import DateField
from ui.common.i18n import error_text
from ui.common.theme import error_label
from ui.deadlines.text import ends_text, rule_title


class DeadlineActionDialog(QDialog):
    """Asks for the details, then calls ``submit``; a FieldError is shown next to its
    field and the dialog stays open with everything typed."""

    def __init__(self, parent: QWidget | None, deadline: Deadline, done: bool,
                 submit: Callable[..., object]) -> None:
        super().__init__(parent)
        self.done_mode = done
        self.submit = submit
        self.setObjectName("deadline_done_dialog" if done else "deadline_na_dialog")
        self.setWindowTitle(self.tr("Appeal filed") if done else self.tr("Not applicable"))
        heading = QLabel(f"{rule_title(deadline)}\n{ends_text(deadline)}")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: bold;")
        explain = QLabel(self.tr(
            "The deadline leaves the open list. Nothing is deleted: it stays on the "
            "timeline.") if done else self.tr(
            "Say why this deadline does not apply (for example: the lawyer says it is the "
            "first removal order). It stays on the timeline with your reason."))
        explain.setWordWrap(True)
        form = QFormLayout()
        self.errors: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}
        if done:
            # empty until given: the day it was filed is a fact, never assumed (issue 13)
            self.done_on = DateField("done_on")
            self.done_by = QLineEdit()
            self.done_by.setObjectName("done_by")
            self.done_by.setPlaceholderText(self.tr("e.g. the lawyer's name"))
            self._add(form, self.tr("Filed on"), self.done_on)
            self._add(form, self.tr("Filed by"), self.done_by)
        else:
            self.reason = QPlainTextEdit()
            self.reason.setObjectName("reason")
            self.reason.setTabChangesFocus(True)
            self.reason.setMaximumHeight(90)
            self._add(form, self.tr("Reason"), self.reason)
        self.general_error = error_label("deadline_action")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("deadline_action_buttons")
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Mark as filed") if done else self.tr("Set aside"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def _add(self, form: QFormLayout, caption: str, widget: QWidget) -> None:
        name = widget.line.objectName() if isinstance(widget, DateField) else widget.objectName()
        self.errors[name] = error_label(name)
        form_row(form, caption, widget, self.errors[name])
        self.fields[name] = widget

    def wipe(self) -> None:
        """Empty what was typed (on lock)."""
        for widget in self.fields.values():
            if isinstance(widget, QLineEdit | QPlainTextEdit | DateField):
                widget.clear()
        for label in [*self.errors.values(), self.general_error]:
            label.clear()

    def values(self) -> dict[str, object]:
        if self.done_mode:
            return {"done_on": self.done_on.day(), "done_by": self.done_by.text()}
        return {"reason": self.reason.toPlainText()}

    def _refuse(self, err: FieldError, focus: bool = True) -> None:
        label = self.errors.get(err.field, self.general_error)
        label.setText(error_text(err))
        label.show()
        if focus:
            self.fields.get(err.field, self.ok_button).setFocus()
        self.adjustSize()

    def accept(self) -> None:
        for label in [*self.errors.values(), self.general_error]:
            label.clear()
            label.hide()
        if self.done_mode and self.done_on.day() is None:
            self._refuse(FieldError("done_on", "give the day it was filed: type it "
                                    "(YYYY-MM-DD) or pick it in the calendar"))
            if not self.done_by.text().strip():
                self._refuse(FieldError("done_by", "say who filed it (the lawyer's name, "
                                        "for example)"), focus=False)
            return
        try:
            self.submit(**self.values())
        except FieldError as err:
            label = self.errors.get(err.field, self.general_error)
            label.setText(error_text(err))
            label.show()
            self.fields.get(err.field, self.ok_button).setFocus()
            self.adjustSize()
            return
        except LocatorError as err:
            self.general_error.setText(error_text(err))
            self.general_error.show()
            self.adjustSize()
            return
        super().accept()
