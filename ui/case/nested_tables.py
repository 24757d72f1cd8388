"""Editable tables for a case's lists: contacts, decisions, deportation attempts.

Cells hold text as typed; ``locator.model.caseio`` validates it on save, and errors
name the row (``contacts[1].phones[0]``). Each table's objectName is the field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from locator.model.cases import (
    AttemptOutcome,
    ContactRole,
    DecisionKind,
    NotificationMethod,
    Tristate,
)
from ui.common.i18n import translate
from ui.common.labels import enum_labels
from ui.common.theme import colours

ID_ROLE = Qt.ItemDataRole.UserRole + 10
# what a row holds that no column shows (a decision's photo, for example): kept as it was
KEPT_ROLE = Qt.ItemDataRole.UserRole + 11
ERROR_ROLE = Qt.ItemDataRole.UserRole + 12  # the cell is marked with a problem
_PATH = re.compile(r"\w+\[(?P<row>[0-9]+)\](?:\.(?P<key>\w+))?(?:\[[0-9]+\])?")


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    enum: type[StrEnum] | None = None
    is_list: bool = False  # several values separated by commas



def contact_columns() -> list[Column]:
    return [Column("name", translate("NestedTable", "Name")),
            Column("role", translate("NestedTable", "Role"), ContactRole),
            Column("phones", translate("NestedTable", "Phone numbers (comma between)"),
                   is_list=True),
            Column("email", translate("NestedTable", "Email"))]


def decision_columns() -> list[Column]:
    return [Column("kind", translate("NestedTable", "Decision"), DecisionKind),
            Column("annexe", translate("NestedTable", "Annexe")),
            Column("notified_at", translate("NestedTable",
                                            "Notified (YYYY-MM-DD, then HH:MM if known)")),
            Column("notification_method", translate("NestedTable", "How"), NotificationMethod),
            Column("earlier_removal", translate("NestedTable", "Earlier removal order?"),
                   Tristate),
            Column("subsequent_asylum_in_detention",
                   translate("NestedTable", "New asylum application in detention?"), Tristate),
            Column("note", translate("NestedTable", "Note"))]


def attempt_columns() -> list[Column]:
    return [Column("date", translate("NestedTable", "Date (YYYY-MM-DD)")),
            Column("flight", translate("NestedTable", "Flight")),
            Column("destination", translate("NestedTable", "Destination")),
            Column("outcome", translate("NestedTable", "Outcome"), AttemptOutcome),
            Column("note", translate("NestedTable", "Note"))]


class NestedTable(QWidget):
    """A table with Add / Remove; rows are dicts of text under the canonical keys."""

    changed = Signal()

    def __init__(self, name: str, columns: list[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.table = QTableWidget(0, len(columns))
        self.table.setTabKeyNavigation(False)  # Tab leaves; arrows move in it
        self.table.setObjectName(name)
        self.table.setHorizontalHeaderLabels([c.title for c in columns])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        add = QPushButton(translate("NestedTable", "Add"))
        add.setObjectName(f"{name}_add")
        add.clicked.connect(lambda: self.add_row({}))
        remove = QPushButton(translate("NestedTable", "Remove selected"))
        remove.setObjectName(f"{name}_remove")
        remove.clicked.connect(self._remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_row(self, values: dict[str, Any]) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, column in enumerate(self.columns):
            value = values.get(column.key)
            if column.enum is not None:
                combo = QComboBox()
                for key, text in enum_labels(column.enum).items():
                    combo.addItem(text, key)
                combo.setCurrentIndex(max(combo.findData(value or ""), 0))
                combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
                self.table.setCellWidget(row, col, combo)
            else:
                text = ", ".join(value) if isinstance(value, list) else str(value or "")
                self.table.setItem(row, col, QTableWidgetItem(text))
        first = self.table.item(row, 0) or QTableWidgetItem()
        if self.table.item(row, 0) is None:
            self.table.setItem(row, 0, first)
        first.setData(ID_ROLE, values.get("id"))
        shown = {column.key for column in self.columns}
        first.setData(KEPT_ROLE, {k: v for k, v in values.items()
                                  if k not in shown and k != "id"})
        self.changed.emit()
        return row

    def mark(self, path: str, message: str) -> str:
        """Mark the cell of a problem (``decisions[0].notified_at``) without touching what
        it holds, and say where it is in plain words: "Row 1, Date (YYYY-MM-DD): …"."""
        found = _PATH.fullmatch(path)
        if found is None:
            return message
        row, key = int(found["row"]), found["key"] or ""
        col = next((i for i, c in enumerate(self.columns) if c.key == key), None)
        where = translate("NestedTable", "Row {n}").format(n=row + 1)
        if col is not None:
            where += f", {self.columns[col].title}"
            item = self.table.item(row, col)
            if item is not None:
                blocker = QSignalBlocker(self.table)  # marking is no change to save
                item.setData(ERROR_ROLE, True)
                item.setBackground(QBrush(QColor(colours().danger_bg)))
                item.setForeground(QBrush(QColor(colours().danger_fg)))
                item.setToolTip(message)
                del blocker
        return f"{where}: {message}"

    def clear_marks(self) -> None:
        blocker = QSignalBlocker(self.table)
        for row in range(self.table.rowCount()):
            for col in range(self.table.columnCount()):
                item = self.table.item(row, col)
                if item is not None and item.data(ERROR_ROLE):
                    item.setData(ERROR_ROLE, None)
                    item.setData(Qt.ItemDataRole.BackgroundRole, None)
                    item.setData(Qt.ItemDataRole.ForegroundRole, None)
                    item.setToolTip("")
        del blocker

    def _remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self.changed.emit()

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for values in rows:
            self.add_row(values)
        self.table.blockSignals(False)

    def rows(self) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for row in range(self.table.rowCount()):
            first = self.table.item(row, 0)
            kept = first.data(KEPT_ROLE) if first is not None else None
            values: dict[str, Any] = dict(kept) if isinstance(kept, dict) else {}
            for col, column in enumerate(self.columns):
                widget = self.table.cellWidget(row, col)
                if isinstance(widget, QComboBox):
                    values[column.key] = widget.currentData()
                    continue
                item = self.table.item(row, col)
                text = item.text() if item is not None else ""
                values[column.key] = ([p.strip() for p in text.split(",") if p.strip()]
                                      if column.is_list else text)
            row_id = first.data(ID_ROLE) if first is not None else None
            if row_id is not None:
                values["id"] = row_id
            out.append(values)
        return out
