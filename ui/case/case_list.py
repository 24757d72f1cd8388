"""The case list: a thin table model that reads what it shows (issue 18)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QPalette

from locator.deadlines.alerts import urgency
from locator.deadlines.timers import Deadline
from locator.model.cases import CaseSummary, Status
from locator.model.dates import utc_now
from locator.storage.readers import Readers
from locator.storage.search import fold
from locator.storage.store import list_ids, summary_from_row
from ui.common.labels import label

Index = QModelIndex | QPersistentModelIndex

(COL_NAME, COL_DEADLINE, COL_REGISTERED, COL_NATIONALITY, COL_STATUS, COL_CENTRE,
 COL_UPDATED) = range(7)
COLUMNS = 7
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
DEFAULT_SORT = (COL_UPDATED, Qt.SortOrder.DescendingOrder)
_STATUS = {s.value: s for s in Status}
__all__ = ["CASE_ID_ROLE", "CaseListModel", "MemorySource", "VaultSource", "fold"]


class ListSource(Protocol):
    """Where the list's cases come from: their ids in an order, and rows for a few ids."""

    def ids(self, model: CaseListModel, column: int, order: Qt.SortOrder) -> list[int]: ...

    def rows(self, case_ids: Sequence[int]) -> dict[int, CaseSummary | tuple[Any, ...]]: ...


