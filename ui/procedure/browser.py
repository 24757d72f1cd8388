"""The whole procedure: every phase and step, with where this case stands on each.

A step can be marked done, skipped or reopened here (a ``step`` event on the
timeline; the latest mark wins).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from locator.model.events import Mark, StepMarked, record
from locator.procedure.guide import Procedure, Progress, StepState
from locator.storage.vault import Vault
from ui.common.a11y import named
from ui.common.i18n import translate
from ui.common.screens import fit_to_screen
from ui.common.theme import colours, follow, styled
from ui.procedure.step_panel import plain_label, ptr

STEP_ROLE = Qt.ItemDataRole.UserRole
STATE_ROLE = Qt.ItemDataRole.UserRole + 1


def state_colour(state: StepState) -> str:
    """A step's colour in the list, in the app's colour scheme (the words say it too)."""
    look = colours()
    return {StepState.CURRENT: look.link, StepState.DONE: look.ok,
            StepState.SKIPPED: look.faint, StepState.UPCOMING: look.text,
            StepState.NOT_APPLICABLE: look.faint}[state]


def state_text(state: StepState, anytime: bool = False) -> str:
    if anytime and state is StepState.UPCOMING:
        return translate("ProcedureBrowser", "any time")
    return {StepState.CURRENT: translate("ProcedureBrowser", "▶ now"),
            StepState.DONE: translate("ProcedureBrowser", "✓ done"),
            StepState.SKIPPED: translate("ProcedureBrowser", "skipped"),
            StepState.UPCOMING: translate("ProcedureBrowser", "later"),
            StepState.NOT_APPLICABLE: translate("ProcedureBrowser", "does not apply now")}[state]


class ProcedureBrowser(QDialog):
    """Every step; selecting one shows what to do and why. Emits :attr:`changed` after a mark."""

    changed = Signal()

    def __init__(self, procedure: Procedure, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("procedure_browser")
        self.setWindowTitle(self.tr("The whole procedure"))
        self.procedure = procedure
        self.vault: Vault | None = None
        self.case_id: int | None = None
        self.tree = QTreeWidget()
        self.tree.setObjectName("procedure_steps")
        named(self.tree, self.tr("The whole procedure"))
        self.tree.setHeaderLabels([self.tr("Step"), self.tr("For this case")])
        self.tree.setColumnWidth(0, 420)
        self.tree.currentItemChanged.connect(lambda _new, _old: self._show_selected())
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        self.title = plain_label("procedure_step_title")
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.do = plain_label("procedure_step_do")
        self.why = plain_label("procedure_step_why")
        self.cautions = plain_label("procedure_step_warnings")
        styled(self.cautions, "color: $warning_fg;")
        for label in (self.title, self.do, self.why, self.cautions):
            detail_layout.addWidget(label)
        detail_layout.addStretch()
        marks = QHBoxLayout()
        self.mark_buttons: dict[Mark, QPushButton] = {}
        for mark, text in ((Mark.DONE, self.tr("Mark as done")),
                           (Mark.SKIPPED, self.tr("Skip")),
                           (Mark.UNDONE, self.tr("Open again"))):
            button = QPushButton(text)
            button.setObjectName(f"procedure_mark_{mark.value}")
            button.clicked.connect(lambda _c=False, m=mark: self.mark(m))
            marks.addWidget(button)
            self.mark_buttons[mark] = button
        detail_layout.addLayout(marks)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        fit_to_screen(self, 1000, 640)
        follow(self, self._recolour)

    def _colour(self, item: QTreeWidgetItem) -> None:
        value = item.data(0, STATE_ROLE)
        if value is not None:
            brush = QBrush(QColor(state_colour(StepState(value))))
            item.setForeground(0, brush)
            item.setForeground(1, brush)

    def _recolour(self) -> None:
        for top in range(self.tree.topLevelItemCount()):
            phase = self.tree.topLevelItem(top)
            if phase is None:
                continue
            for index in range(phase.childCount()):
                child = phase.child(index)
                if child is not None:
                    self._colour(child)

    def show_progress(self, vault: Vault | None, case_id: int, progress: Progress) -> None:
        self.vault, self.case_id = vault, case_id
        self.tree.clear()
        states = {item.step.id: item.state for item in progress.steps}
        current: QTreeWidgetItem | None = None
        for phase in self.procedure.phases:
            top = QTreeWidgetItem([f"{phase.number}. {ptr(phase.title)}", ptr(phase.summary)])
            font = QFont(top.font(0))
            font.setBold(True)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            for step in self.procedure.steps_in(phase.id):
                state = states[step.id]
                child = QTreeWidgetItem([ptr(step.title), state_text(state, step.anytime)])
                child.setData(0, STEP_ROLE, step.id)
                child.setData(0, STATE_ROLE, state.value)
                self._colour(child)
                if state is StepState.CURRENT:
                    bold = QFont(child.font(0))
                    bold.setBold(True)
                    child.setFont(0, bold)
                    child.setFont(1, bold)
                    current = child
                top.addChild(child)
            top.setExpanded(True)
        if current is not None:
            self.tree.setCurrentItem(current)
        self._show_selected()

    def selected_step(self) -> str | None:
        item = self.tree.currentItem()
        value = item.data(0, STEP_ROLE) if item is not None else None
        return value if isinstance(value, str) else None

    def _show_selected(self) -> None:
        step_id = self.selected_step()
        for button in self.mark_buttons.values():
            button.setEnabled(step_id is not None and self.case_id is not None)
        if step_id is None:
            for label in (self.title, self.do, self.why, self.cautions):
                label.clear()
            return
        step = self.procedure.step(step_id)
        self.title.setText(ptr(step.title))
        self.do.setText(ptr(step.do))
        self.why.setText(self.tr("Why: {why}").format(why=ptr(step.why)))
        self.cautions.setText("\n".join("⚠ " + ptr(c.text) for c in step.cautions))

    def mark(self, mark: Mark) -> None:
        step_id = self.selected_step()
        if step_id is None or self.vault is None or self.case_id is None:
            return
        record(self.vault, self.case_id, StepMarked(step_id, mark))
        self.changed.emit()

    def clear(self) -> None:
        self.tree.clear()
        self.vault, self.case_id = None, None
        for label in (self.title, self.do, self.why, self.cautions):
            label.clear()
