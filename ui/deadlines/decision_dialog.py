"""Record a decision handed to the person (kind, annexe, when, how, earlier removal order,
photo): saving it starts the legal timers.

Validation is the core's (``locator.model.caseio.case_from_dict``, then the vault); a
problem is shown next to its field and nothing typed is lost.
"""

from __future__ import annotations

import mimetypes
import re
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from locator.deadlines.counting import NOTIFIED_ON
from locator.deadlines.table import QUESTION_TEXTS, QUESTIONS, date_label_for, questions_for
from locator.model.caseio import case_from_dict, case_to_dict
from locator.model.cases import Case, DecisionKind, NotificationMethod, Tristate
from locator.model.dates import BRUSSELS, parse_date, utc_now
from locator.model.errors import FieldError, LocatorError, ValidationFailed
from locator.storage.vault import Vault
from ui.common.a11y import form_row
from ui.common.dates import DateField
from ui.common.filedialogs import ask_open_file
from ui.common.i18n import core_text, error_text, translate
from ui.common.labels import enum_labels
from ui.common.screens import fit_to_screen
from ui.common.theme import error_label, styled
from ui.deadlines.text import long_date
from ui.host import Host
from ui.ops import Changes

MAX_PHOTO = 50 * 1024 * 1024
FIELDS = ("kind", "annexe", "notified_at", "notification_method", *QUESTIONS, "note")
_SHOWN_UNDER = {"notified_time": "notified_at", "notified_time_known": "notified_at"}
_CLOCK = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]")


