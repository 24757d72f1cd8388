"""The case's timeline (append-only) and its attachments."""

from __future__ import annotations

import mimetypes
from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QByteArray, QDate, QDateTime, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from locator.centres.load import load_centres
from locator.centres.model import CentreDirectory
from locator.deadlines.rules import load_rules
from locator.model.cases import Event
from locator.model.events import Answer, Correction, NoteAdded, record
from locator.procedure.file import load_procedure
from locator.procedure.model import Procedure
from locator.storage.files import written_whole
from locator.storage.vault import Vault
from locator.timeline.describe import describe
from ui.common.a11y import named
from ui.common.filedialogs import ask_open_file, ask_save_file
from ui.common.i18n import core_text
from ui.common.labels import label
from ui.common.prompts import confirm

if TYPE_CHECKING:
    from ui.documents.dialog import ReadDocumentDialog

MAX_ATTACHMENT = 50 * 1024 * 1024
MOMENT = "ddd d MMM yyyy, HH:mm"  # a QLocale pattern (same order in EN, FR, NL)


class TimelinePanel(QWidget):
    """Events, newest last; a note can be added but nothing can be removed."""

    note_added = Signal()

    def __init__(self, parent: QWidget | None = None, lang: str = "en") -> None:
        super().__init__(parent)
        self.vault: Vault | None = None
        self.case_id: int | None = None
        self.words = QtWords(lang)
        self.tree = QTreeWidget()
        self.tree.setObjectName("timeline")
        named(self.tree, self.tr("Timeline"))
        self.tree.setHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Details")])
        self.tree.setRootIsDecorated(False)
        self.note = QLineEdit()
        self.note.setObjectName("timeline_note")
        named(self.note, self.tr("Write a note for the timeline"))
        self.note.setPlaceholderText(self.tr("Write a note for the timeline"))
        add = QPushButton(self.tr("Add note"))
        add.setObjectName("timeline_add_note")
        add.clicked.connect(self._add_note)
        correct = QPushButton(self.tr("Correct selected entry"))
        correct.setObjectName("timeline_correct")
        correct.setToolTip(self.tr("Nothing is erased: the correction is added below the "
                                   "entry it corrects."))
        correct.clicked.connect(self._add_correction)
        self.note.returnPressed.connect(self._add_note)
        row = QHBoxLayout()
        row.addWidget(self.note)
        row.addWidget(add)
        row.addWidget(correct)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addLayout(row)

    def show_case(self, vault: Vault | None, case_id: int | None) -> None:
        self.vault, self.case_id = vault, case_id
        self.tree.clear()
        self.setEnabled(case_id is not None)
        if vault is None or case_id is None:
            return
        for event in vault.events(case_id):
            when = moment_text(event.at)
            item = QTreeWidgetItem([when, label(event.kind), self.describe(event)])
            item.setData(0, Qt.ItemDataRole.UserRole, event.id)
            self.tree.addTopLevelItem(item)
        self.fit_columns()
        self.tree.scrollToBottom()

    def fit_columns(self) -> None:
        """When and What as wide as their longest text (the day and the time whole, never
        "Thu 3 Dec 20…"); Details takes the rest."""
        for column in (0, 1):
            self.tree.resizeColumnToContents(column)
            title = self.tree.headerItem().text(column)
            need = self.tree.header().fontMetrics().horizontalAdvance(title) + 24
            if self.tree.columnWidth(column) < need:
                self.tree.setColumnWidth(column, need)

    def describe(self, event: Event) -> str:
        """The event's line (:func:`locator.model.events.describe`; no feature replaces it)."""
        return describe(event, self.words)

    def _add_note(self) -> None:
        text = self.note.text().strip()
        if not text or self.vault is None or self.case_id is None:
            return
        record(self.vault, self.case_id, NoteAdded(), summary=text)
        self.note.clear()
        self.show_case(self.vault, self.case_id)
        self.note_added.emit()

    def _add_correction(self) -> None:
        """Timeline entries are never edited: a correction is a new entry pointing back."""
        item = self.tree.currentItem()
        text = self.note.text().strip()
        if item is None or self.vault is None or self.case_id is None:
            return
        if not text:
            self.note.setPlaceholderText(self.tr("Write the correction here, then press "
                                                 "“Correct selected entry”"))
            self.note.setFocus()
            return
        target = int(item.data(0, Qt.ItemDataRole.UserRole))
        record(self.vault, self.case_id, Correction(), summary=text, corrects=target)
        self.note.clear()
        self.show_case(self.vault, self.case_id)
        self.note_added.emit()

    def clear(self) -> None:
        self.note.clear()
        self.show_case(None, None)


