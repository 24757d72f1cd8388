"""Keep less: close a case (kept, out of the list), reopen it, or purge it for good.

A closed case that is shown gets a banner above the editor saying so, with
"Reopen" and "Purge…". "Show closed cases" lists them again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QPushButton

from locator.model.cases import Case
from locator.model.errors import LocatorError
from locator.storage.merge import is_closed
from locator.storage.vault import Vault
from ui.common.prompts import Jobs, Prompts, error_text
from ui.common.theme import styled
from ui.host import Host
from ui.ops import Changes, close_case


class CaseMenu(QObject):
    """The Case menu and the closed-case banner of one main window."""

    def __init__(self, host: Host, prompts: Prompts, jobs: Jobs) -> None:
        window = host.window()
        super().__init__(window)
        self.host, self.window = host, window
        self.prompts = prompts
        self.jobs = jobs
        self.menu: QMenu = host.case_actions  # the main window's Case menu
        self.close_action = self._action("close_case", self.tr("Close case"), self.close_case)
        self.close_action.setToolTip(self.tr("Hide this case from the list; everything is "
                                             "kept and it can be reopened."))
        self.reopen_action = self._action("reopen_case", self.tr("Reopen case"),
                                          self.reopen_case)
        self.purge_action = self._action("purge_case", self.tr("Purge case…"), self.purge_case)
        self.menu.addSeparator()
        self.show_closed = self._action("show_closed", self.tr("Show closed cases"),
                                        self.toggle_closed)
        self.show_closed.setCheckable(True)
        self.banner = self._banner()
        host.add_case_header(self.banner)
        host.case_shown.connect(self.shown)
        host.changed.connect(self._changed)
        host.locked.connect(self.locked)
        self.shown(None)

    def _action(self, name: str, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        self.menu.addAction(action)
        return action

    def _banner(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("closed_case_banner")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        styled(frame, "#closed_case_banner { background: $banner_bg; }"
                      " #closed_case_banner QLabel { color: $banner_fg; }")
        row = QHBoxLayout(frame)
        text = QLabel(self.tr("This case is closed: it is kept, but hidden from the list."))
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        row.addWidget(text, 1)
        for name, label, slot in (("banner_reopen", self.tr("Reopen"), self.reopen_case),
                                  ("banner_purge", self.tr("Purge…"), self.purge_case)):
            button = QPushButton(label)
            button.setObjectName(name)
            button.clicked.connect(slot)
            row.addWidget(button)
        frame.hide()
        return frame

    # -- state ---------------------------------------------------------------------------

    def _closed(self) -> bool | None:
        """Whether the case shown is closed; None when no saved case is shown."""
        vault, case_id = self.host.vault, self.host.current_case_id
        if vault is None or case_id is None:
            return None
        try:
            return is_closed(vault, case_id)
        except LocatorError:
            return None

    def _changed(self, changes: Changes) -> None:
        if changes.case and changes.touches(self.host.current_case_id):
            self.shown(None)

    def shown(self, _case: Case | None = None) -> None:
        closed = self._closed()
        self.close_action.setEnabled(closed is False)
        self.reopen_action.setEnabled(closed is True)
        self.purge_action.setEnabled(closed is True)
        self.show_closed.setEnabled(self.host.vault is not None)
        self.banner.setVisible(closed is True)

    def locked(self) -> None:
        self.show_closed.setChecked(False)
        self.host.set_include_closed(False)
        self.shown(None)

    def toggle_closed(self) -> None:
        self.host.set_include_closed(self.show_closed.isChecked())

    # -- actions -------------------------------------------------------------------------

    def close_case(self) -> bool:
        return self._set_closed(True)

    def reopen_case(self) -> bool:
        return self._set_closed(False)

    def _set_closed(self, closed: bool) -> bool:
        vault, case_id = self.host.vault, self.host.current_case_id
        if vault is None or case_id is None or self._closed() is closed:
            return False
        if not self.host.resolve_unsaved():
            return False
        try:
            self.host.run(lambda vault: close_case(vault, case_id, closed))
        except LocatorError as err:
            self.prompts.warn(self.window, self.tr("Not changed"), error_text(err))
            return False
        self.shown(None)
        self.host.show_status(
            self.tr("Case closed. It no longer shows in the list; Case → Show closed cases "
                    "finds it again.") if closed else self.tr("Case reopened."), 10000)
        return True

    def purge_case(self) -> bool:
        vault, case_id = self.host.vault, self.host.current_case_id
        if vault is None or case_id is None or self._closed() is not True or self.jobs.running:
            return False
        if not self.prompts.confirm(
                self.window, self.tr("Purge case"),
                self.tr("Purge this case for good?"), self.tr("Purge"),
                self.tr("Everything about this person — details, timeline, photos and scans, "
                        "deadlines — is deleted from the vault and the file is rewritten, so "
                        "it cannot be recovered from it. This cannot be undone.\n\nBackups "
                        "and copies made before still contain the case: erase or replace them "
                        "if it must be gone from them too.")):
            return False
        self.host.forget_case()  # nothing of it may stay in the form or come back as draft
        path, key = vault.path, vault.key

        def work() -> None:
            with Vault.open(path, key) as own:  # the file is rewritten off the UI thread
                own.purge_case(case_id)

        def done(_none: None) -> None:
            self.host.refresh_list()
            self.host.show_status(self.tr("Case purged."), 8000)

        def failed(err: BaseException) -> None:
            self.host.refresh_list()
            self.prompts.warn(self.window, self.tr("Not purged"), error_text(err))

        return self.jobs.run(self.tr("Purging…"), work, done, failed)


def install(host: Host, prompts: Prompts, jobs: Jobs) -> CaseMenu:
    return CaseMenu(host, prompts, jobs)
