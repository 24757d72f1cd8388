"""Editable tables for a case's lists: contacts, decisions, deportation attempts.

Cells hold text as typed; ``locator.model.caseio`` validates it on save, and errors
name the row (``contacts[1].phones[0]``). Each table's objectName is the field.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from PySide6.QtCore import Qt, Signal
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

ID_ROLE = Qt.ItemDataRole.UserRole + 10
# what a row holds that no column shows (a decision's photo, for example): kept as it was
KEPT_ROLE = Qt.ItemDataRole.UserRole + 11


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
            Column("notified_at", translate("NestedTable", "Notified (YYYY-MM-DD HH:MM)")),
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
