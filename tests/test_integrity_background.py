"""The full integrity check runs after the vault opened, off the UI thread; damage it finds
locks every write with a clear message. Real SQLCipher files, one page really damaged."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from locator.model.caseio import case_from_dict
from locator.storage import vault as vault_module
from locator.storage.errors import DamagedVault
from locator.storage.vault import FULL_CHECK_AT_OPEN, PAGE_SIZE, Vault
from tests.conftest import PASSPHRASE


def big_vault(path: Path) -> tuple[bytes, int]:
    """A vault bigger than the size checked whole at open (a 5 MiB scan in one case);
    its key and the case's id."""
    with Vault.create(path, PASSPHRASE) as vault:
        case_id = vault.add_cases([case_from_dict({"alias": "Amanuel"})])[0]
        vault.add_attachment(case_id, "scan.png", "image/png",
                             os.urandom(FULL_CHECK_AT_OPEN + 1024 * 1024))
        key = bytes(vault.key)
    assert path.stat().st_size > FULL_CHECK_AT_OPEN
    return key, case_id


def damage_a_page(path: Path) -> bytes:
    """Flip bytes inside one encrypted page in the middle of the file (the scan's)."""
    data = bytearray(path.read_bytes())
    page = len(data) // PAGE_SIZE // 2
    for offset in (100, 101, 2000):
        data[page * PAGE_SIZE + offset] ^= 0x5A
    path.write_bytes(bytes(data))
    return bytes(data)


def test_damaged_page_opens_then_the_full_check_finds_it(vault_path: Path) -> None:
    key, case_id = big_vault(vault_path)
    damaged = damage_a_page(vault_path)
    vault = Vault.open(vault_path, key)  # nothing it reads before the first paint is damaged
    try:
        assert vault.damage is None
        problems = vault.full_check()()
        assert problems  # cipher_integrity_check names the page
        vault.checked(problems)
        case = vault.get_case(case_id)
        case.notes = "written over damage?"
        with pytest.raises(DamagedVault, match="editing is locked"):
            vault.save_case(case)
        with pytest.raises(DamagedVault):
            vault.add_cases([case_from_dict({"alias": "Yonas"})])
        with pytest.raises(DamagedVault):
            vault.require_sound()  # before a backup or a merge
        assert vault.get_case(case_id).alias == "Amanuel"  # reading still works
    finally:
        vault.lock()
    assert vault_path.read_bytes() == damaged  # nothing was written


def test_require_sound_runs_the_check_when_it_has_not_run(vault_path: Path) -> None:
    key, _ = big_vault(vault_path)
    damage_a_page(vault_path)
    with Vault.open(vault_path, key) as vault:
        with pytest.raises(DamagedVault):
            vault.require_sound()
        assert vault.damage


def test_sound_vault_passes_and_stays_writable(vault_path: Path) -> None:
    key, case_id = big_vault(vault_path)
    with Vault.open(vault_path, key) as vault:
        check = vault.full_check()
        assert check() == []
        vault.checked([])
        vault.require_sound()
        case = vault.get_case(case_id)
        case.notes = "still writable"
        assert vault.save_case(case).notes == "still writable"


def test_the_check_reads_on_its_own_connection_while_the_vault_writes(vault_path: Path
                                                                       ) -> None:
    """The check runs on another thread beside writes of the open vault."""
    import threading

    key, case_id = big_vault(vault_path)
    with Vault.open(vault_path, key) as vault:
        found: list[list[str]] = []
        worker = threading.Thread(target=lambda: found.append(vault.full_check()()))
        worker.start()
        case = vault.get_case(case_id)
        case.notes = "saved during the check"
        vault.save_case(case)
        worker.join(30)
        assert found == [[]]
        assert vault.get_case(case_id).notes == "saved during the check"


def test_small_damaged_vault_still_refused_at_open(vault_path: Path) -> None:
    """Up to FULL_CHECK_AT_OPEN the whole file is checked before it opens, as before."""
    with Vault.create(vault_path, PASSPHRASE) as vault:
        vault.add_cases([case_from_dict({"alias": f"p{i}", "notes": "y" * 3000})
                         for i in range(20)])
        key = bytes(vault.key)
    damaged = damage_a_page(vault_path)
    with pytest.raises(DamagedVault):
        Vault.open(vault_path, key)
    assert vault_path.read_bytes() == damaged


def test_file_grown_by_junk_refused(vault_path: Path) -> None:
    key, _ = big_vault(vault_path)
    with vault_path.open("ab") as file:
        file.write(os.urandom(PAGE_SIZE))
    with pytest.raises(DamagedVault):
        Vault.open(vault_path, key)


def test_migration_runs_only_over_a_sound_file(vault_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """An older vault, damaged where the quick checks do not look: not migrated."""
    key, _ = big_vault(vault_path)
    import sqlcipher3

    con = sqlcipher3.connect(str(vault_path))
    con.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    version = con.execute("PRAGMA user_version").fetchone()[0]
    con.close()
    damaged = damage_a_page(vault_path)
    from locator.storage.schema import MIGRATIONS

    steps = dict(MIGRATIONS)
    steps[version + 1] = ["CREATE TABLE later (x)"]
    monkeypatch.setattr(vault_module, "MIGRATIONS", steps)
    monkeypatch.setattr(vault_module, "SCHEMA_VERSION", version + 1)
    with pytest.raises(DamagedVault):
        Vault.open(vault_path, key)
    assert vault_path.read_bytes() == damaged


@pytest.mark.gui
@pytest.mark.parametrize("damaged", [True, False])
def test_window_checks_after_the_first_paint(qtbot: Any, vault_path: Path,
                                             damaged: bool) -> None:
    """The window opens at once, then the full check runs off the UI thread; damage is
    said in a message and every write is refused (the screen's save, too)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ui.main_window import MainWindow

    key, case_id = big_vault(vault_path)
    if damaged:
        damage_a_page(vault_path)
    window = MainWindow([], "en", str, str, frozenset())
    qtbot.addWidget(window)
    window.show()
    vault = Vault.open(vault_path, key)
    window.set_vault(vault)
    assert window.model.rowCount() == 1 and vault.damage is None  # listed before the check
    qtbot.waitUntil(lambda: vault.damage is not None, timeout=20000)
    boxes = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMessageBox) and w.objectName() == "vault_damaged"]
    if damaged:
        assert vault.damage
        assert boxes and boxes[0].isVisible() and "Editing is locked" in boxes[0].text()
        assert "Editing is locked" in window.statusBar().currentMessage()
        window.open_case(case_id)
        before = vault_path.read_bytes()
        window.editor.widgets["alias"].setText("Changed")
        said: list[str] = []

        def answer() -> None:  # the "Not saved" box, modal: read, then closed
            box = QApplication.activeModalWidget()
            if isinstance(box, QMessageBox):
                said.append(box.text())
                box.close()
            else:
                QTimer.singleShot(20, answer)
        QTimer.singleShot(20, answer)
        assert not window.save_case()
        assert said and "editing is locked" in said[0]
        assert vault_path.read_bytes() == before
        for box in boxes:
            box.close()
        window.editor.load(vault.get_case(case_id))  # the edit dropped: closing asks not
    else:
        assert vault.damage == [] and not boxes
    window.close()
