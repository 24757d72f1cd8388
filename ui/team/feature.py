"""The team in the main window: "Share with a team…" in the Vault menu, "Share this case
with the team" for the open case, and the team folder read on unlock and whenever a
member's file arrives (off the UI thread; one sync at a time)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction

from locator.model.errors import LocatorError
from locator.storage import team as team_db
from locator.storage.vault import Vault
from ui.common.prompts import error_text, exec_until_locked
from ui.common.worker import run_in_background
from ui.host import Host
from ui.ops import Changes

if TYPE_CHECKING:  # the team's code (libsodium…) is imported on first use: issue 18
    from ui.team.dialog import TeamWatcher

#: how long after the last change in the folder the sync starts (files arrive in bursts)
SETTLE_MS = 1000


class TeamFeature(QObject):
    def __init__(self, host: Host) -> None:
        super().__init__(host.window())
        self.host = host
        self.watcher: TeamWatcher | None = None
        self._busy = False
        self._again = False  # a change came during a sync: one more after it
        self.team_action = QAction(self.tr("Share with a team…"), host.window())
        self.team_action.setObjectName("action_team")
        self.team_action.triggered.connect(self.open_dialog)
        self.share_action = QAction(self.tr("Share this case with the team"), host.window())
        self.share_action.setObjectName("action_share_case")
        self.share_action.triggered.connect(self.share_current_case)
        self.share_action.setEnabled(False)
        host.add_tool_action(self.share_action, "case")
        # in the Vault menu, above the backups (easy to find); without one (no vault
        # controller: some tests), in View
        vault_menu: Any = getattr(host.window(), "vault_menu", None)
        if vault_menu is not None:
            vault_menu.menu.insertAction(vault_menu.backup_action, self.team_action)
            vault_menu.menu.insertSeparator(vault_menu.backup_action)
        else:
            host.add_tool_action(self.team_action, "view")
        host.vault_opened.connect(self._opened)
        host.vault_closing.connect(self._closing)
        host.case_shown.connect(lambda case: self._update_share())

    # -- the folder ---------------------------------------------------------------

    def _opened(self, vault: Vault) -> None:
        self._update_share()
        if team_db.in_team(vault.con):
            self._watch(vault)
            self.sync_soon()

    def _watch(self, vault: Vault) -> None:
        if self.watcher is None:
            from ui.team.dialog import TeamWatcher

            # the watcher only says when: the sync itself runs here, off the UI thread
            self.watcher = TeamWatcher(vault, self, on_change=self.sync_soon)

    def _closing(self, vault: Vault, for_good: bool) -> None:
        if self.watcher is not None:
            self.watcher.deleteLater()
            self.watcher = None
        self._again = False
        self.share_action.setEnabled(False)

    @property
    def idle(self) -> bool:
        """No sync running and none waiting to run."""
        return not self._busy and not self._again

    def sync_soon(self) -> None:
        """Read the others' streams and write this device's: once at a time; a change that
        comes during a sync starts one more after it."""
        vault = self.host.vault
        if vault is None or not team_db.in_team(vault.con):
            return
        if self._busy:
            self._again = True
            return
        self._busy = True

        def done(report: Any) -> None:
            self._busy = False
            if self.host.vault is not vault:
                return  # locked meanwhile: nothing to show
            if self.watcher is not None:
                self.watcher.rewatch()
            changes = getattr(report, "changes", 0)
            refused = getattr(report, "refused", ())
            if refused:
                self.host.show_status(error_text(refused[0]))
            elif changes:
                self.host.show_status(self.tr("%n change(s) from the team applied.", "",
                                              changes))
            self.host.report(Changes.everything())
            if self._again:
                QTimer.singleShot(SETTLE_MS, self, self._sync_again)

        def failed(err: BaseException) -> None:
            self._busy = False
            self._again = False
            if self.host.vault is vault:
                self.host.show_status(error_text(err))

        from locator.team import sync

        run_in_background(lambda: sync.sync(vault), done, failed)

    def _sync_again(self) -> None:
        self._again = False
        self.sync_soon()

    # -- actions ------------------------------------------------------------------

    def open_dialog(self) -> None:
        vault = self.host.vault
        if vault is None:
            return
        from ui.team.dialog import TeamDialog

        dialog = TeamDialog(self.host.window(), vault)
        dialog.team_changed.connect(lambda: self._team_changed(vault))
        exec_until_locked(dialog, self.host.window())

    def _team_changed(self, vault: Vault) -> None:
        if self.host.vault is vault:
            if team_db.in_team(vault.con):
                self._watch(vault)
            self._update_share()
            self.host.report(Changes.everything())

    def _update_share(self) -> None:
        vault = self.host.vault
        self.share_action.setEnabled(vault is not None and self.host.current_case_id is not None
                                     and team_db.in_team(vault.con))

    def share_current_case(self) -> None:
        vault, case_id = self.host.vault, self.host.current_case_id
        if vault is None or case_id is None or not self.host.resolve_unsaved():
            return
        from locator.team import members

        try:
            members.share_case(vault, case_id)
        except LocatorError as err:
            self.host.show_status(error_text(err))
            return
        self.host.show_status(self.tr("Shared with the team: sending it now."))
        self.sync_soon()


def install(host: Host) -> TeamFeature:
    return TeamFeature(host)
