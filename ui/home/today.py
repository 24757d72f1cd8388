"""The home screen ("Today", ``home_page``): what needs doing across every case, most
urgent first. Each row is one deadline or one case's next step; Enter, Space or a click
opens the case there (:attr:`TodayPage.open_deadline`, :attr:`TodayPage.open_step`).

It holds case data only while the vault is open: :meth:`TodayPage.clear` drops it. The
time left is refreshed every minute from what is loaded (no query per tick).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator
from datetime import datetime
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFocusEvent,
    QFont,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from locator.deadlines.alerts import is_alarm, urgency
from locator.model.dates import BRUSSELS, utc_now
from locator.procedure.guide import Procedure, load_procedure
from locator.procedure.today import MAX_CASES, PendingStep, order_steps, pending_step
from locator.storage.errors import UnknownCase
from locator.storage.today import CaseDeadline, open_case_ids, open_deadlines
from locator.storage.vault import Vault
from ui.common.i18n import translate
from ui.common.theme import follow, set_sheet, styled
from ui.deadlines.text import (
    LONG_DATE,
    conditional_line,
    confirm_line,
    rule_title,
    style,
    time_left_text,
)
from ui.home.words import last_day_text, todo_text
from ui.host import Host
from ui.ops import Changes
from ui.procedure.step_panel import action_text, local_time, ptr

REFRESH_MS = 60_000
SLICE_MS = 12  # the rows are added in slices of about this much work per event
SHORTCUT = "Ctrl+H"
ACTIVATE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


EDGE = 8  # px: the row's coloured left edge
RING = 2  # px: the focus ring


def colour(text: str, palette: QPalette) -> QColor:
    """``#rrggbb``, a colour name or ``palette(role)`` (as in a style sheet) as a colour."""
    if text.startswith("palette(") and text.endswith(")"):
        role = getattr(QPalette.ColorRole, text[8:-1].capitalize(), QPalette.ColorRole.Base)
        return palette.color(role)
    return QColor(text)


def _label(name: str, text: str = "", *, size: float | None = None,
           bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names and texts are never markup
    font = QFont(label.font())
    if size is not None:
        font.setPointSizeF(font.pointSizeF() * size)
    font.setBold(bold)
    label.setFont(font)
    return label


class TodayRow(QFrame):
    """One row: takes the focus, and is :attr:`activated` by Enter, Space or a click.

    Its tint, left edge and focus ring are painted here rather than by a style sheet: a
    sheet per row made a home screen of a hundred rows cost a tenth of a second to lay out
    and paint (issue 18)."""

    activated = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.grid = QGridLayout(self)
        # the 8 px edge and the 2 px ring are inside these margins
        self.grid.setContentsMargins(12 + EDGE, 8 + RING, 10 + RING, 8 + RING)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(2)
        self.grid.setColumnStretch(1, 1)
        self.tint, self.edge = "palette(base)", "palette(mid)"

    def paint(self, tint: str, edge: str) -> None:
        """The row's background and left edge (``#rrggbb`` or ``palette(role)``)."""
        if (tint, edge) != (self.tint, self.edge):
            self.tint, self.edge = tint, edge
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        outline = QPainterPath()
        outline.addRoundedRect(QRectF(self.rect()), 3, 3)
        painter.fillPath(outline, colour(self.tint, self.palette()))
        painter.setClipPath(outline)
        painter.fillRect(QRectF(0, 0, EDGE, self.height()), colour(self.edge, self.palette()))
        painter.setClipping(False)
        if self.hasFocus():
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), RING)
            painter.setPen(pen)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 3, 3)
        painter.end()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            parent.ensureWidgetVisible(self, 0, 8)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in ACTIVATE_KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.activated.emit()
        elif key == Qt.Key.Key_Down:
            self.focusNextChild()
        elif key == Qt.Key.Key_Up:
            self.focusPreviousChild()
        else:
            super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
                event.position().toPoint()):
            self.activated.emit()
        super().mouseReleaseEvent(event)


def _drop(row: TodayRow) -> None:
    row.hide()
    for label in row.findChildren(QLabel):
        label.clear()  # it lives until the next event loop: hold no case data
    row.setAccessibleName("")
    row.setAccessibleDescription("")
    row.setParent(None)
    row.deleteLater()