class DecisionDialog(QDialog):
    """Adds one decision to a saved case. Emits :attr:`recorded` with the case id."""

    recorded = Signal(int)

    def __init__(self, vault: Vault, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decision_dialog")
        self.setWindowTitle(self.tr("Record a decision"))
        self.vault: Vault | None = vault
        self.case_id = case_id
        self.photo_path: Path | None = None
        self.attachment_id: int | None = None  # kept if saving fails after storing the photo
        self.clock = utc_now
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.below: dict[str, list[QWidget]] = {}  # each field's hint, under it

        # nothing is preselected: each answer changes the timers (decision_timers.yaml)
        self.kind = self._choice("kind", DecisionKind, None)
        self.annexe = QLineEdit()
        self.annexe.setObjectName("annexe")
        self.annexe.setPlaceholderText(self.tr("e.g. 13septies, 26quater (top of the paper)"))
        # empty until typed or picked: a date nobody gave is never assumed (issue 13)
        self.notified_at = DateField("notified_at")
        self.notified_at.line.setAccessibleName(self.tr("Date it was handed over"))
        self.notified_time = QLineEdit()
        self.notified_time.setObjectName("notified_time")
        self.notified_time.setPlaceholderText(self.tr("HH:MM — empty: time not known"))
        self.notified_time.setAccessibleName(self.tr("Time it was handed over (optional)"))
        self.notified_time.setMaximumWidth(220)
        self.notified_day = QLabel()  # the date typed, in words, to check it at a glance
        self.notified_day.setObjectName("notified_day")
        self.notified_day.setTextFormat(Qt.TextFormat.PlainText)
        self.notified_at.changed.connect(self.update_day_words)
        when = QWidget()
        when.setObjectName("notified_when")
        when_layout = QHBoxLayout(when)
        when_layout.setContentsMargins(0, 0, 0, 0)
        when_layout.addWidget(self.notified_at, 2)
        when_layout.addWidget(QLabel(self.tr("at")))
        when_layout.addWidget(self.notified_time, 1)
        when.setFocusProxy(self.notified_at)
        self.notified_when = when
        self.notification_method = self._choice("notification_method", NotificationMethod,
                                                None)
        self.earlier_removal = self._choice("earlier_removal", Tristate, None)
        self.subsequent_asylum_in_detention = self._choice("subsequent_asylum_in_detention",
                                                           Tristate, None)
        self.questions = {"earlier_removal": self.earlier_removal,
                          "subsequent_asylum_in_detention": self.subsequent_asylum_in_detention}
        self.note = QPlainTextEdit()
        self.note.setObjectName("note")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(80)
        self.photo_button = QPushButton(self.tr("Add a photo of the decision…"))
        self.photo_button.setObjectName("decision_photo")
        self.photo_button.clicked.connect(self.choose_photo)
        self.photo_name = QLabel(self.tr("No photo"))
        self.photo_name.setObjectName("decision_photo_name")
        self.photo_name.setTextFormat(Qt.TextFormat.PlainText)

        form = QFormLayout()
        self._row(form, self.tr("Decision"), self.kind)
        self._row(form, self.tr("Annexe number"), self.annexe)
        self._row(form, self.tr("How it was given"), self.notification_method)
        self.default_caption = self.tr("Handed over on (Belgian time)")
        self.notified_caption = self._row(
            form, self.default_caption, when,
            self.tr("The date written on the paper, or when it was given. The time is "
                    "optional: leave it empty if it is not known (a deadline in hours is "
                    "then counted from the start of that day, the shorter one)."),
            name="notified_at", extra=[self.notified_day])
        self._row(form, core_text(QUESTION_TEXTS["earlier_removal"]),
                  self.earlier_removal, self.tr(
                      "Why it matters: after an earlier order the urgent appeal must be filed "
                      "within 5 days instead of 10. If you don't know, Locator counts 5 days "
                      "and shows the 10-day date only as a possibility — the lawyer decides."))
        self._row(form, core_text(QUESTION_TEXTS["subsequent_asylum_in_detention"]),
                  self.subsequent_asylum_in_detention, self.tr(
                      "Why it matters: a new application made in detention and declared "
                      "inadmissible leaves only 5 days to appeal instead of 10. If you don't "
                      "know, Locator counts 5 days."))
        self.form = form
        self.kind.currentIndexChanged.connect(self.update_questions)
        self.annexe.textChanged.connect(self.update_questions)
        self.notification_method.currentIndexChanged.connect(self.update_date_caption)
        self.kind.currentIndexChanged.connect(self.update_date_caption)
        self.annexe.textChanged.connect(self.update_date_caption)
        self.update_questions()
        photo = QWidget()
        photo_layout = QHBoxLayout(photo)
        photo_layout.setContentsMargins(0, 0, 0, 0)
        photo_layout.addWidget(self.photo_button)
        photo_layout.addWidget(self.photo_name, 1)
        form.addRow(self.tr("Photo (optional)"), photo)
        self._row(form, self.tr("Note"), self.note)

        self.general_error = error_label("decision")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save and start the timers"))
        self.ok_button.setObjectName("decision_ok")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        intro = QLabel(self.tr("Copy what is on the paper the person received. Saving starts "
                               "the legal timers for this case."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        width = max(620, self.minimumSizeHint().width())
        fit_to_screen(self, width, max(self.sizeHint().height(), self.heightForWidth(width)))

    # -- building ----------------------------------------------------------------------

    def _choice(self, name: str, kind: Any, default: Any) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        for value, text in enum_labels(kind).items():
            combo.addItem(text, value)
        combo.setCurrentIndex(-1 if default is None else combo.findData(default.value))
        return combo

    def _row(self, form: QFormLayout, caption: str, widget: QWidget,
             help_text: str = "", *, name: str = "",
             extra: list[QWidget] | None = None) -> QLabel:
        name = name or widget.objectName()
        below: list[QWidget] = list(extra or [])
        if help_text:
            hint = QLabel(help_text)
            hint.setObjectName(f"{name}_help")
            hint.setWordWrap(True)
            styled(hint, "color: $muted;")
            below.append(hint)
        self.errors[name] = error_label(name)
        label = form_row(form, caption, widget, *below, self.errors[name], wrap=True)
        self.widgets[name] = widget
        self.below[name] = below
        return label

    def asked(self) -> tuple[str, ...]:
        """The questions the chosen decision needs (none before a kind is chosen)."""
        kind = self.kind.currentData()
        return () if kind is None else questions_for(DecisionKind(kind), self.annexe.text())

    def update_questions(self) -> None:
        """Show only the questions whose answers change this decision's timers."""
        asked = self.asked()
        for name, combo in self.questions.items():
            self.form.setRowVisible(combo, name in asked)
            for extra in [*self.below.get(name, []), self.errors[name]]:
                self.form.setRowVisible(extra, name in asked)

    def update_date_caption(self) -> None:
        """The date the law counts from: what the table says for this kind (an acceptance,
        a placement), else the day that fits how the decision was notified."""
        kind, method = self.kind.currentData(), self.notification_method.currentData()
        label = None if kind is None else date_label_for(DecisionKind(kind), self.annexe.text())
        if label is not None:
            # a date label of decision_timers.yaml, translated like the rules' texts
            self.notified_caption.setText(translate("deadline_rules", label))
        elif method is not None:
            self.notified_caption.setText(core_text(NOTIFIED_ON[NotificationMethod(method)]))
        else:
            self.notified_caption.setText(self.default_caption)

    # -- values ---------------------------------------------------------------------------

    def set_notified(self, moment: datetime | None, time_known: bool = True) -> None:
        """Show a moment in Belgian wall-clock time (None: empty, nothing given)."""
        if moment is None:
            self.notified_at.clear()
            self.notified_time.clear()
            return
        local = moment.astimezone(BRUSSELS)
        self.notified_at.set_day(local.date())
        self.notified_time.setText(f"{local.hour:02d}:{local.minute:02d}" if time_known
                                   else "")

    def update_day_words(self) -> None:
        day = self.notified_at.day()
        self.notified_day.setText("" if day is None else long_date(day))

    def notified_text(self) -> str:
        """What was typed: ``YYYY-MM-DD`` (time not known) or ``YYYY-MM-DDTHH:MM``, Belgian
        local time; "" when no date was given."""
        day, clock = self.notified_at.text(), self.notified_time.text().strip()
        return f"{day}T{clock}" if day and clock else day

    def values(self) -> dict[str, Any]:
        return {
            "kind": self.kind.currentData(), "annexe": self.annexe.text(),
            "notified_at": self.notified_text(),
            "notification_method": self.notification_method.currentData(),
            **{name: combo.currentData() if name in self.asked() else Tristate.UNKNOWN.value
               for name, combo in self.questions.items()},
            "note": self.note.toPlainText(),
        }

    def choose_photo(self) -> None:
        path = ask_open_file(self, self.tr("Choose a photo or scan of the decision"),
                             self.tr("Photos and scans (*.jpg *.jpeg *.png *.heic *.pdf);;"
                                     "All files (*)"))
        if path is not None:
            self.set_photo(path)

    def set_photo(self, path: Path) -> None:
        self.photo_path, self.attachment_id = path, None
        self.photo_name.setText(path.name)

    # -- saving ----------------------------------------------------------------------------

    def accept(self) -> None:
        self.clear_errors()
        try:
            self._save()
        except ValidationFailed as failed:
            self.show_errors(failed.errors)
            return
        except FieldError as err:
            self.show_errors([err])
            return
        except LocatorError as err:
            self._general(error_text(err))
            return
        except OSError:
            self._general(self.tr("The photo could not be read. Choose it again, or save "
                                  "without it."))
            return
        super().accept()
        self.recorded.emit(self.case_id)

    def _save(self) -> None:
        vault = self.vault
        assert vault is not None  # cleared on lock only, which closes the dialog
        case = vault.get_case(self.case_id)
        existing = case_to_dict(case)["decisions"]
        new = self.values()
        for name in ("kind", "notification_method", *self.asked()):
            if new[name] is not None:
                continue
            # nothing is preselected: each must be chosen
            where = f"decisions[{len(existing)}].{name}"
            if name in QUESTIONS:
                raise FieldError(where, "choose an answer (\"Don't know\" is one)")
            raise FieldError(where, "choose one")
        where = f"decisions[{len(existing)}].notified_at"
        day = self.notified_at.text()
        if not day:
            raise FieldError(where, "give the date it was handed over: type it or pick it "
                             "in the calendar")
        parse_date(day, where)  # "write the date as YYYY-MM-DD (a day that exists)"
        clock = self.notified_time.text().strip()
        if clock and not _CLOCK.fullmatch(clock):
            raise FieldError(f"decisions[{len(existing)}].notified_time",
                             "write the time as HH:MM (for example 09:10), or leave it "
                             "empty if it is not known")
        now = self.clock()
        local = datetime.fromisoformat(new["notified_at"]).replace(tzinfo=BRUSSELS)
        if local > now:
            raise FieldError(where, "this date and time is in the future")
        updated = case_from_dict({"decisions": [*existing, new]}, base=case, centres=None,
                                 now=now)
        if self.photo_path is not None and self.attachment_id is None:
            if self.photo_path.stat().st_size > MAX_PHOTO:
                raise FieldError("photo", "files up to 50 MB can be kept in the vault")
            mime = mimetypes.guess_type(self.photo_path.name)[0] or "application/octet-stream"
            info = vault.add_attachment(self.case_id, self.photo_path.name, mime,
                                             self.photo_path.read_bytes(),
                                             description="decision")
            self.attachment_id = info.id
        updated.decisions[-1].attachment_id = self.attachment_id
        vault.save_case(updated)

    def show_errors(self, errors: list[FieldError]) -> None:
        first: QWidget | None = None
        for err in errors:
            name = err.field.rsplit(".", 1)[-1]
            row = _SHOWN_UNDER.get(name, name)  # the time's problem shows under its date
            label = self.errors.get(row)
            if label is None:
                self._general(error_text(err))  # plain words: never the field's key
                continue
            label.setText(error_text(err))
            label.show()
            first = first or (self.notified_time if name == "notified_time"
                              else self.widgets.get(row))
        if first is not None:
            first.setFocus()

    def _general(self, text: str) -> None:
        current = self.general_error.text()
        self.general_error.setText(f"{current}\n{text}" if current else text)
        self.general_error.show()

    def wipe(self) -> None:
        """Empty every field (on lock), before the dialog goes away."""
        self.annexe.clear()
        self.note.clear()
        self.set_notified(None)
        self.photo_path, self.attachment_id = None, None
        self.photo_name.clear()
        self.clear_errors()
        self.vault = None

    def clear_errors(self) -> None:
        for label in [*self.errors.values(), self.general_error]:
            label.clear()
            label.hide()


def install(host: Host) -> QAction:
    window = host.window()
    action = QAction(QCoreApplication.translate("DecisionDialog", "Record a decision…"), window)
    action.setObjectName("record_decision")
    action.setToolTip(QCoreApplication.translate(
        "DecisionDialog", "A decision was handed over: record it to start the legal timers"))
    action.setEnabled(False)
    host.add_tool_action(action)
    host.name_action("record_decision", action)

    def shown(case: Case | None) -> None:
        action.setEnabled(case is not None and case.id is not None)

    def record() -> None:
        case_id = host.current_case_id
        if host.vault is None or case_id is None or not host.resolve_unsaved():
            return
        dialog = DecisionDialog(host.vault, case_id, window)
        # the case saved with its new decision: its deadlines and timeline too
        dialog.recorded.connect(lambda case_id: host.report(Changes.everything(case_id)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def locked() -> None:
        action.setEnabled(False)
        for dialog in window.findChildren(DecisionDialog):
            dialog.wipe()
            dialog.reject()

    host.case_shown.connect(shown)
    host.locked.connect(locked)
    action.triggered.connect(record)
    return action