class MemorySource:
    """Rows handed over whole (a few, in tests): sorted here, in Python."""

    def __init__(self, rows: Sequence[CaseSummary | tuple[Any, ...]]) -> None:
        self._rows = {s.id: s for s in (r if isinstance(r, CaseSummary) else summary_from_row(r)
                                        for r in rows)}

    def ids(self, model: CaseListModel, column: int, order: Qt.SortOrder) -> list[int]:
        rows = sorted(self._rows.values(), key=lambda r: (r.updated_at, r.id), reverse=True)
        if (column, order) != DEFAULT_SORT:
            rows.sort(key=model.sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        return [r.id for r in rows]

    def rows(self, case_ids: Sequence[int]) -> dict[int, CaseSummary | tuple[Any, ...]]:
        return {i: self._rows[i] for i in case_ids if i in self._rows}


#: the vault's order of each column sorted by an index (the others are ranked)
_VAULT_ORDERS = {COL_UPDATED: "updated", COL_NAME: "name", COL_REGISTERED: "registered"}
_RANKED_COLUMNS = {COL_NATIONALITY: "nationality_recorded", COL_STATUS: "status",
                   COL_CENTRE: "centre"}


class VaultSource:
    """The vault's cases matching a search: ordered, counted and read in SQL; only the
    ids of the list are held (one integer per case), rows are read as they are shown."""

    def __init__(self, vault: Any, query: str = "", include_closed: bool = False) -> None:
        self.vault, self.query, self.include_closed = vault, query, include_closed

    def ids(self, model: CaseListModel, column: int, order: Qt.SortOrder) -> list[int]:
        return self.plan(model, column, order)(self.vault.con)

    def plan(self, model: CaseListModel, column: int, order: Qt.SortOrder,
             limit: int | None = None) -> Callable[[Any], list[int]]:
        """The query of this order, as a function of a connection (the vault's, or a
        reader's on another thread): what it needs of the screen is read here, now.
        ``limit``: the first ones only, where an index gives the order (see
        :meth:`windowed`); all of them otherwise."""
        descending = order == Qt.SortOrder.DescendingOrder
        ask: dict[str, Any] = {"query": self.query, "include_closed": self.include_closed}
        if self.windowed(column):
            ask["limit"] = limit
        if column in _VAULT_ORDERS:
            ask.update(order=_VAULT_ORDERS[column], descending=descending)
            return lambda con: list_ids(con, **ask)
        if column in _RANKED_COLUMNS:
            name = _RANKED_COLUMNS[column]
            ask.update(order=name, descending=descending,
                       ranks=model.ranks(column, self.vault.distinct_values(name)))
            return lambda con: list_ids(con, **ask)
        ends = model.deadline_ends()  # the deadline column: few cases have one

        def by_deadline(con: Any) -> list[int]:
            return ordered_by_deadline(list_ids(con, **ask), ends, descending)
        return by_deadline

    @staticmethod
    def windowed(column: int) -> bool:
        """The first rows of this order can be read on their own (SQL orders them)."""
        return column in _VAULT_ORDERS or column in _RANKED_COLUMNS

    def rows(self, case_ids: Sequence[int]) -> dict[int, CaseSummary | tuple[Any, ...]]:
        return dict(self.vault.summaries_of(case_ids))


def ordered_by_deadline(newest: list[int], ends: dict[int, str], descending: bool
                        ) -> list[int]:
    """The nearest end first; cases without one after (each part newest first)."""
    timed = sorted((i for i in newest if i in ends), key=ends.__getitem__)
    ordered = timed + [i for i in newest if i not in ends]
    return ordered[::-1] if descending else ordered


class CaseListModel(QAbstractTableModel):
    """The case list over a :class:`ListSource`: it holds the ordered ids of the cases
    listed and the summaries of the rows shown lately (a page of them at a time), so
    100,000 cases cost one integer each."""

    #: the list shows the answer of a query (a new search, sort or refresh)
    listed = Signal()
    #: the rest of a big list arrived after its first rows (appended below them)
    extended = Signal()
    #: a query in the background failed (not one interrupted by a newer one)
    failed = Signal(object)

    #: rows read at a time, and at most this many pages kept
    PAGE = 128
    PAGES_KEPT = 16

    def __init__(self, centre_name: Callable[[str], str] | None = None,
                 country_name: Callable[[str], str] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source: ListSource = MemorySource([])
        self._background: Callable[..., None] | None = None
        self._generation = 0
        self._waiting: list[Any] | None = None
        self._filling: list[Any] | None = None
        self._readers: Readers | None = None  # the vault's, of the queries under way
        self._ids: list[int] = []
        self._shown: dict[int, CaseSummary] = {}
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
        """Show these rows, all held here (``newest_first``: kept for callers; the order
        is the list's sort in any case)."""
        self.set_source(MemorySource(rows))

    def set_source(self, source: ListSource) -> None:
        """Show the cases of ``source``, in the list's sort order: at once for a small
        vault, else from a query on another thread (see :meth:`use_background`)."""
        self._ask(source, self._sort)

    def use_background(self, run: Callable[[Callable[[], Any], Callable[[Any], None],
                                            Callable[[BaseException], None]], None]) -> None:
        """``run(work, on_success, on_failure)`` runs work off the UI thread: a vault of
        more than :attr:`AT_ONCE` cases is then listed, sorted and searched there, each
        query on its own reader connection; a newer query interrupts the one before and
        only the newest answer is shown (a generation counter)."""
        self._background = run

    #: up to this many cases in the vault, the list is read on the UI thread (≤ ~15 ms)
    AT_ONCE = 20_000

    @property
    def busy(self) -> bool:
        """A query is under way (its first rows not shown yet)."""
        return self._waiting is not None

    @property
    def filling(self) -> bool:
        """The first rows are shown; the rest of the list is still being read."""
        return self._filling is not None

    def _ask(self, source: ListSource, sort: tuple[int, Qt.SortOrder]) -> None:
        self._generation += 1
        generation = self._generation
        self._interrupt()
        if self._background is None or not isinstance(source, VaultSource) \
                or source.vault.case_count() <= self.AT_ONCE:
            self._show(source, sort, source.ids(self, *sort))
            return
        # a big vault: the first page at once (an index walk of PAGE rows), then the rest;
        # both off this thread, a newer query interrupting them
        windowed = source.windowed(sort[0])
        first = source.plan(self, *sort, limit=self.PAGE if windowed else None)
        rest = source.plan(self, *sort) if windowed else None
        readers = source.vault.readers
        running: list[Any] = []
        self._waiting, self._readers = running, readers

        def arrived(ids: list[int]) -> None:
            if generation != self._generation:
                return
            self._waiting = None
            self._show(source, sort, ids)
            if rest is not None and len(ids) >= self.PAGE:
                filling: list[Any] = []
                self._filling = filling
                self._background(self._query(readers, rest, filling, generation),
                                 extended, lost)  # type: ignore[misc]

        def extended(ids: list[int]) -> None:
            if generation == self._generation:
                self._filling = None
                self._extend(ids)

        def lost(err: BaseException) -> None:  # interrupted by a newer one, or locked
            if generation == self._generation:
                self._waiting = self._filling = None
                self.failed.emit(err)

        self._background(self._query(readers, first, running, generation), arrived, lost)

    def _query(self, readers: Readers, query: Callable[[Any], list[int]],
               running: list[Any], generation: int) -> Callable[[], list[int]]:
        """The work of one query on a reader connection (in ``running`` meanwhile, so
        that a newer query can interrupt it)."""
        def work() -> list[int]:
            if self._generation != generation:
                return []
            con = readers.take(running)
            try:
                return query(con)
            finally:
                readers.give(con, running)
        return work

    def _interrupt(self) -> None:
        """The queries under way are no longer wanted."""
        readers = self._readers
        if readers is not None:
            for running in (self._waiting, self._filling):
                if running:
                    readers.interrupt(running)
        self._waiting = self._filling = None

    def _show(self, source: ListSource, sort: tuple[int, Qt.SortOrder],
              ids: list[int]) -> None:
        self.beginResetModel()
        self._source, self._sort = source, sort
        self._shown = {}
        self._ids = ids
        self.endResetModel()
        self.listed.emit()

    def _extend(self, ids: list[int]) -> None:
        """The whole list, whose first rows are shown: the others appended below them
        (the rows shown and the selection stay), or the list again if it changed."""
        known = len(self._ids)
        if ids[:known] != self._ids:
            self._show(self._source, self._sort, ids)
            return
        if len(ids) > known:
            self.beginInsertRows(QModelIndex(), known, len(ids) - 1)
            self._ids = ids
            self.endInsertRows()
        self.extended.emit()

    def case_count(self) -> int:
        return len(self._ids)

    def summary(self, row: int) -> CaseSummary:
        case_id = self._ids[row]
        found = self._shown.get(case_id)
        if found is None:
            if len(self._shown) >= self.PAGE * self.PAGES_KEPT:
                self._shown = {}
            start = row - row % self.PAGE
            page = self._ids[start:start + self.PAGE]
            for key, item in self._source.rows(page).items():
                self._shown[key] = item if isinstance(item, CaseSummary) \
                    else summary_from_row(item)
            found = self._shown.get(case_id)
            if found is None:  # gone from the vault since the list was read
                found = CaseSummary(case_id, "", "", "", Status.MISSING, "", self.clock())
        return found

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted by the source (the vault: in SQL), not by a proxy calling data()."""
        if (column, order) == self._sort and self._ids:
            return
        self._ask(self._source, (column, order))

    def cancel(self) -> None:
        """Drop the query under way (the vault locks)."""
        self._generation += 1
        self._interrupt()

    def ranks(self, column: int, values: Sequence[str]) -> dict[str, int]:
        """Each value of a column sorted as the list shows it (translated, folded): its
        place. A few distinct values over many rows: each translated once."""
        shown: Callable[[str], str]
        if column == COL_NATIONALITY:
            shown = self._country_name
        elif column == COL_STATUS:
            shown = lambda value: label(_STATUS.get(value, Status.MISSING))  # noqa: E731
        else:
            shown = lambda centre: self._centre_name(centre) if centre else ""  # noqa: E731
        ordered = sorted(values, key=lambda value: fold(shown(value)))
        return {value: place for place, value in enumerate(ordered)}

    def deadline_ends(self) -> dict[int, str]:
        """Case id → when its nearest deadline ends (ISO text, to sort on)."""
        return {case_id: d.ends_at.isoformat() for case_id, d in self._deadlines.items()
                if d.ends_at is not None}

    def sort_key(self, column: int) -> Callable[[CaseSummary], Any]:
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
        return 0 if parent.isValid() else len(self._ids)

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
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
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
        try:
            return self._ids.index(case_id)
        except ValueError:
            return -1
