"""The shown case's open deadlines, above the case editor, impossible to miss.

Each deadline is one row: a badge in words and colour, the big due date, the
time left, the aim date, "confirm with a lawyer today" and the legal basis with
its source. ``clock`` can be replaced (tests, screenshots); the time-left text
is refreshed every minute from the deadlines already loaded (no query per tick).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from locator.deadlines.alerts import Urgency, is_alarm, most_urgent_first, urgency
from locator.deadlines.rules import DueKind
from locator.deadlines.timers import Deadline
from locator.model.cases import Case
from locator.model.dates import utc_now
from locator.storage.vault import Vault
from ui.common.a11y import named
from ui.common.theme import follow, set_sheet
from ui.deadlines.actions import DeadlineActionDialog
from ui.deadlines.text import (
    aim_text,
    basis_html,
    conditional_line,
    confirm_line,
    ends_text,
    rule_title,
    style,
    time_left_text,
    time_note,
)
from ui.host import Host
from ui.ops import Changes, mark_deadline_done, mark_deadline_not_applicable

REFRESH_MS = 60_000
MAX_HEIGHT = 360  # alone above an editor, it must stay usable: more rows scroll
WHEN_SPACING = 18  # between the end and the time left, side by side


def _label(name: str, text: str = "", *, size: float | None = None, bold: bool = False,
           rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.LinksAccessibleByMouse)
    font = QFont(label.font())
    if size is not None:
        font.setPointSizeF(font.pointSizeF() * size)
    font.setBold(bold)
    label.setFont(font)
    return label


class DeadlineRow(QFrame):
    """One open deadline. Buttons: ``deadline_done_<id>``, ``deadline_na_<id>``."""

    def __init__(self, deadline: Deadline, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.deadline = deadline
        ident = deadline.id
        self.setObjectName(f"deadline_{ident}")
        self.alarm = deadline.kind is DueKind.DEADLINE
        self.badge = _label(f"deadline_badge_{ident}", bold=True)
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge.setMinimumWidth(150)
        self.title = _label(f"deadline_title_{ident}", rule_title(deadline), bold=True,
                            size=1.05)
        self.due = _label(f"deadline_due_{ident}", ends_text(deadline), bold=self.alarm,
                          size=1.45 if self.alarm else 1.0)
        self.left = _label(f"deadline_left_{ident}", bold=True, size=1.45 if self.alarm else 1.0)
        self.done_button = QPushButton(self.tr("Filed…"))
        self.done_button.setObjectName(f"deadline_done_{ident}")
        self.done_button.setToolTip(self.tr("The appeal was filed: record when and by whom"))
        self.na_button = QPushButton(self.tr("Not applicable…"))
        self.na_button.setObjectName(f"deadline_na_{ident}")
        self.na_button.setToolTip(self.tr("This deadline does not apply: give the reason"))
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.title)
        if deadline.conditional:
            texts.addWidget(_label(f"deadline_conditional_{ident}", conditional_line(deadline),
                                   bold=True))
        self.when = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.when.setSpacing(WHEN_SPACING)
        self.when.addWidget(self.due)
        self.when.addWidget(self.left)
        self.when.addStretch()
        texts.addLayout(self.when)
        note = time_note(deadline)  # no hour known: counted from 00:00, said on the row
        if note:
            texts.addWidget(_label(f"deadline_time_note_{ident}", note))
        #: shown on demand ("Details"): a compact row keeps the step below it in sight
        self.details: list[QLabel] = []
        if self.alarm:
            e = html.escape
            self.details.append(_label(f"deadline_aim_{ident}", f"{e(aim_text(deadline))} "
                                       f"<b>{e(confirm_line())}</b>", rich=True))
        basis = _label(f"deadline_basis_{ident}", basis_html(deadline.rule_info), rich=True,
                       size=0.9)
        basis.setOpenExternalLinks(True)
        self.details.append(basis)
        for detail in self.details:
            detail.hide()
            texts.addWidget(detail)
        self.more_button = QPushButton(self.tr("Details"))
        self.more_button.setObjectName(f"deadline_more_{ident}")
        self.more_button.setCheckable(True)
        self.more_button.setToolTip(self.tr("The aim date, the legal basis and its source; "
                                            "“Not applicable…”"))
        self.more_button.toggled.connect(self.expand)
        buttons = QVBoxLayout()
        if deadline.kind is not DueKind.INDICATIVE:
            buttons.addWidget(self.done_button)
        else:
            self.done_button.hide()
        buttons.addWidget(self.na_button)
        self.na_button.hide()  # with the details: a compact row keeps the step in sight
        buttons.addWidget(self.more_button)
        buttons.addStretch()
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 6, 8, 6)
        self.grid_spacing = 12
        grid.setHorizontalSpacing(self.grid_spacing)
        grid.addWidget(self.badge, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(texts, 0, 1)
        grid.addLayout(buttons, 0, 2)
        grid.setColumnStretch(1, 1)

    def expand(self, on: bool = True) -> None:
        """Show the details (the aim date, the legal basis), or fold them away."""
        if self.more_button.isChecked() != on:
            self.more_button.setChecked(on)  # comes back here through toggled
            return
        for detail in self.details:
            detail.setVisible(on)
        self.na_button.setVisible(on)

    @property
    def expanded(self) -> bool:
        return self.more_button.isChecked()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_when()

    def fit_when(self) -> None:
        """The end and the time left side by side on one line when there is room, else one
        under the other (longer languages, a narrow window, large fonts), wrapped only if a
        line alone is too wide: never cut, never pushing the buttons out of sight."""
        grid = self.layout()
        if grid is None:
            return
        margins = grid.contentsMargins()
        buttons = max(self.done_button.sizeHint().width(), self.na_button.sizeHint().width(),
                      self.more_button.sizeHint().width())
        room = (self.width() - margins.left() - margins.right() - self.badge.width()
                - buttons - 2 * max(0, self.grid_spacing))

        def natural(label: QLabel) -> int:
            return label.fontMetrics().horizontalAdvance(label.text()) + 4

        need = natural(self.due) + (WHEN_SPACING + natural(self.left)
                                    if self.left.isVisibleTo(self) else 0)
        side_by_side = need <= room
        for label in (self.due, self.left):  # one line each unless even that is too wide
            label.setWordWrap(natural(label) > room)
        direction = (QBoxLayout.Direction.LeftToRight if side_by_side
                     else QBoxLayout.Direction.TopToBottom)
        if self.when.direction() != direction:
            self.when.setDirection(direction)
            self.when.setSpacing(WHEN_SPACING if side_by_side else 2)

    def update_time(self, now: datetime) -> Urgency:
        band = urgency(self.deadline, now)
        look = style(band)
        self.badge.setText(look.badge)
        set_sheet(self.badge, f"background: {look.background}; color: {look.foreground};"
                              " padding: 6px 8px; border-radius: 4px;")
        self.left.setText(time_left_text(self.deadline, now) if self.alarm else "")
        self.left.setVisible(self.alarm)
        self.fit_when()
        set_sheet(self, f"QFrame#{self.objectName()} {{ background: {look.tint};"
                        f" border-left: 8px solid {look.border}; border-radius: 3px; }}")
        set_sheet(self.left, f"color: {look.alert or 'palette(text)'};")
        return band


class _Scroll(QScrollArea):
    """As tall as its rows at the current width, up to :attr:`max_height` (None: no limit,
    when the panel sits in an area that scrolls already, like the main window's headers)."""

    max_height: int | None = MAX_HEIGHT

    def sizeHint(self) -> QSize:
        inner = self.widget()
        if inner is None:
            return super().sizeHint()
        layout = inner.layout()
        width = max(self.viewport().width(), 200)
        height = inner.sizeHint().height()
        if layout is not None and layout.hasHeightForWidth():
            height = layout.totalHeightForWidth(width)
        cap = self.max_height if self.max_height is not None else height + 2
        return QSize(super().sizeHint().width(), min(height + 2, cap))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # wrapped text: the height depends on the width


class DeadlinesPanel(QFrame):
    """Open deadlines of the shown case (``deadlines_panel``). Emits :attr:`changed`
    (Changes) after a deadline was filed or set aside; ``run`` does those writes (the
    host's, once installed)."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deadlines_panel")
        self.clock: Callable[[], datetime] = utc_now
        self.vault: Vault | None = None
        self.run: Callable[[Callable[[Vault], Changes]], Changes | None] = self._run_here
        self._last: Changes | None = None
        self.case_id: int | None = None
        self.rows: dict[int, DeadlineRow] = {}
        self._inner = QWidget()
        self._inner.setObjectName("deadlines_rows")
        self._rows_layout = QVBoxLayout(self._inner)
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(6)
        self._rows_layout.addStretch()
        self._scroll = named(_Scroll(), self.tr("Open deadlines of this case"))
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setWidget(self._inner)
        self._scroll.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        #: information-only dates (the longest detention, the next request) fold under one
        #: button: the legal deadlines and the step to do now stay in sight
        self.info_button = QPushButton()
        self.info_button.setObjectName("deadlines_info_toggle")
        self.info_button.setCheckable(True)
        self.info_button.setFlat(True)
        self.info_button.toggled.connect(self._show_info)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addWidget(self._scroll)
        layout.addWidget(self.info_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh_times)
        follow(self, self.refresh_times)  # the urgency colours, in a new colour scheme
        self.hide()

    def show_case(self, vault: Vault | None, case_id: int | None) -> None:
        """Show the open deadlines of a saved case (None: nothing)."""
        self.vault, self.case_id = vault, case_id
        self.reload()

    def reload(self) -> None:
        deadlines: list[Deadline] = []
        if self.vault is not None and self.case_id is not None:
            deadlines = self.vault.deadlines(self.case_id, open_only=True)
        self._set_rows(most_urgent_first(deadlines))

    def _set_rows(self, deadlines: list[Deadline]) -> None:
        if deadlines and deadlines == [row.deadline for row in self.rows.values()]:
            self.refresh_times()  # the same deadlines (another save, the same case again)
            return
        for row in self.rows.values():
            self._rows_layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = {}
        for deadline in deadlines:
            row = DeadlineRow(deadline, self._inner)
            row.done_button.clicked.connect(lambda _=False, d=deadline: self.ask_filed(d))
            row.na_button.clicked.connect(lambda _=False, d=deadline: self.ask_not_applicable(d))
            self._rows_layout.insertWidget(self._rows_layout.count() - 1, row)
            self.rows[deadline.id] = row
        self._show_info(self.info_button.isChecked())
        self.refresh_times()
        self.setVisible(bool(self.rows))
        if self.rows and any(is_alarm(d) for d in deadlines):
            self.timer.start()
        else:
            self.timer.stop()
        self._rows_layout.invalidate()
        self._scroll.updateGeometry()
        # New rows know their wrapped height only once polished: ask again after that.
        QTimer.singleShot(0, self._scroll, self._scroll.updateGeometry)

    def info_rows(self) -> list[DeadlineRow]:
        return [row for row in self.rows.values() if not is_alarm(row.deadline)]

    def _show_info(self, on: bool) -> None:
        info = self.info_rows()
        shown_all = len(info) == len(self.rows)  # nothing else to show: show them
        for row in info:
            row.setVisible(on or shown_all)
        self.info_button.setVisible(bool(info) and not shown_all)
        self.info_button.setText(self.tr("Hide the dates for information") if on else self.tr(
            "Show %n date(s) for information", "", len(info)))
        self._scroll.updateGeometry()

    def refresh_times(self) -> None:
        now = self.clock()
        for row in self.rows.values():
            row.update_time(now)

    # -- actions ------------------------------------------------------------------

    def _run_here(self, op: Callable[[Vault], Changes]) -> Changes | None:
        return op(self.vault) if self.vault is not None else None

    def ask_filed(self, deadline: Deadline) -> DeadlineActionDialog:
        def submit(done_on: date, done_by: str) -> None:
            self._last = self.run(
                lambda vault: mark_deadline_done(vault, deadline.id, done_on, done_by))

        return self._ask(DeadlineActionDialog(self, deadline, True, submit))

    def ask_not_applicable(self, deadline: Deadline) -> DeadlineActionDialog:
        def submit(reason: str) -> None:
            self._last = self.run(
                lambda vault: mark_deadline_not_applicable(vault, deadline.id, reason))

        return self._ask(DeadlineActionDialog(self, deadline, False, submit))

    def _ask(self, dialog: DeadlineActionDialog) -> DeadlineActionDialog:
        dialog.accepted.connect(self._after_change)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _after_change(self) -> None:
        self.reload()
        changes, self._last = self._last, None
        if changes is not None:
            self.changed.emit(changes)

    def reveal(self, deadline_id: int) -> QWidget | None:
        """The widget to bring into view and focus for one deadline's row (its first
        button), or None when it is not shown."""
        row = self.rows.get(deadline_id)
        if row is None:
            return None
        if not is_alarm(row.deadline):
            self.info_button.setChecked(True)
        row.expand()
        return row.done_button if row.done_button.isVisibleTo(self) else row.na_button

    def set_scroll_limit(self, height: int | None) -> None:
        """The most height the rows take before they scroll (None: no limit)."""
        self._scroll.max_height = height

    def clear(self) -> None:
        """Forget everything (on lock)."""
        for dialog in self.findChildren(DeadlineActionDialog):
            dialog.wipe()
            dialog.reject()
        self.vault, self.case_id = None, None
        self._set_rows([])


def install(host: Host) -> DeadlinesPanel:
    """The deadline feature: case header, "Record a decision…", Deadlines view, alerts."""
    from ui.deadlines import decision_dialog, notifier
    from ui.deadlines import view as deadlines_view

    panel = DeadlinesPanel()
    panel.set_scroll_limit(None)  # the window's case headers scroll (one scroll bar)
    panel.run = host.run  # the host refreshes everything and emits ``changed``
    host.add_case_header(panel, first=True)  # in sight first, even on a small screen

    def shown(case: Case | None) -> None:
        panel.show_case(host.vault, None if case is None else case.id)

    def changed(changes: Changes) -> None:
        if changes.deadlines and changes.touches(panel.case_id):
            panel.reload()

    host.case_shown.connect(shown)
    host.changed.connect(changed)
    host.locked.connect(panel.clear)
    decision_dialog.install(host)
    deadlines_view.install(host)
    notifier.install(host, panel.changed)
    return panel
