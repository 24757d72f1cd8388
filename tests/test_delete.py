"""Keep less: close, purge (unrecoverable from the file), and the emergency erase."""

from __future__ import annotations

from pathlib import Path

from locator.model.caseio import case_from_dict
from locator.storage.backup import automatic_backup, backup_to
from locator.storage.erase import erase_vault
from locator.storage.keystore import vault_id
from locator.storage.vault import Vault, read_salt
from tests.conftest import PASSPHRASE
from tests.memkeyring import LockableKeyring, memory_keystore


def test_close_hides_reopen_shows(vault: Vault) -> None:
    case = vault.save_case(case_from_dict({"alias": "Sami"}))
    vault.close_case(case.id or 0)
    assert vault.list_cases() == []
    assert [c.closed for c in vault.list_cases(include_closed=True)] == [True]
    vault.close_case(case.id or 0, closed=False)
    assert [c.display_name for c in vault.list_cases()] == ["Sami"]


def test_purge_leaves_nothing_in_the_file(vault_path: Path) -> None:
    vault = Vault.create(vault_path, PASSPHRASE)
    marker = "PURGEMARKERQ"
    kept = vault.save_case(case_from_dict({"alias": "kept", "notes": "other"}))
    gone = vault.save_case(case_from_dict({"alias": marker, "notes": marker * 50,
                                           "decisions": [{"notified_at": "2025-08-10T10:00"}]}))
    vault.add_attachment(gone.id or 0, "scan.png", "image/png", marker.encode() * 100)
    vault.purge_case(gone.id or 0)
    assert [c.id for c in vault.list_cases(include_closed=True)] == [kept.id]
    assert vault.list_cases(marker) == []
    assert vault.integrity_problems() == []
    # decrypt every page and look for the marker: it must be gone, not merely unlinked
    key = vault.key
    vault.lock()
    import sqlcipher3

    plain = vault_path.with_name("plain.db")
    con = sqlcipher3.connect(str(vault_path))
    con.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    con.execute(f"ATTACH DATABASE '{plain}' AS plain KEY ''")
    con.execute("SELECT sqlcipher_export('plain')")
    con.close()
    raw = plain.read_bytes()
    assert b"kept" in raw  # the export really is plaintext, so the check below means something
    assert marker.encode() not in raw


def test_emergency_erase(vault_path: Path) -> None:
    keystore = memory_keystore()
    vault = Vault.create(vault_path, PASSPHRASE)
    keystore.remember(vault_id(read_salt(vault_path)), vault.key)
    automatic_backup(vault)
    backup_to(vault, vault_path.with_name("elsewhere.locator"))
    vault.lock()
    erased = erase_vault(vault_path, keystore)
    removed = erased.removed
    assert erased.key_removed is True
    assert vault_path in removed
    assert not vault_path.exists()
    assert [p.name for p in vault_path.parent.iterdir()] == ["elsewhere.locator"]
    # the copy elsewhere shares the salt: its remembered key is gone too
    assert keystore.recall(vault_id(read_salt(vault_path.with_name("elsewhere.locator")))) \
        is None


def test_erase_with_a_locked_keyring_says_the_key_may_still_be_kept(vault_path: Path) -> None:
    keyring = LockableKeyring()
    keystore = memory_keystore(keyring)
    vault = Vault.create(vault_path, PASSPHRASE)
    key_id = vault_id(read_salt(vault_path))
    key = bytes(vault.key)
    keystore.remember(key_id, key)
    vault.lock()
    keyring.locked = True  # its unlock prompt was dismissed
    erased = erase_vault(vault_path, keystore)
    assert not vault_path.exists() and vault_path in erased.removed  # the cases are gone
    assert erased.key_removed is None  # "could not ask", not "erased"
    keyring.locked = False
    assert keystore.recall(key_id) == key  # and so it is: still there


def test_erase_without_a_kept_key_says_none_was_kept(vault_path: Path) -> None:
    Vault.create(vault_path, PASSPHRASE).lock()
    erased = erase_vault(vault_path, memory_keystore())
    assert erased.key_removed is False and vault_path in erased.removed


def test_erase_removes_only_what_locator_made_in_the_backups_folder(vault_path: Path) -> None:
    """The backups folder may hold the person's own files, or another vault's backups:
    erase removes this vault's backups and half-written copies, nothing else (issue 19)."""
    vault = Vault.create(vault_path, PASSPHRASE)
    first = automatic_backup(vault)
    assert first is not None
    folder = first.parent
    manual = backup_to(vault, folder / f"manual-{vault_path.stem}-2026-12-04-101500.locator")
    half = folder / f".{first.name}.abcdEFGH.part"
    half.write_bytes(b"half a copy")
    theirs = [folder / "photo of the order.jpg", folder / "other-2026-12-01.locator",
              folder / f"{vault_path.stem}-notes.txt"]
    for file in theirs:
        file.write_bytes(b"kept")
    vault.lock()
    removed = erase_vault(vault_path).removed
    assert {first, manual, half} <= set(removed)
    assert sorted(folder.iterdir()) == sorted(theirs)
    assert all(file.read_bytes() == b"kept" for file in theirs)
