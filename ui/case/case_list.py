"""The case list: a thin table model over the vault's case summaries."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QPalette

from locator.model.cases import CaseSummary
from locator.storage.store import summary_from_row
from ui.common.labels import label

Index = QModelIndex | QPersistentModelIndex

COL_NAME, COL_REGISTERED, COL_NATIONALITY, COL_STATUS, COL_CENTRE, COL_UPDATED = range(6)
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
DEFAULT_SORT = (COL_UPDATED, Qt.SortOrder.DescendingOrder)


def fold(text: str) -> str:
    """Sort key that ignores case and accents: émile sorts with e, not after z."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


class CaseListModel(QAbstractTableModel):
    """Holds the vault's raw summary rows; a row becomes a CaseSummary only when shown
    or sorted on, so 50,000 cases cost one tuple each."""

    def __init__(self, centre_name: Callable[[str], str] | None = None,
                 country_name: Callable[[str], str] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseSummary | tuple[Any, ...]] = []
        self._sort: tuple[int, Qt.SortOrder] = DEFAULT_SORT
        self._centre_name = centre_name or (lambda c: c)
        self._country_name = country_name or (lambda c: c)

    def set_rows(self, rows: Sequence[CaseSummary | tuple[Any, ...]],
                 newest_first: bool = False) -> None:
        """``newest_first``: the rows already come in the default order (the vault's)."""
        self.beginResetModel()
        self._rows = list(rows)
        if not (newest_first and self._sort == DEFAULT_SORT):
            self._apply_sort()
        self.endResetModel()

    def summary(self, row: int) -> CaseSummary:
        item = self._rows[row]
        if not isinstance(item, CaseSummary):
            item = self._rows[row] = summary_from_row(item)
        return item

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted here in Python (one key per row), not by a proxy calling data() per pair."""
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._apply_sort()
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        column, order = self._sort
        rows = [self.summary(i) for i in range(len(self._rows))]
        rows.sort(key=self._sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows = list(rows)

    def _sort_key(self, column: int) -> Callable[[CaseSummary], Any]:
        if column == COL_UPDATED:
            return lambda r: (r.updated_at, r.id)
        if column == COL_NAME:
            return lambda r: fold(r.display_name)
        if column == COL_REGISTERED:
            return lambda r: fold(r.registered_name)
        # a few distinct values over many rows: each name translated and folded once
        if column == COL_NATIONALITY:
            country = cache(lambda code: fold(self._country_name(code)))
            return lambda r: country(r.nationality_recorded)
        if column == COL_STATUS:
            status = cache(lambda value: fold(label(value)))
            return lambda r: status(r.status)
        centre = cache(lambda centre_id: fold(self._centre_name(centre_id)))
        return lambda r: centre(r.centre) if r.centre else ""

    def clear(self) -> None:
        self.set_rows([])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Name"), self.tr("Registered as"), self.tr("Nationality"),
                self.tr("Status"), self.tr("Centre"), self.tr("Changed")][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self.summary(index.row())
        if role == CASE_ID_ROLE:
            return row.id
        column = index.column()
        if role == Qt.ItemDataRole.ForegroundRole and row.closed:
            return QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.FontRole and row.closed and column == COL_NAME:
            font = QFont()
            font.setItalic(True)
            return font
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == COL_STATUS and row.closed:
            return self.tr("{status} (closed)").format(status=label(row.status))
        if column == COL_NAME:
            return row.display_name
        if column == COL_REGISTERED:
            return row.registered_name
        if column == COL_NATIONALITY:
            return self._country_name(row.nationality_recorded)
        if column == COL_STATUS:
            return label(row.status)
        if column == COL_CENTRE:
            return self._centre_name(row.centre) if row.centre else ""
        return row.updated_at.astimezone().strftime("%Y-%m-%d %H:%M")

    def row_of(self, case_id: int) -> int:
        for number, item in enumerate(self._rows):
            if (item.id if isinstance(item, CaseSummary) else item[0]) == case_id:
                return number
        return -1
