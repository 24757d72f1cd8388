"""“Share with a team…”: create or join a team bound to a synced folder, invite a member
(code + QR code), see who has what, and settle conflicts (both values, who wrote them).

Slow work (joining derives a key with Argon2id and applies the team's history; a sync)
runs off the UI thread (:func:`ui.common.worker.run_in_background`). A folder watcher
syncs when another member's file arrives.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QFileSystemWatcher, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from locator.model.errors import LocatorError
from locator.storage import team as db
from locator.storage.vault import Vault
from locator.team import invitation, members, status, sync
from locator.team.sync import STREAMS, SyncReport
from ui.common import filedialogs
from ui.common.i18n import error_text
from ui.common.worker import run_in_background


def ask_folder(parent: QWidget | None, title: str) -> Path | None:
    """A folder, through Qt's own dialog that leaves no history (ui.common.filedialogs)."""
    return filedialogs.ask_folder(parent, title)


def in_team(vault: Vault) -> bool:
    return db.in_team(vault.con)


def _value_text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


class TeamWatcher(QObject):
    """Syncs when the team folder changes (a member's file arrived), a second after the
    last change; ``synced`` carries the report, ``failed`` the error."""

    synced = Signal(object)
    failed = Signal(object)

    def __init__(self, vault: Vault, parent: QObject | None = None,
                 on_change: Callable[[], None] | None = None) -> None:
        """``on_change``: what to do once the folder settles (default: :meth:`sync_now`
        here; the main window syncs off the UI thread instead)."""
        super().__init__(parent)
        self.vault = vault
        self._watcher = QFileSystemWatcher(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(on_change or self.sync_now)
        self._watcher.directoryChanged.connect(lambda _path: self._timer.start())
        self.rewatch()

    def rewatch(self) -> None:
        if not in_team(self.vault):
            return
        root = Path(sync.Team.load(self.vault).folder) / STREAMS
        paths = [str(root), *(str(p) for p in root.iterdir() if p.is_dir())] \
            if root.is_dir() else []
        missing = [p for p in paths if p not in self._watcher.directories()]
        if missing:
            self._watcher.addPaths(missing)

    def sync_now(self) -> None:
        try:
            report = sync.sync(self.vault)
        except LocatorError as err:
            self.failed.emit(err)
            return
        self.rewatch()
        self.synced.emit(report)


class TeamDialog(QDialog):
    """Set-up (create or join) when the vault has no team; the team's status otherwise."""

    team_changed = Signal()

    def __init__(self, parent: QWidget | None, vault: Vault) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setObjectName("team_dialog")
        self.setWindowTitle(self.tr("Share with a team"))
        self.busy = False
        layout = QVBoxLayout(self)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._setup_page())
        self.pages.addWidget(self._status_page())
        layout.addWidget(self.pages)
        self.message = QLabel()
        self.message.setObjectName("team_message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    # -- set-up -----------------------------------------------------------------------

    def _setup_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(self.tr(
            "Pick a folder that a sync program (Syncthing, Nextcloud, a shared drive) keeps "
            "the same on every member's computer. Locator writes only encrypted files there: "
            "whoever runs the folder cannot read them. Only cases you share, whose person "
            "agreed to share with referents, are ever written."))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        self.create_choice = QRadioButton(self.tr("Create a new team"))
        self.create_choice.setObjectName("team_create")
        self.join_choice = QRadioButton(self.tr("Join a team with an invitation code"))
        self.join_choice.setObjectName("team_join")
        group = QButtonGroup(page)
        group.addButton(self.create_choice)
        group.addButton(self.join_choice)
        self.create_choice.setChecked(True)
        layout.addWidget(self.create_choice)
        layout.addWidget(self.join_choice)
        form = QFormLayout()
        row = QHBoxLayout()
        self.folder = QLineEdit()
        self.folder.setObjectName("team_folder")
        choose = QPushButton(self.tr("Choose…"))
        choose.setObjectName("team_choose_folder")
        choose.clicked.connect(self._choose_folder)
        row.addWidget(self.folder)
        row.addWidget(choose)
        form.addRow(self.tr("Team folder"), row)
        self.member_name = QLineEdit()
        self.member_name.setObjectName("team_member_name")
        form.addRow(self.tr("Your name in the team"), self.member_name)
        self.code = QLineEdit()
        self.code.setObjectName("team_code")
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX")
        self.code_label = QLabel(self.tr("Invitation code"))
        form.addRow(self.code_label, self.code)
        layout.addLayout(form)
        self.start = QPushButton(self.tr("Start sharing"))
        self.start.setObjectName("team_start")
        self.start.clicked.connect(self._start)
        layout.addWidget(self.start)
        self.join_choice.toggled.connect(self._show_code)
        self._show_code(False)
        return page

    def _show_code(self, joining: bool) -> None:
        self.code.setVisible(joining)
        self.code_label.setVisible(joining)

    def _choose_folder(self) -> None:
        chosen = ask_folder(self, self.tr("The team folder"))
        if chosen is not None:
            self.folder.setText(str(chosen))

    def _start(self) -> None:
        folder = Path(self.folder.text().strip())
        name = self.member_name.text().strip()
        if not self.folder.text().strip() or not name:
            self.message.setText(self.tr("Give the team folder and your name."))
            return
        if self.join_choice.isChecked():
            code = self.code.text()
            self._run(lambda: members.join(self.vault, folder, code, name),
                      self.tr("Joined the team. Every shared case is here now."))
        else:
            self._run(lambda: members.create_team(self.vault, folder, name),
                      self.tr("The team is made. Invite the other members."))

    # -- status -------------------------------------------------------------------------

    def _status_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.summary = QLabel()
        self.summary.setObjectName("team_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.summary)
        self.members_table = QTableWidget(0, 3)
        self.members_table.setObjectName("team_members")
        self.members_table.setHorizontalHeaderLabels(
            [self.tr("Member"), self.tr("Last seen"), self.tr("Has this device's changes")])
        self.members_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.members_table)
        self.cases_table = QTableWidget(0, 3)
        self.cases_table.setObjectName("team_cases")
        self.cases_table.setHorizontalHeaderLabels(
            [self.tr("Shared case"), self.tr("Last changed by"), self.tr("When")])
        self.cases_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.cases_table)
        layout.addWidget(QLabel(self.tr("Conflicts: the same field changed on two devices")))
        self.conflicts_table = QTableWidget(0, 4)
        self.conflicts_table.setObjectName("team_conflicts")
        self.conflicts_table.setHorizontalHeaderLabels(
            [self.tr("Case, field"), self.tr("Kept (everyone has it)"), self.tr("Other value"),
             self.tr("Written by")])
        self.conflicts_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflicts_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflicts_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        layout.addWidget(self.conflicts_table)
        row = QHBoxLayout()
        self.keep = QPushButton(self.tr("Keep the value everyone has"))
        self.keep.setObjectName("conflict_keep")
        self.keep.clicked.connect(lambda: self._choose(False))
        self.take_other = QPushButton(self.tr("Take the other value"))
        self.take_other.setObjectName("conflict_take_other")
        self.take_other.clicked.connect(lambda: self._choose(True))
        row.addWidget(self.keep)
        row.addWidget(self.take_other)
        layout.addLayout(row)
        row = QHBoxLayout()
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.setObjectName("team_sync")
        self.sync_button.clicked.connect(self._sync)
        self.invite_button = QPushButton(self.tr("Invite a member…"))
        self.invite_button.setObjectName("team_invite")
        self.invite_button.clicked.connect(self._invite)
        row.addWidget(self.sync_button)
        row.addWidget(self.invite_button)
        layout.addLayout(row)
        self.invite_code = QLabel()
        self.invite_code.setObjectName("team_invite_code")
        self.invite_code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.invite_qr = QLabel()
        self.invite_qr.setObjectName("team_invite_qr")
        layout.addWidget(self.invite_code)
        layout.addWidget(self.invite_qr)
        self._conflict_ids: list[int] = []
        return page

    def refresh(self) -> None:
        if not in_team(self.vault):
            self.pages.setCurrentIndex(0)
            return
        self.pages.setCurrentIndex(1)
        found = status.status(self.vault)
        lines = []
        if found.removed:
            lines.append(self.tr("This device was removed from the team: it no longer writes "
                                 "or reads changes. What it had stays here."))
        if found.has_unshared_changes:
            lines.append(self.tr("This device has changes no one else has yet."))
        else:
            lines.append(self.tr("Every other member has this device's changes."))
        lines.append(self.tr("Shared cases: %1").replace("%1", str(len(found.cases))))
        self.summary.setText("\n".join(lines))
        others = found.members
        self.members_table.setRowCount(len(others))
        for row, m in enumerate(others):
            name = m.name + (self.tr(" (this device)") if m.this_device else "")
            seen = m.last_seen.astimezone().strftime("%Y-%m-%d %H:%M") if m.last_seen else \
                self.tr("never")
            has = self.tr("removed") if m.removed else (
                self.tr("yes") if m.has_all_mine else self.tr("not yet"))
            for col, text in enumerate((name, seen if not m.this_device else "", has)):
                self.members_table.setItem(row, col, QTableWidgetItem(text))
        self.cases_table.setRowCount(len(found.cases))
        for row, shared in enumerate(found.cases):
            name = self._case_name(shared.case_id)
            when = shared.changed_at.astimezone().strftime("%Y-%m-%d %H:%M") \
                if shared.changed_at else ""
            for col, text in enumerate((name, shared.changed_by, when)):
                self.cases_table.setItem(row, col, QTableWidgetItem(text))
        self.conflicts_table.setRowCount(len(found.conflicts))
        self._conflict_ids = [c.id for c in found.conflicts]
        for row, c in enumerate(found.conflicts):
            texts = (self.tr("case %1, %2").replace("%1", self._case_name(c.case_id))
                     .replace("%2", c.field),
                     _value_text(c.kept), _value_text(c.other),
                     f"{c.kept_by} / {c.other_by}")
            for col, text in enumerate(texts):
                self.conflicts_table.setItem(row, col, QTableWidgetItem(text))
        if found.conflicts and not self.conflicts_table.selectedItems():
            self.conflicts_table.selectRow(0)
        enabled = bool(found.conflicts)
        self.keep.setEnabled(enabled)
        self.take_other.setEnabled(enabled)

    def _case_name(self, case_id: int | None) -> str:
        if case_id is None:
            return ""
        try:
            shown = self.vault.get_case(case_id).display_name()
        except LocatorError:
            return str(case_id)
        return f"{case_id} · {shown}" if shown else str(case_id)

    def _choose(self, take_other: bool) -> None:
        row = self.conflicts_table.currentRow()
        if not 0 <= row < len(self._conflict_ids):
            return
        conflict_id = self._conflict_ids[row]
        self._run(lambda: status.choose(self.vault, conflict_id, take_other),
                  self.tr("Settled. The other members get it at their next sync."))

    def _sync(self) -> None:
        self._run(lambda: sync.sync(self.vault), "")

    def _invite(self) -> None:
        try:
            code = members.invite(self.vault)
        except LocatorError as err:
            self.message.setText(error_text(err))
            return
        self.invite_code.setText(self.tr("Read this code to the new member, once: %1")
                                 .replace("%1", code))
        pixmap = QPixmap()
        pixmap.loadFromData(invitation.qr_png(code))
        self.invite_qr.setPixmap(pixmap)

    # -- background work --------------------------------------------------------------

    def _run(self, work: Any, done_text: str) -> None:
        self.busy = True
        self.start.setEnabled(False)
        self.sync_button.setEnabled(False)
        self.message.setText(self.tr("Working…"))

        def ok(result: object) -> None:
            self.busy = False
            self.start.setEnabled(True)
            self.sync_button.setEnabled(True)
            text = done_text
            if isinstance(result, SyncReport):
                text = (text + " " if text else "") + self.tr(
                    "Applied %n change(s) from other members.", "", result.changes) + " " \
                    + self.tr("Wrote %n change(s) from this device.", "", result.published)
                if result.refused:
                    text += "\n" + "\n".join(error_text(r) for r in result.refused)
            self.message.setText(text)
            self.refresh()
            self.team_changed.emit()

        def failed(err: BaseException) -> None:
            self.busy = False
            self.start.setEnabled(True)
            self.sync_button.setEnabled(True)
            self.message.setText(error_text(err))

        run_in_background(work, ok, failed)
