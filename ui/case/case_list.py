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

from locator.deadlines.alerts import urgency
from locator.deadlines.timers import Deadline
from locator.model.cases import CaseSummary, Status
from locator.model.dates import utc_now
from locator.storage.store import summary_from_row
from ui.common.labels import label

Index = QModelIndex | QPersistentModelIndex

(COL_NAME, COL_DEADLINE, COL_REGISTERED, COL_NATIONALITY, COL_STATUS, COL_CENTRE,
 COL_UPDATED) = range(7)
COLUMNS = 7
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
        #: case id → its nearest open legal deadline (the Deadline column)
        self._deadlines: dict[int, Deadline] = {}
        self.clock = utc_now

    def set_deadlines(self, deadlines: dict[int, Deadline]) -> None:
        """The nearest open deadline of each case (before :meth:`set_rows`)."""
        self._deadlines = dict(deadlines)

    def deadline_of(self, case_id: int) -> Deadline | None:
        return self._deadlines.get(case_id)

    def status_words(self) -> list[str]:
        """Every status as the list shows it (to make its column wide enough)."""
        return [label(status) for status in Status]

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
        if column == COL_DEADLINE:  # the nearest end first; cases without one after
            def key(r: CaseSummary) -> tuple[int, str]:
                deadline = self._deadlines.get(r.id)
                ends = deadline.ends_at if deadline is not None else None
                return (0, ends.isoformat()) if ends is not None else (1, "")
            return key
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
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Name"), self.tr("Deadline"), self.tr("Registered as"),
                self.tr("Nationality"), self.tr("Status"), self.tr("Centre"),
                self.tr("Changed")][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self.summary(index.row())
        if role == CASE_ID_ROLE:
            return row.id
        column = index.column()
        if role == Qt.ItemDataRole.ForegroundRole and row.closed:
            return QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if column == COL_DEADLINE and role in (Qt.ItemDataRole.BackgroundRole,
                                               Qt.ItemDataRole.ForegroundRole):
            return self._deadline_colour(row.id, role)
        if role == Qt.ItemDataRole.FontRole and row.closed and column == COL_NAME:
            font = QFont()
            font.setItalic(True)
            return font
        if column == COL_DEADLINE and role == Qt.ItemDataRole.ToolTipRole:
            return self._deadline_text(row.id) or None  # whole, where the column is narrow
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == COL_STATUS and row.closed:
            return self.tr("{status} (closed)").format(status=label(row.status))
        if column == COL_NAME:
            return row.display_name
        if column == COL_DEADLINE:
            return self._deadline_text(row.id)
        if column == COL_REGISTERED:
            return row.registered_name
        if column == COL_NATIONALITY:
            return self._country_name(row.nationality_recorded)
        if column == COL_STATUS:
            return label(row.status)
        if column == COL_CENTRE:
            return self._centre_name(row.centre) if row.centre else ""
        return row.updated_at.astimezone().strftime("%Y-%m-%d %H:%M")

    def _deadline_text(self, case_id: int) -> str:
        """"Mon 7 Dec 2026 · 4 days 4 hours left" (the last day, the time left)."""
        from ui.deadlines.text import compact_date, time_left_text

        deadline = self._deadlines.get(case_id)
        if deadline is None:
            return ""
        return self.tr("{day} · {left}").format(day=compact_date(deadline.due),
                                               left=time_left_text(deadline, self.clock()))

    def _deadline_colour(self, case_id: int, role: int) -> Any:
        from PySide6.QtGui import QBrush, QColor

        from ui.deadlines.text import style

        deadline = self._deadlines.get(case_id)
        if deadline is None:
            return None
        look = style(urgency(deadline, self.clock()))
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(look.tint))
        return QBrush(QColor(look.alert)) if look.alert else None

    def row_of(self, case_id: int) -> int:
        for number, item in enumerate(self._rows):
            if (item.id if isinstance(item, CaseSummary) else item[0]) == case_id:
                return number
        return -1