class DeadlineItem(TodayRow):
    """``today_deadline_<id>``: the badge, the person, the rule, the last day, the time
    left and what to do now."""

    def __init__(self, item: CaseDeadline, parent: QWidget | None = None) -> None:
        deadline = item.deadline
        super().__init__(f"today_deadline_{deadline.id}", parent)
        self.item = item
        ident = deadline.id
        self.badge = _label(f"today_badge_{ident}", bold=True)
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge.setMinimumWidth(130)
        self.badge.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        name = item.name or translate("Today", "(a case without a name)")
        self.person = _label(f"today_name_{ident}", name, bold=True, size=1.15)
        self.what = _label(f"today_what_{ident}", rule_title(deadline))
        self.last_day = _label(f"today_last_day_{ident}", last_day_text(deadline), bold=True,
                               size=1.25)
        self.left = _label(f"today_left_{ident}", bold=True, size=1.25)
        self.todo = _label(f"today_todo_{ident}")
        self.grid.addWidget(self.badge, 0, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.person)
        texts.addWidget(self.what)
        if deadline.conditional:
            texts.addWidget(_label(f"today_conditional_{ident}", conditional_line(deadline),
                                   bold=True))
        texts.addWidget(self.last_day)
        texts.addWidget(self.left)
        texts.addWidget(self.todo)
        self.grid.addLayout(texts, 0, 1)

    def update_time(self, now: datetime) -> None:
        deadline = self.item.deadline
        look = style(urgency(deadline, now))
        self.badge.setText(look.badge)
        set_sheet(self.badge, f"background: {look.background}; color: {look.foreground};"
                              " padding: 6px 8px; border-radius: 4px;")
        self.left.setText(time_left_text(deadline, now))
        set_sheet(self.left, f"color: {look.alert or 'palette(text)'};")
        self.todo.setText(translate("Today", "Now: {todo}").format(
            todo=todo_text(deadline, now)))
        self.paint(look.tint, look.border)
        self.setAccessibleName(", ".join(
            [self.person.text(), self.what.text(), self.last_day.text(), self.left.text()]))
        self.setAccessibleDescription(self.todo.text())


class StepItem(TodayRow):
    """``today_step_<case id>``: the person, the step to do now and its first action."""

    def __init__(self, item: PendingStep, procedure: Procedure,
                 parent: QWidget | None = None) -> None:
        super().__init__(f"today_step_{item.case_id}", parent)
        self.item = item
        ident = item.case_id
        step = item.step
        name = item.name or translate("Today", "(a case without a name)")
        self.person = _label(f"today_step_name_{ident}", name, bold=True, size=1.15)
        self.title = _label(f"today_step_title_{ident}", translate(
            "Today", "Next step: {step}").format(step=ptr(step.title)), bold=True)
        reason = procedure.reasons.get(item.reason, "")
        self.reason = _label(f"today_step_reason_{ident}", ptr(reason) if reason else "")
        actions = [a for a in step.actions if not a.startswith("mark_")] or list(step.actions)
        self.todo = _label(f"today_step_todo_{ident}", translate("Today", "Now: {todo}").format(
            todo=action_text(actions[0])) if actions else "")
        self.wait = _label(f"today_step_wait_{ident}")
        texts = QVBoxLayout()
        texts.setSpacing(2)
        for label in (self.person, self.title, self.reason, self.todo, self.wait):
            texts.addWidget(label)
        self.grid.addLayout(texts, 0, 1)
        # hidden once it is the row's child: a label without a parent would show as a
        # window of its own, for an instant, and take the activation from the main window
        self.reason.setVisible(bool(reason))
        self.setAccessibleName(", ".join([self.person.text(), self.title.text()]))
        self.setAccessibleDescription(self.todo.text())

    def update_time(self, now: datetime) -> None:
        until = self.item.waiting_until
        waiting = until is not None and until > now
        self.wait.setText(translate("Today", "The first 24 hours are reached on {when}.").format(
            when=local_time(until)) if waiting and until is not None else "")
        self.wait.setVisible(waiting)
        if self.item.urgent:
            self.paint("$warning_bg", "$warning_edge")
        else:
            self.paint("$surface", "$surface_border")

    def paint(self, tint: str, edge: str) -> None:
        from ui.common.theme import qss

        super().paint(qss(tint), qss(edge))


TRow = TypeVar("TRow", bound=TodayRow)


