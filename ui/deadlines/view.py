"""Open deadlines across all cases, most urgent first (toolbar "Deadlines", Ctrl+D).

A non-modal window over a thin table model. Double-clicking a row opens that
case. On lock the window closes and its model is emptied.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from locator.deadlines.alerts import Urgency, is_alarm, most_urgent_first, urgency
from locator.deadlines.timers import Deadline
from locator.model.dates import utc_now
from locator.storage.vault import Vault
from ui.common.i18n import translate
from ui.common.screens import fit_to_screen
from ui.common.theme import follow, styled
from ui.deadlines.text import (
    basis_plain,
    compact_date,
    conditional_short,
    confirm_line,
    due_cell,
    rule_title,
    style,
    time_left_text,
)
from ui.host import Host
from ui.ops import Changes

COL_URGENCY, COL_CASE, COL_WHAT, COL_DUE, COL_LEFT, COL_AIM, COL_NOTE = range(7)
DEADLINE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 2
URGENCY_ROLE = Qt.ItemDataRole.UserRole + 3
REFRESH_MS = 60_000
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class _Row:
    deadline: Deadline
    case_name: str


class DeadlinesModel(QAbstractTableModel):
    """Rows of (deadline, case name); ``set_now`` refreshes the time-dependent cells."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._now: datetime = utc_now()

    def set_rows(self, deadlines: Sequence[Deadline], names: dict[int, str],
                 now: datetime) -> None:
        self.beginResetModel()
        self._rows = [_Row(d, names.get(d.case_id, "")) for d in most_urgent_first(deadlines)]
        self._now = now
        self.endResetModel()

    def set_now(self, now: datetime) -> None:
        self._now = now
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, self.columnCount() - 1),
                                  [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.BackgroundRole,
                                   Qt.ItemDataRole.ForegroundRole, URGENCY_ROLE])

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    def deadline_at(self, row: int) -> Deadline:
        return self._rows[row].deadline

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (translate("Deadlines", "Urgency"), translate("Deadlines", "Case"),
                  translate("Deadlines", "What"), translate("Deadlines", "Ends (Belgian time)"),
                  translate("Deadlines", "Time left"), translate("Deadlines", "Aim to send by"),
                  translate("Deadlines", "Note"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        deadline, column = row.deadline, index.column()
        band = urgency(deadline, self._now)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column, band)
        if role == DEADLINE_ID_ROLE:
            return deadline.id
        if role == CASE_ID_ROLE:
            return deadline.case_id
        if role == URGENCY_ROLE:
            return band.value
        if role == Qt.ItemDataRole.BackgroundRole:
            look = style(band)
            return QBrush(QColor(look.background if column == COL_URGENCY else look.tint))
        if role == Qt.ItemDataRole.ForegroundRole:
            look = style(band)
            colour = look.foreground if column == COL_URGENCY else None
            if column == COL_LEFT and look.alert is not None:
                colour = look.alert
            return QBrush(QColor(colour)) if colour else None  # else the palette's text
        if role == Qt.ItemDataRole.FontRole and column in {COL_URGENCY, COL_DUE, COL_LEFT}:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{rule_title(deadline)}\n{basis_plain(deadline.rule_info)}"
        return None

    def _text(self, row: _Row, column: int, band: Urgency) -> str:
        deadline = row.deadline
        if column == COL_URGENCY:
            return style(band).badge
        if column == COL_CASE:
            return row.case_name
        if column == COL_WHAT:
            return rule_title(deadline)
        if column == COL_DUE:
            return due_cell(deadline)
        if column == COL_LEFT:
            return time_left_text(deadline, self._now) if is_alarm(deadline) else ""
        if column == COL_AIM:
            return compact_date(deadline.internal_target) if is_alarm(deadline) else ""
        if column == COL_NOTE:
            return conditional_short(deadline) if deadline.conditional else ""
        return ""

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class DeadlinesView(QDialog):
    """``deadlines_view``: every open deadline; ``open_case`` is called on double-click."""

    def __init__(self, parent: QWidget | None, open_case: Callable[[int], None]) -> None:
        super().__init__(parent)
        self.setObjectName("deadlines_view")
        self.setWindowTitle(translate("Deadlines", "Deadlines"))  # never a name
        self.setModal(False)
        self.vault: Vault | None = None
        self.clock: Callable[[], datetime] = utc_now
        self.open_case = open_case
        self.model = DeadlinesModel(self)
        heading = QLabel(translate("Deadlines", "Open deadlines, most urgent first"))
        heading.setObjectName("deadlines_heading")
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        confirm = QLabel(confirm_line())
        confirm.setObjectName("deadlines_confirm")
        styled(confirm, "color: $danger_fg; font-weight: bold;")
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves; arrows move in it
        self.table.setObjectName("deadlines_table")
        self.table.setAccessibleName(translate("Deadlines", "Open deadlines"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)  # a title must never be cut: "first" vs "second" order
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_WHAT, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)
        self.empty = QLabel(translate("Deadlines", "No open deadlines."))
        self.empty.setObjectName("deadlines_empty")
        hint = QLabel(translate("Deadlines", "Double-click a row to open the case. The legal "
                                "basis of each deadline shows when you point at it."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(confirm)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(lambda: self.model.set_now(self.clock()))
        follow(self, self.table.viewport().update)  # the urgency colours, in a new scheme
        fit_to_screen(self, 1280, 520)

    def show_vault(self, vault: Vault | None) -> None:
        self.vault = vault
        self.refresh()

    def refresh(self) -> None:
        if self.vault is None:
            self.model.clear()
        else:
            deadlines = self.vault.deadlines(open_only=True)
            # names of the few cases with a deadline only (not a summary of every case: this
            # runs whenever a case is shown while the view is open)
            names = {case_id: self.vault.get_case(case_id).display_name()
                     for case_id in {d.case_id for d in deadlines}}
            self.model.set_rows(deadlines, names, self.clock())
        self.empty.setVisible(self.model.rowCount() == 0)
        if self.vault is not None and self.isVisible():
            self.timer.start()

    def _open(self, index: QModelIndex) -> None:
        case_id = self.model.data(index, CASE_ID_ROLE)
        if case_id is not None:
            self.open_case(int(case_id))

    def clear(self) -> None:
        """Drop every row (on lock)."""
        self.timer.stop()
        self.vault = None
        self.table.clearSelection()
        self.model.clear()

    def hideEvent(self, event: Any) -> None:
        self.timer.stop()
        super().hideEvent(event)


def install(host: Host) -> QAction:
    window = host.window()
    action = QAction(translate("Deadlines", "Deadlines"), window)
    action.setObjectName("deadlines_action")
    action.setShortcut(QKeySequence("Ctrl+D"))
    action.setToolTip(translate("Deadlines",
                                "Open deadlines across all cases, most urgent first (Ctrl+D)"))
    action.setEnabled(False)
    host.add_tool_action(action, "view")

    def open_case(case_id: int) -> None:
        if host.vault is None or not host.resolve_unsaved():
            return
        host.open_case(case_id)
        host.refresh_list()  # selects it in the case list
        window.raise_()
        window.activateWindow()

    view = DeadlinesView(window, open_case)

    def show() -> None:
        if host.vault is None:
            return
        view.show_vault(host.vault)
        view.show()
        view.raise_()
        view.timer.start()

    def refresh(*_args: object) -> None:
        if view.isVisible() and host.vault is not None:
            view.show_vault(host.vault)

    def changed(changes: Changes) -> None:
        if changes.deadlines or changes.case_list:
            refresh()

    def locked() -> None:
        action.setEnabled(False)
        view.clear()
        view.close()

    host.vault_opened.connect(lambda _vault: action.setEnabled(True))
    host.case_shown.connect(refresh)
    host.changed.connect(changed)
    host.locked.connect(locked)
    action.triggered.connect(show)
    return action
