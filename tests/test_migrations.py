"""Old vaults still open: fixtures made by earlier versions are migrated in place."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from locator import schema
from locator.vault import Vault
from tests.helpers import digest

FIXTURES = Path(__file__).parent / "fixtures"
V1_PASSPHRASE = "fixture passphrase v1"  # made with the tests' fast KDF


def test_v1_vault_opens_migrates_and_keeps_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.locator"
    shutil.copy(FIXTURES / "vault-v1.locator", path)
    original = digest(path)
    with Vault.open_with_passphrase(path, V1_PASSPHRASE) as vault:
        assert vault.pragma("user_version") == schema.SCHEMA_VERSION
        (case,) = vault.list_cases()
        full = vault.get_case(case.id)
        assert full.registered_last_name == "FIXTUREV1-Tesfaye"
        assert full.decisions[0].annexe == "13septies"
        # decisions recorded before deadlines existed now have their timers
        rules = sorted(d.rule for d in vault.deadlines(case.id))
        assert rules == ["be-udn-first", "be-udn-subsequent"]
        assert vault.integrity_problems() == []
    backup = path.with_name(f"{path.name}.before-v{schema.SCHEMA_VERSION}.bak")
    assert backup.exists()
    with Vault.open_with_passphrase(backup, V1_PASSPHRASE) as old:
        assert old.case_count() == 1  # the backup was itself migrated on open, a copy
    assert original != digest(path)


def test_interrupted_migration_leaves_the_old_version(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.locator"
    shutil.copy(FIXTURES / "vault-v1.locator", path)
    broken = [*schema.MIGRATIONS[2], "THIS IS NOT SQL"]
    with monkeypatch.context() as patch:
        patch.setitem(schema.MIGRATIONS, 2, broken)
        with pytest.raises(Exception):  # noqa: B017 - the failure itself does not matter
            Vault.open_with_passphrase(path, V1_PASSPHRASE)
    with Vault.open_with_passphrase(path, V1_PASSPHRASE) as vault:
        assert vault.pragma("user_version") == schema.SCHEMA_VERSION
        assert vault.case_count() == 1