class TodayPage(QWidget):
    """``home_page``. ``clock`` can be replaced (tests, screenshots)."""

    open_deadline = Signal(int, int)  # case id, deadline id
    open_step = Signal(int)  # case id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("home_page")
        self.setAccessibleName(translate("Today", "Today"))
        self.clock: Callable[[], datetime] = utc_now
        self.vault: Vault | None = None
        self._procedure: Procedure | None = None
        self.deadline_rows: dict[int, DeadlineItem] = {}
        self.step_rows: dict[int, StepItem] = {}
        self._work: Generator[None, None, None] | None = None  # rows still to add
        self._generation = 0  # a slice scheduled for an older refresh does nothing
        self._focus_waits = False  # focus_first() was asked while the rows were coming
        content = QWidget()
        content.setObjectName("home_content")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        self.heading = _label("home_heading", translate("Today", "Today"), bold=True, size=1.6)
        self.date = _label("home_date")
        self.confirm = _label("home_confirm", confirm_line(), bold=True)
        styled(self.confirm, "color: $danger_fg;")
        self.deadlines_heading = _label("home_deadlines_heading",
                                        translate("Today", "Deadlines running"), bold=True,
                                        size=1.25)
        self.deadline_box = QVBoxLayout()
        self.deadline_box.setSpacing(6)
        self.no_deadline = _label("home_no_deadline", translate(
            "Today", "No deadline is running. When you write down a paper the person "
            "received (a decision), Locator counts its deadlines and shows them here."))
        self.info = _label("home_info")
        self.steps_heading = _label("home_steps_heading",
                                    translate("Today", "Next steps waiting for you"), bold=True,
                                    size=1.25)
        self.step_box = QVBoxLayout()
        self.step_box.setSpacing(6)
        self.no_step = _label("home_no_step")
        self.more = _label("home_more")
        for widget in (self.heading, self.date, self.confirm, self.deadlines_heading):
            layout.addWidget(widget)
        layout.addLayout(self.deadline_box)
        for widget in (self.no_deadline, self.info, self.steps_heading):
            layout.addWidget(widget)
        layout.addLayout(self.step_box)
        layout.addWidget(self.no_step)
        layout.addWidget(self.more)
        layout.addStretch()
        self.area = QScrollArea()
        self.area.setObjectName("home_scroll")
        self.area.setAccessibleName(translate("Today", "Today"))
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.area)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh_times)
        follow(self, self.refresh_times)  # the urgency colours, in a new colour scheme
        self.clear()

    @property
    def procedure(self) -> Procedure:
        if self._procedure is None:
            self._procedure = load_procedure()
        return self._procedure

    # -- data -------------------------------------------------------------------------------

    def show_vault(self, vault: Vault | None) -> None:
        self.vault = vault
        self.refresh_soon()

    def refresh(self) -> None:
        """Everything again from the vault, now (a caller that needs every row at once)."""
        self.refresh_soon()
        while self._work is not None:
            self._slice(whole=True)

    def refresh_soon(self) -> None:
        """Everything again from the vault (after unlocking, after a write), in slices of
        about :data:`SLICE_MS` per event: the first now, the rest in the next turns of the
        event loop, so that no frame waits long for a hundred cases (issue 18)."""
        if self._work is not None:
            self._work.close()
        self._work = None
        vault = self.vault
        if vault is None:
            self.clear()
            return
        self._work = self._build(vault, self.clock())
        self._generation += 1
        self._slice()

    @property
    def building(self) -> bool:
        """Rows are still being added (:meth:`refresh_soon`)."""
        return self._work is not None

    def _slice(self, *, whole: bool = False) -> None:
        work = self._work
        if work is None:
            return
        end = None if whole else time.perf_counter() + SLICE_MS / 1000
        try:
            while True:
                next(work)
                if end is not None and time.perf_counter() >= end:
                    break
        except StopIteration:
            self._work = None
            if self.vault is not None and self.vault.is_open:
                self._built()
            return
        generation = self._generation
        QTimer.singleShot(0, self, lambda: self._slice() if generation == self._generation
                          else None)

    def _build(self, vault: Vault, now: datetime) -> Generator[None, None, None]:
        """The rows, one piece of work at a time (a ``yield`` after each). The rows shown
        stay until their new ones take their place, from the top."""
        items = open_deadlines(vault)
        alarms = [i for i in items if is_alarm(i.deadline)]
        ids, total = open_case_ids(vault, MAX_CASES)
        found: list[PendingStep] = []
        for case_id in ids:
            yield
            if not vault.is_open:  # locked meanwhile (the page is cleared then)
                return
            try:
                step = pending_step(vault, case_id, now, self.procedure)
            except UnknownCase:  # purged since the list of ids was read
                continue
            if step is not None:
                found.append(step)
        steps = order_steps(found, now)
        others = len(items) - len(alarms)
        self.no_deadline.setVisible(not alarms)
        self.confirm.setVisible(bool(alarms))
        self.info.setText(QCoreApplication.translate(
            "Today", "Also %n date(s) for information (the longest detention, the next "
            "request): see Deadlines (Ctrl+D).", "", others) if others else "")
        self.info.setVisible(bool(others))
        for index, item in enumerate(alarms):
            yield
            row = DeadlineItem(item)
            row.activated.connect(
                lambda i=item: self.open_deadline.emit(i.deadline.case_id, i.deadline.id))
            row.update_time(now)
            self._place(self.deadline_box, self.deadline_rows, index, item.deadline.id, row)
        self.deadline_rows = self._keep(self.deadline_rows, [i.deadline.id for i in alarms])
        for index, step in enumerate(steps):
            yield
            step_row = StepItem(step, self.procedure)
            step_row.activated.connect(lambda c=step.case_id: self.open_step.emit(c))
            step_row.update_time(now)
            self._place(self.step_box, self.step_rows, index, step.case_id, step_row)
        self.step_rows = self._keep(self.step_rows, [s.case_id for s in steps])
        if steps:
            self.no_step.hide()
        else:
            self.no_step.setText(translate("Today", "No case is waiting for a step from you.")
                                 if total else translate(
                "Today", "No case yet. Start one with New case (Ctrl+N)."))
            self.no_step.show()
        hidden = total - len(ids)
        self.more.setText(QCoreApplication.translate(
            "Today", "%n more open case(s) not looked at here: see the case list.", "",
            hidden) if hidden > 0 else "")
        self.more.setVisible(hidden > 0)

    def _place(self, box: QVBoxLayout, rows: dict[int, TRow], index: int, key: int,
               row: TRow) -> None:
        """``row`` shown at ``index`` of ``box``, in place of the old row of ``key``."""
        old = rows.pop(key, None)
        if old is not None:
            _drop(old)
        box.insertWidget(index, row)
        row.show()  # now, not in a later event: the first may take the focus at once
        rows[key] = row

    @staticmethod
    def _keep(rows: dict[int, TRow], keys: list[int]) -> dict[int, TRow]:
        """Only the rows of ``keys``, in their order; the others dropped."""
        for key in set(rows) - set(keys):
            _drop(rows.pop(key))
        return {key: rows[key] for key in keys}

    def _built(self) -> None:
        self.refresh_times()
        self.area.verticalScrollBar().setValue(0)
        self.timer.start()
        waits, self._focus_waits = self._focus_waits, False
        if waits and self.isVisible() and self.window().focusWidget() is self.area:
            self.focus_first()  # asked while the rows were being added, and not moved since

    def refresh_times(self) -> None:
        now = self.clock()
        local = now.astimezone(BRUSSELS).date()
        self.date.setText(QLocale().toString(QDate(local.year, local.month, local.day),
                                             LONG_DATE) if self.vault is not None else "")
        for row in self.deadline_rows.values():
            row.update_time(now)
        for step in self.step_rows.values():
            step.update_time(now)

    def rows(self) -> list[TodayRow]:
        """Every row, in the order shown (most urgent first)."""
        return [*self.deadline_rows.values(), *self.step_rows.values()]

    def focus_first(self) -> None:
        """The first row takes the focus (once the rows are there, if the focus has not
        moved meanwhile)."""
        if self._work is not None:
            self._focus_waits = True  # the page holds it meanwhile
            self.area.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        rows = self.rows()
        if rows:
            rows[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _drop_rows(self) -> None:
        for row in self.rows():
            _drop(row)
        self.deadline_rows, self.step_rows = {}, {}

    def clear(self) -> None:
        """Forget everything (on lock)."""
        if self._work is not None:
            self._work.close()  # the rows made so far, with their names, go with it
        self._work, self._focus_waits = None, False
        self._generation += 1
        self.timer.stop()
        self.vault = None
        self._drop_rows()
        self.date.clear()
        for label in (self.info, self.no_step, self.more):
            label.clear()
            label.hide()
        self.confirm.hide()
        self.no_deadline.show()


class Home:
    """The feature, for the shell to place: the page and its action (Today, Ctrl+H)."""

    def __init__(self, host: Host) -> None:
        window = host.window()
        self.page = TodayPage()
        self.stale = False
        self.action = QAction(translate("Today", "Today"), window)
        self.action.setObjectName("home_action")
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.setToolTip(translate(
            "Today", "Every running deadline and the steps waiting for you, most urgent "
            "first (Ctrl+H)"))
        self.action.setEnabled(False)
        host.vault_opened.connect(self.opened)
        host.changed.connect(self.changed)
        host.locked.connect(self.locked)

    def opened(self, vault: Vault) -> None:
        self.action.setEnabled(True)
        self.page.show_vault(vault)

    def changed(self, changes: Changes) -> None:
        if self.page.vault is None:
            return
        if changes.deadlines or changes.case_list or changes.timeline or changes.case:
            if self.page.isVisible():
                self.page.refresh_soon()
            else:
                self.stale = True  # refreshed when shown again

    def shown(self) -> None:
        """The page is shown again: as stored now, the time left as of now."""
        if self.page.vault is None:
            return
        if self.stale:
            self.stale = False
            self.page.refresh_soon()
        else:
            self.page.refresh_times()

    def locked(self) -> None:
        self.action.setEnabled(False)
        self.stale = False
        self.page.clear()


def install(host: Host) -> Home:
    """The home screen; :mod:`ui.features` gives its page and action to the main window."""
    return Home(host)
