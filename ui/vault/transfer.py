"""Moving cases between referents: an encrypted copy under another passphrase, and
importing the cases of such a copy (a merge that never overwrites silently)."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from locator.brief.consent import COPY_RECIPIENTS, ShareCheck, share_check
from locator.model.errors import LocatorError
from locator.storage.backup import export_copy
from locator.storage.errors import WrongPassphrase
from locator.storage.kdf import derive_key
from locator.storage.merge import MergePlan, MergeReport, Resolution, apply_merge, plan_merge
from locator.storage.vault import Vault, read_salt
from ui.common.consent import confirm_share
from ui.common.prompts import Jobs, Prompts, error_text
from ui.host import Host
from ui.ops import Changes
from ui.vault.merge_dialog import report_text


class SamePassphrase(LocatorError):
    template = ("Choose a passphrase different from your vault's: the copy is for someone "
                "else, who must not be able to open your vault.")


class TransferMenu(Protocol):
    """What export and import use of :class:`ui.vault.menu.VaultMenu`."""

    host: Host
    window: QWidget
    prompts: Prompts
    jobs: Jobs

    def vault_filter(self) -> str: ...


class VaultTransfer(QObject):
    """Export and import, for the Vault menu (its prompts and jobs)."""

    def __init__(self, menu: TransferMenu) -> None:
        super().__init__(menu.window)
        self.menu = menu
        self.last_report: MergeReport | None = None

    @property
    def window(self) -> QWidget:
        return self.menu.window

    @property
    def host(self) -> Host:
        return self.menu.host

    # -- export ------------------------------------------------------------------------------

    def export_copy(self) -> bool:
        """An encrypted copy for another referent: first what every case records about
        sharing with referents (the one question of :mod:`ui.common.consent`, read off
        the UI thread), then where and under which passphrase."""
        vault = self.host.vault
        if vault is None or self.menu.jobs.running:
            return False
        path, key = vault.path, vault.key

        def checks() -> list[ShareCheck]:
            with Vault.open(path, key) as own:  # its own connection: a lock cannot cut it
                return [share_check(own.get_case(s.id), COPY_RECIPIENTS)
                        for s in own.list_cases(include_closed=True)]

        def checked(found: list[ShareCheck]) -> None:
            if self.host.vault is vault and confirm_share(
                    self.window, found, self.tr("Make the copy…"), ask=self.menu.prompts.confirm):
                self._export_copy()

        return bool(self.menu.jobs.run(
            self.tr("Reading what each case records…"), checks, checked,
            lambda err: self.menu.prompts.warn(self.window, self.tr("No copy made"),
                                               error_text(err))))

    def _export_copy(self) -> bool:
        vault, prompts = self.host.vault, self.menu.prompts
        if vault is None or self.menu.jobs.running:
            return False
        target = prompts.ask_save_file(self.window, self.tr("Save the encrypted copy"),
                                       "locator-copy.locator", self.menu.vault_filter())
        if target is None:
            return False
        passphrase = prompts.ask_new_passphrase(self.window, self.tr("Passphrase of the copy"), (
            self.tr("Choose a passphrase for the copy, different from yours: the person who "
                    "receives the copy opens it with this passphrase, and never learns yours. "
                    "Give it to them separately from the file — say it on the phone or in "
                    "person, never in the same message. Five to seven random words are best.")))
        if not passphrase:
            return False
        path, key = vault.path, vault.key

        def work() -> Path:
            if derive_key(passphrase, read_salt(path)) == key:
                raise SamePassphrase()
            with Vault.open(path, key) as own:  # its own connection: a lock cannot cut it
                return export_copy(own, target, passphrase)

        def done(made: Path) -> None:
            self.menu.prompts.inform(self.window, self.tr("Copy saved"), self.tr(
                "The encrypted copy is here:\n{path}\n\nIt opens only with the passphrase you "
                "just chose, in Locator (Vault → Import cases from a copy… or as a vault of "
                "its own).").format(path=made))

        return bool(self.menu.jobs.run(
            self.tr("Making the copy…"), work, done,
            lambda err: self.menu.prompts.warn(self.window, self.tr("No copy made"),
                                               error_text(err))))

    # -- import ------------------------------------------------------------------------------

    def import_cases(self) -> bool:
        vault, prompts = self.host.vault, self.menu.prompts
        if vault is None or self.menu.jobs.running or not self.host.resolve_unsaved():
            return False
        source = prompts.ask_open_file(self.window, self.tr("Choose the copy to import from"),
                                       self.menu.vault_filter())
        if source is None:
            return False
        if source.resolve() == vault.path.resolve():
            prompts.warn(self.window, self.tr("Nothing imported"),
                         self.tr("This is the vault that is open now."))
            return False
        passphrase = prompts.ask_passphrase(self.window, self.tr("Passphrase of the copy"),
                                            self.tr("Type the passphrase of the copy (the one "
                                                    "its sender gave you)."))
        if not passphrase:
            return False
        path, key = vault.path, vault.key

        def work() -> tuple[Vault, MergePlan]:
            theirs = Vault.open_with_passphrase(source, passphrase)
            try:
                with Vault.open(path, key) as mine:
                    return theirs, plan_merge(mine, theirs)
            except BaseException:
                theirs.lock()
                raise

        return bool(self.menu.jobs.run(self.tr("Opening the copy…"), work,
                                       lambda result: self._choose(*result), self._failed))

    def _choose(self, theirs: Vault, plan: MergePlan) -> None:
        choices: dict[int, Resolution] | None = {}
        if self.host.vault is not None and plan.conflicts:
            choices = self.menu.prompts.choose_resolutions(self.window, plan)
        vault = self.host.vault
        if choices is None or vault is None:  # cancelled, or locked meanwhile: nothing done
            theirs.lock()
            return
        path, key, centre_text = vault.path, vault.key, vault.centre_text

        def work() -> MergeReport:
            try:
                with Vault.open(path, key) as mine:
                    mine.centre_text = centre_text  # the search finds imported centres too
                    return apply_merge(mine, theirs, plan, choices)
            finally:
                theirs.lock()

        self.menu.jobs.run(self.tr("Importing…"), work, self._imported, self._failed)

    def _imported(self, report: MergeReport) -> None:
        self.last_report = report
        self.host.report(Changes.everything())  # any case may have changed
        # locked meanwhile: counts only, no name on a screen anyone may be looking at
        self.menu.prompts.inform(self.window, self.tr("Import finished"),
                                 report_text(report, names=self.host.vault is not None))

    def _failed(self, err: BaseException) -> None:
        if isinstance(err, WrongPassphrase):
            text = self.tr("This passphrase does not open the copy. Check it with the person "
                           "who sent it (capital letters, spaces).")
        else:
            text = error_text(err)
        self.menu.prompts.warn(self.window, self.tr("Nothing imported"),
                               text + "\n\n" + self.tr("Your vault was not changed."))
