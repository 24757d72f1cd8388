"""Issue 16 in the main window (pytest-qt): "Share with a team…" sits in the Vault menu;
"Share this case with the team" refuses a case without the person's consent to share
with referents and shares one with it; the team folder is read on unlock and when a
member's file arrives, off the UI thread, and the list shows what came."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from locator.model.cases import Case, Consent
from locator.storage.keystore import Keystore
from locator.storage.vault import Vault
from locator.team import members, sync
from tests.helpers import files_containing
from tests.host_fixtures import child_of, vault_of, window_on_new_vault
from tests.team_fixtures import consenting
from ui.common.worker import wait_for_background
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, keystore: Keystore) -> Iterator[MainWindow]:
    yield from window_on_new_vault(qtbot, tmp_path / "w.locator", keystore)


def _titles(window: MainWindow) -> list[str]:
    return [a.objectName() for a in window.vault_menu.menu.actions()]


def test_share_with_a_team_is_in_the_vault_menu(window: MainWindow) -> None:
    names = _titles(window)
    assert "action_team" in names
    assert names.index("action_team") < names.index("backup_now")


def test_a_case_is_shared_only_with_consent_and_reaches_another_member(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    vault = vault_of(window)
    folder = tmp_path / "team"
    folder.mkdir()
    members.create_team(vault, folder, "Amina")
    bram = Vault.create(tmp_path / "bram.locator", "bram's words 1234")
    members.join(bram, folder, members.invite(vault), "Bram")
    try:
        refused = vault.save_case(consenting("ZQNOCONSENT",
                                             consent_share_referents=Consent.NOT_ASKED))
        agreed = vault.save_case(consenting("ZQAGREED"))
        assert refused.id is not None and agreed.id is not None
        window.team._opened(vault)  # the team was made after the unlock
        share = child_of(window, QAction, "action_share_case")

        window.open_case(refused.id)
        assert share.isEnabled()
        share.trigger()
        assert "consent" in window.statusBar().currentMessage()
        wait_for_background()
        assert files_containing(folder, "ZQNOCONSENT") == []

        window.open_case(agreed.id)
        share.trigger()
        qtbot.waitUntil(lambda: window.team.idle, timeout=20000)
        sync.sync(bram)
        assert any("ZQAGREED" in c.display_name for c in bram.list_cases())
        assert not any("ZQNOCONSENT" in c.display_name for c in bram.list_cases())

        # Bram's change arrives; the window reads it when asked (the watcher's signal)
        (theirs,) = [c for c in bram.list_cases() if "ZQAGREED" in c.display_name]

        def renamed(case: Case) -> Case:
            case.alias = "ZQAGREED renamed by Bram"
            return case

        bram.update_case(theirs.id, renamed)
        sync.sync(bram)
        window.team.sync_soon()
        qtbot.waitUntil(lambda: window.team.idle, timeout=20000)
        assert vault.get_case(agreed.id).alias == "ZQAGREED renamed by Bram"
        model = window.case_list.model()
        texts = [str(model.index(row, 0).data()) for row in range(model.rowCount())]
        assert any("renamed by Bram" in text for text in texts)
    finally:
        bram.lock()