class QtWords:
    """The app's words for :func:`locator.model.events.describe`: core templates translated by
    Qt (context ``errors``), centre and step names in the app's language, long dates.
    The procedure and the centres are read once, when first needed."""

    def __init__(self, lang: str = "en") -> None:
        self.lang = lang
        self._procedure: Procedure | None = None
        self._directory: CentreDirectory | None = None

    def text(self, template: str, **params: object) -> str:
        return core_text(template, params)

    def word(self, value: StrEnum) -> str:
        if isinstance(value, Answer):
            from ui.procedure.calling_round import answer_labels

            return answer_labels()[value]
        return label(value)

    def centre(self, centre_id: str) -> str:
        if self._directory is None:
            self._directory = load_centres()
        try:
            return self._directory.get(centre_id).display_name(self.lang)
        except LookupError:
            return centre_id or "?"

    def step(self, step_id: str) -> tuple[str, int] | None:
        from ui.procedure.step_panel import ptr

        if self._procedure is None:
            self._procedure = load_procedure()
        try:
            step = self._procedure.step(step_id)
        except KeyError:
            return None
        return ptr(step.title), len(step.checklist)

    def rule(self, rule_id: str) -> str:
        from ui.deadlines.text import rule_title

        rule = load_rules().get(rule_id)
        return rule_title(rule) if rule is not None else rule_id

    def day(self, iso: str) -> str:
        from ui.deadlines.text import long_date

        try:
            return long_date(date.fromisoformat(iso))
        except ValueError:
            return ""


def describe_event(event: Event, words: QtWords | None = None) -> str:
    """One line for the timeline, in the app's language (:func:`locator.model.events.describe`)."""
    return describe(event, words or QtWords())


def moment_text(moment: datetime) -> str:
    """"Mon 18 Aug 2025, 11:00" in local time, with the app's day and month names."""
    local = moment.astimezone()
    return QLocale().toString(QDateTime(QDate(local.year, local.month, local.day),
                                        QTime(local.hour, local.minute)), MOMENT)


