"""Importing from a copy: the per-case choice (keep both / keep mine / take theirs) and
the report of what was done."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from locator.storage.merge import Incoming, MergePlan, MergeReport, Resolution
from ui.common.i18n import translate
from ui.common.prompts import exec_until_locked
from ui.common.screens import fit_to_screen


def resolution_labels() -> dict[Resolution, str]:
    return {Resolution.KEEP_BOTH: translate("MergeDialog", "Keep both (check later)"),
            Resolution.KEEP_MINE: translate("MergeDialog", "Keep mine, leave theirs out"),
            Resolution.TAKE_THEIRS: translate(
                "MergeDialog", "Take theirs (records are added, never removed)")}


class MergeChoicesDialog(QDialog):
    """One row per case of the copy that matches one of ours and differs from it."""

    def __init__(self, parent: QWidget | None, plan: MergePlan) -> None:
        super().__init__(parent)
        self.setObjectName("merge_choices")
        self.setWindowTitle(self.tr("Cases found in both vaults"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "These cases of the copy seem to be people you already have, but what is written "
            "differs. Nothing of yours is replaced unless you choose “Take theirs”. "
            "With “Keep both”, the copy's version is added as a separate case, marked as a "
            "possible duplicate on its timeline, so you can compare them later."))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        conflicts = plan.conflicts
        self.table = QTableWidget(len(conflicts), 4)
        self.table.setTabKeyNavigation(False)  # Tab leaves; arrows move in it
        self.table.setObjectName("merge_choices_table")
        self.table.setHorizontalHeaderLabels([self.tr("In the copy"), self.tr("Here"),
                                              self.tr("Changed last"), self.tr("What to do")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.
                                                           ResizeToContents)
        self.choices: dict[int, QComboBox] = {}
        labels = resolution_labels()
        for row, item in enumerate(conflicts):
            self._row(row, item, labels)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        go = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        go.setObjectName("merge_import")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, 820, 360)

    def _row(self, row: int, item: Incoming, labels: dict[Resolution, str]) -> None:
        here = self.tr("case {n}: {name}").format(n=item.mine_id, name=item.mine_name)
        newer = self.tr("the copy") if item.theirs_newer else self.tr("here")
        for column, text in enumerate((item.name, here, newer)):
            self.table.setItem(row, column, QTableWidgetItem(text))
        combo = QComboBox()
        combo.setObjectName(f"merge_choice_{item.their_id}")
        for resolution, text in labels.items():
            combo.addItem(text, resolution.value)
        self.table.setCellWidget(row, 3, combo)
        self.choices[item.their_id] = combo

    def resolutions(self) -> dict[int, Resolution]:
        return {their_id: Resolution(combo.currentData())
                for their_id, combo in self.choices.items()}

    def clear(self) -> None:
        self.table.clearContents()
        self.table.setRowCount(0)
        self.choices.clear()


def choose_resolutions(parent: QWidget | None, plan: MergePlan) -> dict[int, Resolution] | None:
    dialog = MergeChoicesDialog(parent, plan)
    try:
        if exec_until_locked(dialog, parent) != QDialog.DialogCode.Accepted:
            return None
        return dialog.resolutions()
    finally:
        dialog.clear()  # names leave the widgets at once
        dialog.deleteLater()


def report_text(report: MergeReport, names: bool = True) -> str:
    """What an import did, in words; names only where the person has to act (and only
    with ``names``)."""
    lines = [translate("MergeDialog", "The import is finished."),
             translate("MergeDialog", "New cases added: {n}").format(n=len(report.added))]
    if report.kept_both:
        lines.append(translate(
            "MergeDialog", "Kept side by side with one of yours, to compare (each says "
            "“possible duplicate” on its timeline): {n}").format(n=len(report.kept_both)))
        lines += [translate(
            "MergeDialog", "  • case {new}, possibly the same person as case {old} ({name})")
            .format(new=new, old=old, name=name) for new, old, name in report.kept_both if names]
    if report.taken_theirs:
        lines.append(translate("MergeDialog", "Taken from the copy: {n}").format(
            n=len(report.taken_theirs)))
    if report.kept_mine:
        lines.append(translate("MergeDialog", "Left out, yours kept: {n}").format(
            n=len(report.kept_mine)))
    lines.append(translate("MergeDialog", "Already here, skipped: {n}").format(
        n=len(report.skipped_identical)))
    return "\n".join(lines)
