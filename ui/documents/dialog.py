"""“Read this document”: the photo beside what Locator read on it, field by field, each
accepted, corrected or rejected by the person; only then saved, with a timeline entry.

Reading runs off the UI thread (ui.common.worker) with a progress bar and Cancel; the
photo and the text read stay in memory."""

from __future__ import annotations

from dataclasses import dataclass
from threading import Event as StopFlag  # (not a timeline Event: a Cancel flag)

from PySide6.QtCore import QByteArray, QObject, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPixmap, QTransform
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QRubberBand,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from locator.documents.errors import ReadingCancelled
from locator.documents.prep import Adjust
from locator.documents.proposals import DOCUMENT_FIELDS, UNCERTAIN_LOW, Proposal, Reading
from locator.model.cases import CASE_FIELDS
from locator.model.countries import country_name
from locator.model.errors import LocatorError, ValidationFailed
from locator.storage.vault import Vault
from ui.common.a11y import named
from ui.common.i18n import core_text, error_text, window_language
from ui.common.labels import label
from ui.common.worker import run_in_background


class CropLabel(QLabel):
    """The picture; dragging over it marks the part to read (``cropped`` gives it as
    fractions of the picture: left, top, right, bottom)."""

    cropped = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self._band = QRubberBand(QRubberBand.Shape.Rectangle, self)
        self._origin: QPoint | None = None

    def picture_rect(self) -> QRect:
        """Where the picture is drawn inside the label (it is centred)."""
        pixmap = self.pixmap()
        if pixmap is None or pixmap.isNull():
            return QRect()
        size = pixmap.size()
        return QRect(QPoint((self.width() - size.width()) // 2,
                            (self.height() - size.height()) // 2), size)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        self._origin = event.position().toPoint()
        self._band.setGeometry(QRect(self._origin, QSize()))
        self._band.show()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self._origin is not None:
            self._band.setGeometry(QRect(self._origin, event.position().toPoint()).normalized())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self._origin is None:
            return
        chosen = QRect(self._origin, event.position().toPoint()).normalized()
        self._origin = None
        area = self.picture_rect()
        part = chosen.intersected(area)
        if area.isEmpty() or part.width() < 10 or part.height() < 10:
            self._band.hide()
            self.cropped.emit(None)
            return
        self.cropped.emit(((part.left() - area.left()) / area.width(),
                           (part.top() - area.top()) / area.height(),
                           (part.right() - area.left()) / area.width(),
                           (part.bottom() - area.top()) / area.height()))

    def clear_band(self) -> None:
        self._band.hide()


class _Progress(QObject):
    """Carries the reading's progress from the worker thread to the bar (queued)."""

    moved = Signal(int)


@dataclass
class _Row:
    proposal: Proposal
    value: QLineEdit
    accept: QRadioButton
    correct: QRadioButton
    reject: QRadioButton


def value_words(p: Proposal) -> str:
    """What a proposed value means in words ("Morocco", "Man"), "" when it says itself."""
    info = CASE_FIELDS.get(p.field)
    if not p.value:
        return ""
    if p.field in ("nationality_recorded", "document_country"):
        return country_name(p.value, window_language())
    if info is not None and info.enum is not None:
        try:
            return label(info.enum(p.value))
        except ValueError:
            return ""
    return ""


def field_label(name: str) -> str:
    info = CASE_FIELDS.get(name)
    template = info.label if info is not None and info.label else DOCUMENT_FIELDS.get(name,
                                                                                      name)
    return core_text(template)


class ReadDocumentDialog(QDialog):
    """One attachment of one case, read on request; ``saved`` after a save."""

    saved = Signal()

    def __init__(self, vault: Vault, case_id: int, attachment_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("read_document")
        self.setWindowTitle(self.tr("Read this document"))
        self.vault, self.case_id, self.attachment_id = vault, case_id, attachment_id
        self._data = vault.attachment_data(attachment_id)
        self._turns = 0
        self._stop = StopFlag()
        self._reading: Reading | None = None
        self.rows: list[_Row] = []

        #: the part to read, as fractions of the turned picture (None: all of it)
        self.crop: tuple[float, float, float, float] | None = None
        self.picture = CropLabel()
        self.picture.setObjectName("document_image")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setToolTip(self.tr("Drag over the picture to read only that part."))
        self.picture.cropped.connect(self._cropped)
        named(self.picture, self.tr("The photo or scan"))
        scroll = QScrollArea()
        scroll.setWidget(self.picture)
        scroll.setWidgetResizable(True)
        left = QPushButton(self.tr("Turn left"))
        left.setObjectName("document_rotate_left")
        left.clicked.connect(lambda: self._turn(-1))
        right = QPushButton(self.tr("Turn right"))
        right.setObjectName("document_rotate_right")
        right.clicked.connect(lambda: self._turn(1))
        whole = QPushButton(self.tr("Read all of it"))
        whole.setObjectName("document_crop_clear")
        whole.setToolTip(self.tr("Forget the part marked on the picture."))
        whole.clicked.connect(lambda: self._cropped(None))
        turn_row = QHBoxLayout()
        turn_row.addWidget(left)
        turn_row.addWidget(right)
        turn_row.addWidget(whole)
        image_side = QVBoxLayout()
        image_side.addWidget(scroll, 1)
        image_side.addLayout(turn_row)

        self.read_button = QPushButton(self.tr("Read"))
        self.read_button.setObjectName("document_read")
        self.read_button.clicked.connect(self.start_reading)
        self.progress = QProgressBar()
        self.progress.setObjectName("document_progress")
        self.progress.setRange(0, 100)
        self.cancel_button = QPushButton(self.tr("Cancel reading"))
        self.cancel_button.setObjectName("document_cancel")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self._stop.set)
        self.status = QLabel(self.tr("Read on this computer only: nothing is sent anywhere. "
                                     "Check every value against the paper."))
        self.status.setObjectName("document_status")
        self.status.setWordWrap(True)
        self.grid_holder = QWidget()
        self.grid = QGridLayout(self.grid_holder)
        proposals_scroll = QScrollArea()
        proposals_scroll.setWidget(self.grid_holder)
        proposals_scroll.setWidgetResizable(True)
        self.save_button = QPushButton(self.tr("Save accepted values"))
        self.save_button.setObjectName("document_save")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("document_close")
        close.clicked.connect(self.reject)
        read_row = QHBoxLayout()
        read_row.addWidget(self.read_button)
        read_row.addWidget(self.progress, 1)
        read_row.addWidget(self.cancel_button)
        bottom = QHBoxLayout()
        bottom.addStretch()
        bottom.addWidget(self.save_button)
        bottom.addWidget(close)
        proposal_side = QVBoxLayout()
        proposal_side.addLayout(read_row)
        proposal_side.addWidget(self.status)
        proposal_side.addWidget(proposals_scroll, 1)
        proposal_side.addLayout(bottom)
        layout = QHBoxLayout(self)
        layout.addLayout(image_side, 1)
        layout.addLayout(proposal_side, 1)
        self.resize(1100, 700)
        self._show_picture()

    # -- the picture ------------------------------------------------------------------

    def _show_picture(self) -> None:
        pixmap = QPixmap()
        if not pixmap.loadFromData(QByteArray(self._data)):
            self.picture.setText(self.tr("This file cannot be shown."))
            return
        if self._turns:
            pixmap = pixmap.transformed(QTransform().rotate(90 * self._turns))
        self.picture.setPixmap(pixmap.scaled(520, 640, Qt.AspectRatioMode.KeepAspectRatio,
                                             Qt.TransformationMode.SmoothTransformation))

    def _turn(self, quarter: int) -> None:
        self._turns = (self._turns + quarter) % 4
        self._cropped(None)  # the part marked was a part of the picture as it stood
        self._show_picture()

    def _cropped(self, part: tuple[float, float, float, float] | None) -> None:
        self.crop = part
        if part is None:
            self.picture.clear_band()

    # -- reading ----------------------------------------------------------------------

    def start_reading(self) -> None:
        from locator.documents.read import read_document

        self._stop.clear()
        self.read_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.save_button.setEnabled(False)
        self.progress.setValue(0)
        self.status.setText(self.tr("Reading…"))
        relay = _Progress(self)
        relay.moved.connect(self.progress.setValue)
        data, stop = self._data, self._stop
        adjust = Adjust(quarter_turns=self._turns, crop=self.crop)

        def work() -> Reading:
            return read_document(data, adjust, should_stop=stop.is_set,
                                 progress=relay.moved.emit)

        run_in_background(work, self._read, self._failed)

    def _read(self, reading: Reading) -> None:
        self._reading = reading
        self.read_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.progress.setValue(100)
        self._show_proposals(reading)

    def _failed(self, err: BaseException) -> None:
        self.read_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.progress.setValue(0)
        if isinstance(err, ReadingCancelled):
            self.status.setText(self.tr("Reading was cancelled."))
        elif isinstance(err, LocatorError):
            self.status.setText(error_text(err))
        else:
            self.status.setText(self.tr("The document could not be read."))

    def _show_proposals(self, reading: Reading) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)  # gone from the dialog now, deleted soon
                widget.deleteLater()
        self.rows = []
        shown = [p for p in reading.proposals if p.field != "document_kind"]
        if not shown:
            self.status.setText(self.tr("Nothing could be read on this document. Turn it "
                                        "upright, or take a sharper, straighter photo."))
            return
        self.status.setText(self.tr("Least certain first. Accept, correct or reject each "
                                    "value; only accepted and corrected values are saved."))
        for row, proposal in enumerate(shown):
            self._add_row(row, proposal)
        self.save_button.setEnabled(True)

    def _add_row(self, row: int, p: Proposal) -> None:
        caption = QLabel(field_label(p.field))
        value = QLineEdit(p.value)
        value.setObjectName(f"proposal_{p.field}")
        value.setReadOnly(True)
        named(value, field_label(p.field))
        note = self.tr("{confidence} % sure").format(confidence=round(p.confidence))
        meaning = value_words(p)
        if meaning:
            note = f"{meaning} · {note}"
        if p.field.startswith("decision_"):
            note += " · " + self.tr("saved as a new decision (its deadlines start)")
        elif p.field not in CASE_FIELDS:
            note += " · " + self.tr("kept on the timeline only")
        if not p.certain:
            note += " — " + core_text(p.reason or UNCERTAIN_LOW)
        info = QLabel(note)
        info.setObjectName(f"proposal_note_{p.field}")
        info.setWordWrap(True)
        group = QButtonGroup(caption)  # goes with its row
        buttons = []
        for name, text in (("accept", self.tr("Accept")), ("correct", self.tr("Correct")),
                           ("reject", self.tr("Reject"))):
            button = QRadioButton(text)
            button.setObjectName(f"{name}_{p.field}")
            group.addButton(button)
            buttons.append(button)
        accept, correct, reject = buttons
        accept.setEnabled(bool(p.value))
        correct.toggled.connect(lambda on, edit=value: edit.setReadOnly(not on))
        for column, widget in enumerate((caption, value, accept, correct, reject)):
            self.grid.addWidget(widget, row * 2, column)
        self.grid.addWidget(info, row * 2 + 1, 1, 1, 4)
        self.rows.append(_Row(p, value, accept, correct, reject))

    def forget(self) -> None:
        """Stop reading, drop the photo and every value shown, close (a lock)."""
        self._stop.set()
        self._data = b""
        self._reading = None
        self._show_proposals(Reading())
        self.status.clear()
        self.picture.clear()
        self.reject()
        self.setParent(None)  # out of the window's widgets now, deleted soon
        self.deleteLater()

    # -- saving -----------------------------------------------------------------------

    def chosen(self) -> tuple[dict[str, str], list[str]]:
        """The values to save (accepted as read, or corrected) and the corrected names."""
        values: dict[str, str] = {}
        corrected: list[str] = []
        for row in self.rows:
            if row.accept.isChecked():
                values[row.proposal.field] = row.proposal.value
            elif row.correct.isChecked() and row.value.text().strip():
                values[row.proposal.field] = row.value.text().strip()
                corrected.append(row.proposal.field)
        return values, corrected

    def save(self) -> None:
        from locator.documents.save import save_accepted

        values, corrected = self.chosen()
        if not values:
            QMessageBox.information(self, self.tr("Nothing to save"), self.tr(
                "Accept or correct at least one value first."))
            return
        kind = self._reading.kind if self._reading is not None else ""
        try:
            save_accepted(self.vault, self.case_id, self.attachment_id, kind, values,
                          corrected)
        except (ValidationFailed, LocatorError) as err:
            QMessageBox.warning(self, self.tr("Not saved"), error_text(err))
            return
        self.saved.emit()
        self.accept()