class AttachmentsPanel(QWidget):
    """Photos and scans kept inside the vault; viewing never writes a file. “Read this
    document” reads one on this computer (ui.documents) and saves what the person accepts;
    ``document_saved`` then says the case changed."""

    added = Signal()
    document_saved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault: Vault | None = None
        self.case_id: int | None = None
        self._reader: ReadDocumentDialog | None = None
        self.list = QListWidget()
        self.list.setObjectName("attachments")
        named(self.list, self.tr("Photos and scans"))
        self.list.itemActivated.connect(lambda _item: self.view_selected())
        buttons = QHBoxLayout()
        for name, text, slot in (
            ("attachment_add", self.tr("Add photo or scan…"), self.add_file),
            ("attachment_view", self.tr("View"), self.view_selected),
            ("attachment_read", self.tr("Read this document…"), self.read_selected),
            ("attachment_save", self.tr("Save a copy…"), self.save_selected),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            if name == "attachment_read":
                self.read_button = button
        buttons.addStretch()
        #: after a photo is added: what "Read this document" can do with it
        self.hint = QLabel(self.tr("Added. “Read this document…” reads it on this computer "
                                   "and proposes the registered name, nationality and date "
                                   "of birth, for you to check."))
        self.hint.setObjectName("attachment_hint")
        self.hint.setWordWrap(True)
        self.hint.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)

    def show_case(self, vault: Vault | None, case_id: int | None) -> None:
        if case_id != self.case_id or vault is not self.vault:
            self._forget_reader()
        self.vault, self.case_id = vault, case_id
        self.list.clear()
        self.hint.hide()
        self.setEnabled(case_id is not None)
        if vault is None or case_id is None:
            return
        for info in vault.attachments(case_id):
            item = QListWidgetItem(self.tr("{name}  ({kb} KB)").format(
                name=info.filename, kb=info.size // 1024 + 1))
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, info.filename)
            self.list.addItem(item)

    def add_file(self) -> None:
        if self.vault is None or self.case_id is None:
            return
        path = ask_open_file(self, self.tr("Choose a photo or scan"))
        if path is None:
            return
        if path.stat().st_size > MAX_ATTACHMENT:
            QMessageBox.warning(self, self.tr("Too large"),
                                self.tr("Files up to 50 MB can be kept in the vault."))
            return
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        self.vault.add_attachment(self.case_id, path.name, mime, path.read_bytes())
        self.show_case(self.vault, self.case_id)
        self.list.setCurrentRow(self.list.count() - 1)  # "Read this document" reads it
        if mime.startswith("image/"):
            self.hint.show()
            self.read_button.setFocus()
        self.added.emit()

    def _selected(self) -> tuple[int, str] | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return int(item.data(Qt.ItemDataRole.UserRole)), str(
            item.data(Qt.ItemDataRole.UserRole + 1))

    def view_selected(self) -> None:
        chosen = self._selected()
        if chosen is None or self.vault is None:
            return
        data = self.vault.attachment_data(chosen[0])
        pixmap = QPixmap()
        if not pixmap.loadFromData(QByteArray(data)):
            QMessageBox.information(self, self.tr("No preview"), self.tr(
                "This file cannot be shown inside Locator. Use “Save a copy…” to open it "
                "with another program."))
            return
        viewer = QDialog(self)
        viewer.setObjectName("attachment_viewer")
        viewer.setWindowTitle(self.tr("Attachment"))
        picture = QLabel()
        picture.setPixmap(pixmap)
        scroll = QScrollArea()
        scroll.setWidget(picture)
        QVBoxLayout(viewer).addWidget(scroll)
        viewer.resize(800, 600)
        viewer.finished.connect(viewer.deleteLater)
        viewer.open()

    def read_selected(self) -> ReadDocumentDialog | None:
        """Open “Read this document” on the selected photo (the dialog, for tests)."""
        from ui.documents.dialog import ReadDocumentDialog

        chosen = self._selected()
        if chosen is None or self.vault is None or self.case_id is None:
            return None
        self._forget_reader()
        dialog = ReadDocumentDialog(self.vault, self.case_id, chosen[0], self)
        dialog.saved.connect(self.document_saved.emit)
        dialog.finished.connect(dialog.deleteLater)
        self._reader = dialog
        dialog.open()
        return dialog

    def _forget_reader(self) -> None:
        """Close “Read this document” and drop what it holds (a lock, another case)."""
        reader, self._reader = self._reader, None
        if reader is not None and shiboken6.isValid(reader):
            reader.forget()

    def save_selected(self) -> None:
        chosen = self._selected()
        if chosen is None or self.vault is None:
            return
        # Cancel is the default (Enter never writes a plain file); a lock meanwhile closes it
        if not confirm(self.window(), self.tr("The copy will not be encrypted"), self.tr(
                "The saved copy is an ordinary file: anyone who can open this computer "
                "can read it. Save it only if you need to, and delete it after use."),
                self.tr("Save a copy")) or self.vault is None:
            return
        target = ask_save_file(self, self.tr("Save a copy"), chosen[1])
        if target is None or self.vault is None:
            return
        try:
            with written_whole(target) as part:  # complete on disk, or nothing
                part.write_bytes(self.vault.attachment_data(chosen[0]))
        except OSError:
            QMessageBox.critical(self, self.tr("Not saved"),
                                 self.tr("The copy could not be written there."))

    def clear(self) -> None:
        self.show_case(None, None)
